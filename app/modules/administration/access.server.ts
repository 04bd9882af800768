// Who may use the administrators' pages: a signed-in person whose account was made an administrator from the command
// line (`npm run admin -- grant <email>`). Everyone else, signed in or not, gets "not found": the pages do not
// admit that they exist.
import type { User } from "~/generated/prisma/client";
import { getUser } from "~/modules/auth/session.server";
import { NotFoundError } from "~/modules/errors";
import { answering } from "~/modules/http/domain-errors.server";

export async function requireAdministrator(request: Request): Promise<User> {
  return answering(signedInAdministrator(request));
}

/** The signed-in administrator; NotFoundError for anyone else. */
export async function signedInAdministrator(request: Request): Promise<User> {
  const user = await getUser(request);
  if (!user?.isAdministrator) throw new NotFoundError();
  return user;
}
