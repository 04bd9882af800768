// The one way actions read a submitted form: forms/read.server.ts reads it within its caps and refuses what it cannot
// read, and a refused form's page speaks the person's language, found as every page finds it (the address, the
// language cookie, then the signed-in person's account, then French). It sits here, above auth/, because that last
// step needs the session, while auth/ keeps form drafts through forms/ (decision 0034).
import { getUser } from "~/modules/auth/session.server";
import { readFormOrRefuse, type FileFields } from "~/modules/forms/read.server";
import { getLocale } from "~/modules/i18n/preferences.server";

const languageOfPerson = async (request: Request) => getLocale(request, await getUser(request).catch(() => null));

/**
 * The submitted form: URL-encoded for a form without files, multipart for one with `files`. Throws the refusal
 * page's Response (405, 413 or 400, in the person's language) for anything else.
 */
export function readForm(request: Request, files?: FileFields): Promise<FormData> {
  return readFormOrRefuse(request, files, languageOfPerson);
}
