// The apply form's schema (the CV is checked separately, by its content).
import { z } from "zod";
import { checkbox } from "~/modules/forms/parse";

export const applyForm = z.object({
  message: z.string().trim().max(3000, "errors.textTooLong").default(""),
  /** off unless ticked: the employer sees the phone and email only once an interview is accepted */
  shareContact: checkbox,
});
