// The mission editor's schema: every field candidates see, the schedule on the weekly grid, the publication end.
import { z } from "zod";
import { sectors, spokenLanguages } from "~/modules/vocabulary/choices";
import { listField, optionalWholeNumber } from "~/modules/forms/parse";
import { allMonthsMask, maskOfMonths, maskOfSlotValues } from "~/modules/schedule/masks";

export const defaultPublicationDays = 45;

const text = (max: number) => z.string().trim().max(max, "errors.textTooLong").default("");
const required = (
  max: number,
  message: "errors.titleRequired" | "errors.summaryRequired" | "errors.descriptionRequired",
) => z.string({ error: message }).trim().min(1, message).max(max, "errors.textTooLong");

/** "18,50" or "18.50" dollars an hour, as cents; empty is null. */
const hourlyPay = z.preprocess(
  (value) =>
    typeof value === "string" && value.trim() !== ""
      ? Math.round(Number(value.replace(",", ".").replace(/[^\d.]/g, "")) * 100)
      : null,
  z.union([
    z.null(),
    z
      .number({ error: "errors.payInvalid" })
      .int("errors.payInvalid")
      .min(100, "errors.payInvalid")
      .max(20_000, "errors.payInvalid"),
  ]),
);

const languageNeed = z.enum(["", "optional", "required"]).default("");

export const missionForm = z
  .object({
    title: required(120, "errors.titleRequired"),
    summary: required(300, "errors.summaryRequired"),
    description: required(20_000, "errors.descriptionRequired"),
    sector: z.enum(sectors, { error: "errors.sectorRequired" }),
    slot: listField(z.string()).transform(maskOfSlotValues),
    hoursPerWeekMin: z.coerce
      .number({ error: "errors.hoursInvalid" })
      .int("errors.hoursInvalid")
      .min(1, "errors.hoursInvalid")
      .max(60, "errors.hoursInvalid"),
    hoursPerWeekMax: z.coerce
      .number({ error: "errors.hoursInvalid" })
      .int("errors.hoursInvalid")
      .min(1, "errors.hoursInvalid")
      .max(60, "errors.hoursInvalid"),
    month: listField(z.coerce.number().int()).transform((months) => maskOfMonths(months) || allMonthsMask),
    payMin: hourlyPay,
    payMax: hourlyPay,
    address: text(200),
    town: z
      .string({ error: "errors.townRequired" })
      .trim()
      .min(1, "errors.townRequired")
      .max(120, "errors.townUnknown"),
    // the place chosen when the typed name could mean several (decision 0023), and the name it was offered for
    townChoice: text(200),
    townTyped: text(120),
    postalCode: text(10),
    transit: text(300),
    parking: text(300),
    stepFreeAccess: z.preprocess((value) => value === "on", z.boolean()),
    training: text(1000),
    physicalDemand: z.enum(["seated", "standing", "mixed"]).default("mixed"),
    liftingKg: optionalWholeNumber(0, 50, "errors.liftInvalid").transform((kg) => kg ?? 0),
    skills: text(500),
    closesOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "errors.dateInvalid"),
    ...Object.fromEntries(spokenLanguages.map((code) => [`lang-${code}`, languageNeed])),
  })
  .superRefine((form, context) => {
    if (form.slot === 0) context.addIssue({ code: "custom", path: ["slot"], message: "errors.scheduleRequired" });
    if (form.hoursPerWeekMax < form.hoursPerWeekMin)
      context.addIssue({ code: "custom", path: ["hoursPerWeekMax"], message: "errors.hoursOrder" });
    if (form.payMin !== null && form.payMax !== null && form.payMax < form.payMin)
      context.addIssue({ code: "custom", path: ["payMax"], message: "errors.payOrder" });
  })
  .transform((form) => ({
    title: form.title,
    summary: form.summary,
    description: form.description,
    sector: form.sector,
    scheduleMask: form.slot,
    hoursPerWeekMin: form.hoursPerWeekMin,
    hoursPerWeekMax: form.hoursPerWeekMax,
    monthsMask: form.month,
    payMinCents: form.payMin,
    payMaxCents: form.payMax ?? form.payMin,
    address: form.address,
    town: form.town,
    townChoice: form.townChoice,
    townTyped: form.townTyped,
    postalCode: form.postalCode,
    transit: form.transit,
    parking: form.parking,
    stepFreeAccess: form.stepFreeAccess,
    training: form.training,
    physicalDemand: form.physicalDemand,
    liftingKg: form.liftingKg,
    skills: form.skills
      .split(/[,;\n]/)
      .map((skill) => skill.trim())
      .filter(Boolean),
    languages: spokenLanguages.flatMap((code) => {
      const need = (form as Record<string, unknown>)[`lang-${code}`];
      return need ? [{ code, required: need === "required" }] : [];
    }),
    closesOn: form.closesOn,
  }));

export type MissionInput = z.output<typeof missionForm>;

/** The editor's fields before parsing: a saved mission read back, or a new one's defaults. */
export type MissionDraft = {
  title: string;
  summary: string;
  description: string;
  sector: string;
  scheduleMask: number;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  monthsMask: number;
  payMinCents: number | null;
  payMaxCents: number | null;
  address: string;
  town: string;
  postalCode: string;
  transit: string;
  parking: string;
  stepFreeAccess: boolean;
  training: string;
  physicalDemand: string;
  liftingKg: number;
  skills: string[];
  languages: { code: string; required: boolean }[];
  closesOn: string;
};
