// Schemas of the interview forms (one per form). Times are typed as the wall time of the interview's place and
// turned into instants here, so a time that does not exist (a spring-forward night) is refused next to its field.
import { z } from "zod";
import { checkbox } from "~/modules/forms/parse";
import type { TranslationKey } from "~/modules/i18n/translate";
import { timeZoneChoices } from "~/modules/i18n/time-zones";
import { durationChoices, formatChoices, minSlots, slotNumbers } from "./interview-choices";
import { localToInstant, TIME_PATTERN } from "./time";

const text = (max: number) => z.string().trim().max(max, "errors.textTooLong").default("");
const phone = z
  .string({ error: "interviews.errors.phoneRequired" })
  .trim()
  .regex(/^\+?[0-9 ().-]{7,25}( *(poste|ext\.?|x) *[0-9]{1,6})?$/i, "interviews.errors.phoneInvalid");

type WallSlot = { date: string; time: string; duration: string };

/** A wall time in a zone, as an instant, or the key of what is wrong with it. */
export function slotInstant(
  slot: Pick<WallSlot, "date" | "time">,
  zone: string,
  now: Date,
): { ok: true; startsAt: Date } | { ok: false; field: "date" | "time"; error: TranslationKey } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(slot.date))
    return { ok: false, field: "date", error: "interviews.errors.dateInvalid" };
  if (!TIME_PATTERN.test(slot.time)) return { ok: false, field: "time", error: "interviews.errors.timeInvalid" };
  const result = localToInstant(slot.date, slot.time, zone);
  if (!result.ok) {
    return result.reason === "nonexistent"
      ? { ok: false, field: "time", error: "interviews.errors.timeNonexistent" }
      : { ok: false, field: "date", error: "interviews.errors.dateInvalid" };
  }
  if (result.instant.getTime() <= now.getTime())
    return { ok: false, field: "date", error: "interviews.errors.slotPast" };
  return { ok: true, startsAt: result.instant };
}

const durationField = z.coerce
  .number({ error: "interviews.errors.durationInvalid" })
  .refine((value) => (durationChoices as readonly number[]).includes(value), "interviews.errors.durationInvalid");

/** The recruiter's proposal: 2 to 6 slots (rows left empty are ignored), a format and its details. */
export function proposalForm(now: Date) {
  const slotFields = Object.fromEntries(
    slotNumbers.flatMap((n) => [
      [`date${n}`, z.string().trim().default("")],
      [`time${n}`, z.string().trim().default("")],
      [`duration${n}`, z.string().trim().default("45")],
    ]),
  ) as Record<string, z.ZodDefault<z.ZodString>>;
  return z
    .object({
      format: z.enum(formatChoices, { error: "interviews.errors.formatRequired" }),
      address: text(300),
      accessNotes: text(1000),
      callNumber: text(40),
      videoLink: text(500),
      recruiterPhone: phone,
      timeZone: z.enum(timeZoneChoices, { error: "interviews.errors.zoneRequired" }),
      confirmOverlap: checkbox,
      ...slotFields,
    })
    .superRefine((form, ctx) => {
      const issue = (path: string, message: TranslationKey) => ctx.addIssue({ code: "custom", path: [path], message });
      if (form.format === "in_person" && !form.address) issue("address", "interviews.errors.addressRequired");
      // left empty, a phone interview calls the number on the candidate's profile, shown once they book (decision 0016)
      if (form.format === "phone" && form.callNumber && !phone.safeParse(form.callNumber).success)
        issue("callNumber", "interviews.errors.phoneInvalid");
      if (form.format === "video" && !/^https:\/\/\S+$/.test(form.videoLink))
        issue("videoLink", "interviews.errors.videoLinkInvalid");
      const seen = new Set<number>();
      let filled = 0;
      for (const n of slotNumbers) {
        const row = rowOf(form, n);
        if (!row.date && !row.time) continue;
        filled += 1;
        const instant = slotInstant(row, form.timeZone, now);
        if (!instant.ok) {
          issue(`${instant.field}${n}`, instant.error);
          continue;
        }
        if (!durationField.safeParse(row.duration).success) issue(`duration${n}`, "interviews.errors.durationInvalid");
        if (seen.has(instant.startsAt.getTime())) issue(`time${n}`, "interviews.errors.slotRepeated");
        seen.add(instant.startsAt.getTime());
      }
      if (filled < minSlots) issue(filled === 0 ? "date1" : `date${filled + 1}`, "interviews.errors.tooFewSlots");
    })
    .transform((form) => ({
      format: form.format,
      address: form.format === "in_person" ? form.address : "",
      accessNotes: form.format === "in_person" ? form.accessNotes : "",
      callNumber: form.format === "phone" ? form.callNumber : "",
      videoLink: form.format === "video" ? form.videoLink : "",
      recruiterPhone: form.recruiterPhone,
      timeZone: form.timeZone,
      confirmOverlap: form.confirmOverlap,
      slots: filledRows(form)
        .map((n) => rowOf(form, n))
        .map((row) => ({
          startsAt: (slotInstant(row, form.timeZone, now) as { startsAt: Date }).startsAt,
          durationMinutes: Number(row.duration),
        })),
      /** the form row of each slot (rows left empty are skipped), to put an error about a slot next to its field */
      slotRows: filledRows(form),
    }));
}

const filledRows = (form: Record<string, unknown>) =>
  slotNumbers.filter((n) => rowOf(form, n).date || rowOf(form, n).time);

function rowOf(form: Record<string, unknown>, n: number): WallSlot {
  return {
    date: String(form[`date${n}`] ?? ""),
    time: String(form[`time${n}`] ?? ""),
    duration: String(form[`duration${n}`] ?? ""),
  };
}

/** "proposed" or "booked:3": the state the person saw, sent back with every change. */
export const expectedField = z
  .string()
  .regex(/^(proposed|booked:\d+)$/)
  .transform((value) =>
    value === "proposed"
      ? { status: "proposed" as const }
      : { status: "booked" as const, sequence: Number(value.split(":")[1]) },
  );

export const expectedValue = (interview: { status: string; sequence: number | null }) =>
  interview.status === "booked" ? `booked:${interview.sequence ?? 0}` : "proposed";

/** The recruiter moves a booked interview: to a proposed slot ("slot:2") or to a new time. */
export function recruiterRescheduleForm(now: Date) {
  return z
    .object({
      expected: expectedField,
      target: z
        .string({ error: "interviews.errors.targetRequired" })
        .regex(/^(slot:\d+|new)$/, "interviews.errors.targetRequired"),
      newDate: z.string().trim().default(""),
      newTime: z.string().trim().default(""),
      newDuration: z.string().trim().default("45"),
      timeZone: z.enum(timeZoneChoices, { error: "interviews.errors.zoneRequired" }),
    })
    .superRefine((form, ctx) => {
      if (form.target !== "new") return;
      const instant = slotInstant({ date: form.newDate, time: form.newTime }, form.timeZone, now);
      if (!instant.ok)
        ctx.addIssue({
          code: "custom",
          path: [instant.field === "date" ? "newDate" : "newTime"],
          message: instant.error,
        });
      if (!durationField.safeParse(form.newDuration).success)
        ctx.addIssue({ code: "custom", path: ["newDuration"], message: "interviews.errors.durationInvalid" });
    })
    .transform((form) => ({
      expected: form.expected,
      target:
        form.target === "new"
          ? {
              slot: {
                startsAt: (
                  slotInstant({ date: form.newDate, time: form.newTime }, form.timeZone, now) as { startsAt: Date }
                ).startsAt,
                durationMinutes: Number(form.newDuration),
              },
            }
          : { position: Number(form.target.split(":")[1]) },
    }));
}

export const expectedOnlyForm = z.object({ expected: expectedField });

/** The candidate's confirmation page: the state they saw, and `confirm=yes`, which only that page's form carries. */
export const candidateCancelForm = z.object({ expected: expectedField, confirm: z.literal("yes") });

/** The recruiter's confirmation page: which interview, the state they saw, and `confirm=yes`. */
export const recruiterCancelForm = z.object({
  interview: z.string().min(1).max(64),
  expected: expectedField,
  confirm: z.literal("yes"),
});

export const suggestionForm = z.object({
  text: z
    .string({ error: "interviews.errors.suggestionRequired" })
    .trim()
    .min(3, "interviews.errors.suggestionRequired")
    .max(1000, "errors.textTooLong"),
});
