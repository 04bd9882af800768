// The apply form's schema (the CV is checked separately, by its content).
import { z } from "zod";

export const applyForm = z.object({
  message: z.string().trim().max(3000, "errors.textTooLong").default(""),
});
