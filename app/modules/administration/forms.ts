// The administrators' forms, one schema each: verifying or refusing an organisation, and recording or changing a
// confidentiality incident. Messages are translation keys (app/modules/forms/parse.ts).
import { z } from "zod";
import { listField } from "~/modules/forms/parse";

const organisationId = z.string().trim().min(1).max(64);

export const verifyForm = z.object({ organisation: organisationId });

export const refuseForm = z.object({
  organisation: organisationId,
  reason: z
    .string({ error: "administration.errors.reasonRequired" })
    .trim()
    .min(10, "administration.errors.reasonRequired")
    .max(2000, "administration.errors.reasonTooLong"),
});

export const informationKinds = [
  "identity",
  "contact",
  "work-history",
  "cv",
  "applications",
  "employer-notes",
  "account",
  "other",
] as const;

/** A calendar day typed as YYYY-MM-DD (what a date field sends), kept as that day at 00:00 UTC. */
function day(message: "administration.errors.date") {
  return (
    z
      .string({ error: message })
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, message)
      .transform((value) => ({ value, date: new Date(`${value}T00:00:00Z`) }))
      // a day the calendar does not have (2026-02-31) is refused, not rolled over into the next month
      .refine(({ value, date }) => !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value, message)
      .transform(({ date }) => date)
  );
}

/** An optional day: empty means "not notified". */
const optionalDay = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  day("administration.errors.date").optional(),
);

function text(min: number, message: string, max = 5000) {
  return z.string({ error: message }).trim().min(min, message).max(max, "administration.errors.tooLong");
}

/** A whole number typed in a text field; spaces between thousands ("1 200") are accepted. */
const peopleCount = z.preprocess(
  (value) =>
    typeof value === "string" && value.trim() !== "" ? Number(value.replace(/[\s\u00a0\u202f]/g, "")) : undefined,
  z
    .number({ error: "administration.errors.peopleCount" })
    .int("administration.errors.peopleCount")
    .min(0, "administration.errors.peopleCount")
    .max(100_000_000, "administration.errors.peopleCount"),
);

/** Today as the last day a date may name, with a day's grace for the time zones west of UTC. */
const latestDay = () => new Date(Date.now() + 86_400_000);

export const incidentForm = z
  .object({
    title: text(3, "administration.errors.incidentTitle", 200),
    circumstances: text(10, "administration.errors.circumstances"),
    occurredOn: day("administration.errors.date"),
    discoveredOn: day("administration.errors.date"),
    informationKinds: listField(z.enum(informationKinds)).refine(
      (kinds) => kinds.length > 0,
      "administration.errors.informationKinds",
    ),
    informationDetails: z.string().trim().max(5000, "administration.errors.tooLong").default(""),
    peopleCount,
    peopleDescription: text(3, "administration.errors.peopleDescription", 2000),
    seriousInjuryRisk: z
      .enum(["yes", "no"], { error: "administration.errors.seriousInjuryRisk" })
      .transform((answer) => answer === "yes"),
    riskAssessment: text(10, "administration.errors.riskAssessment"),
    commissionNotifiedOn: optionalDay,
    peopleNotifiedOn: optionalDay,
    measures: text(10, "administration.errors.measures"),
    /** the incident's last change as the form saw it (editing only): a change made meanwhile is not overwritten */
    seen: z.string().optional(),
  })
  .superRefine((form, context) => {
    const problem = (field: string, message: string) => context.addIssue({ code: "custom", path: [field], message });
    for (const field of ["occurredOn", "discoveredOn", "commissionNotifiedOn", "peopleNotifiedOn"] as const) {
      const date = form[field];
      if (date && date > latestDay()) problem(field, "administration.errors.futureDate");
    }
    if (form.discoveredOn < form.occurredOn) problem("discoveredOn", "administration.errors.discoveredBeforeOccurred");
    for (const field of ["commissionNotifiedOn", "peopleNotifiedOn"] as const) {
      const date = form[field];
      if (date && date < form.discoveredOn) problem(field, "administration.errors.notifiedBeforeDiscovered");
    }
  });

export type IncidentInput = z.output<typeof incidentForm>;
