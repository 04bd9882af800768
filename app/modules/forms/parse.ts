// One schema per form, checked on the server. Messages are translation keys, so errors reach people in their
// language; the submitted values come back with the errors, so nothing typed is lost.
import { z } from "zod";
import type { TranslationKey } from "~/modules/i18n/translate";

export type FieldErrors = Record<string, TranslationKey>;
export type FormValues = Record<string, string | string[]>;
export type FormFailure = { ok: false; errors: FieldErrors; values: FormValues };
export type FormResult<T> = { ok: true; data: T } | FormFailure;

/** The text fields as submitted: one string, or a list for repeated names (checkboxes). Passwords are never echoed. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const name of new Set(formData.keys())) {
    if (name.toLowerCase().includes("password")) continue;
    const all = formData.getAll(name).filter((value): value is string => typeof value === "string");
    values[name] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

export function parseForm<Schema extends z.ZodType>(schema: Schema, formData: FormData): FormResult<z.output<Schema>> {
  const values = formValues(formData);
  const raw = Object.fromEntries(
    [...new Set(formData.keys())].map((name) => {
      const all = formData.getAll(name);
      return [name, all.length > 1 ? all : all[0]];
    }),
  );
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message as TranslationKey;
  }
  return { ok: false, errors, values };
}

/** A field that may be absent, given once, or repeated (checkboxes): always a list. */
export function listField<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(item),
  );
}

/**
 * An optional whole number typed in a text field: empty, or not sent at all (a hand-made post), means null; anything
 * else that is not a whole number in range is refused with `message` (a union with null answered Zod's own English
 * "Invalid input" for "douze" or "4.5").
 */
export function optionalWholeNumber(min: number, max: number, message: TranslationKey) {
  return z.preprocess(
    (value) => {
      if (value === undefined || value === null) return null;
      if (typeof value !== "string") return value;
      return value.trim() === "" ? null : Number(value.trim());
    },
    z.number({ error: message }).int(message).min(min, message).max(max, message).nullable(),
  );
}

/** The submitted value of a field as one string (the first, for a repeated one). */
export function valueOf(values: FormValues | undefined, name: string): string | undefined {
  const value = values?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The submitted values of a repeated field. */
export function valuesOf(values: FormValues | undefined, name: string): string[] | undefined {
  const value = values?.[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : value === "" ? [] : [value];
}

/** A checkbox: ticked ("on", or "true"/"1" from scripts) or not. */
export const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === "1", z.boolean());
