// The forms of the delete page (app/routes/account_.delete.tsx), one schema each, checked on the server: deleting the
// account, and for an organisation's owner, handing it to another member or closing it first.
import { z } from "zod";
import { checkbox } from "~/modules/forms/parse";

const ticked = (message: "accountData.delete.errors.confirm" | "accountData.owner.errors.confirmClose") =>
  checkbox.refine((value) => value, { message });

export const deleteAccountForm = z.object({ confirm: ticked("accountData.delete.errors.confirm") });

export const transferOwnershipForm = z.object({
  employerId: z.string().min(1),
  membershipId: z
    .string({ error: "accountData.owner.errors.chooseMember" })
    .min(1, "accountData.owner.errors.chooseMember"),
});

export const closeOrganisationForm = z.object({
  employerId: z.string().min(1),
  confirmClose: ticked("accountData.owner.errors.confirmClose"),
});
