// The sign-up and sign-in forms' schemas (one per form). Messages are translation keys.
import { z } from "zod";
import { timeZoneChoices } from "~/modules/i18n/time-zones";
import { consentField } from "~/modules/consents/consents";

const email = z
  .string({ error: "errors.emailRequired" })
  .trim()
  .min(1, "errors.emailRequired")
  .max(254, "errors.emailInvalid")
  .pipe(z.email("errors.emailInvalid"))
  .transform((value) => value.toLowerCase());

const optionalPath = z.string().optional();

export const requestLinkForm = z.object({ email, redirectTo: optionalPath });

export const signUpForm = z
  .object({
    kind: z.enum(["candidate", "employer"], { error: "errors.kindRequired" }),
    name: z
      .string({ error: "errors.nameRequired" })
      .trim()
      .min(1, "errors.nameRequired")
      .max(120, "errors.nameTooLong"),
    email,
    orgName: z.string().trim().max(160, "errors.orgNameTooLong").optional(),
    // the purposes ticked, each its own unticked box (modules/consents/consents.ts)
    consent: consentField,
  })
  .refine((form) => form.kind !== "employer" || (form.orgName ?? "").length > 0, {
    path: ["orgName"],
    message: "errors.orgNameRequired",
  });

export const codeForm = z.object({
  challenge: z.string().min(1),
  // people paste codes with spaces or dashes ("123 456"): keep only the digits
  code: z
    .string({ error: "errors.codeRequired" })
    .transform((value) => value.replace(/\D/g, ""))
    .pipe(z.string().length(6, "errors.codeFormat")),
});

export const passwordSignInForm = z.object({
  email,
  password: z.string({ error: "errors.passwordRequired" }).min(1, "errors.passwordRequired").max(200),
  redirectTo: optionalPath,
});

export const setPasswordForm = z
  .object({
    password: z
      .string({ error: "errors.passwordRequired" })
      .min(10, "errors.passwordTooShort")
      .max(200, "errors.passwordTooLong"),
    confirm: z.string({ error: "errors.passwordRequired" }),
  })
  .refine((form) => form.password === form.confirm, { path: ["confirm"], message: "errors.passwordMismatch" });

export const preferencesForm = z.object({
  locale: z.enum(["fr", "en"], { error: "errors.localeRequired" }),
  timeZone: z.enum(timeZoneChoices, { error: "errors.timeZoneRequired" }),
});

/** Proving who is there before a sensitive change (app/routes/account_.confirm.tsx). */
export const proofPasswordForm = z.object({
  password: z.string({ error: "errors.passwordRequired" }).min(1, "errors.passwordRequired").max(200),
});

export const proofCodeForm = z.object({
  proof: z.string().min(1).max(40),
  code: codeForm.shape.code,
});

/** A new email address, then the code it received (app/routes/account_.email.tsx). */
export const addressForm = z.object({ email });

export const addressCodeForm = z.object({
  change: z.string().min(1).max(40),
  code: codeForm.shape.code,
});
