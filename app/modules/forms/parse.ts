// One schema per form, checked on the server. Messages are translation keys, so errors reach people in their
// language; the submitted values come back with the errors, so nothing typed is lost.
import type { z } from "zod";
import type { TranslationKey } from "~/modules/i18n/translate";

export type FieldErrors = Record<string, TranslationKey>;
export type FormFailure = { ok: false; errors: FieldErrors; values: Record<string, string> };
export type FormResult<T> = { ok: true; data: T } | FormFailure;

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === "string" && !name.toLowerCase().includes("password")) values[name] = value;
  }
  return values;
}

export function parseForm<Schema extends z.ZodType>(schema: Schema, formData: FormData): FormResult<z.output<Schema>> {
  const values = formValues(formData);
  const raw = Object.fromEntries([...formData.keys()].map((name) => [name, formData.get(name)]));
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message as TranslationKey;
  }
  return { ok: false, errors, values };
}
