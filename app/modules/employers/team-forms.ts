import { z } from "zod";

export const inviteForm = z.object({
  email: z
    .string({ error: "errors.emailRequired" })
    .trim()
    .min(1, "errors.emailRequired")
    .pipe(z.email("errors.emailInvalid"))
    .transform((value) => value.toLowerCase()),
  locale: z.enum(["fr", "en"]).default("fr"),
});

export const acceptForm = z.object({
  token: z.string().min(1),
  name: z.string().trim().max(120, "errors.nameTooLong").default(""),
});

/** The second step of removing a member: only the confirmation page's form carries `confirm=yes`. */
export const removeMemberForm = z.object({ confirm: z.literal("yes") });
