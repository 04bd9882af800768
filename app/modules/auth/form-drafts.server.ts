// What someone typed in a form sent after their session ended (a recruiter's note written over lunch): kept for a
// day for the person whose session it was, in this browser only (the cookie holds a random token, the database its
// hash), and given back once on the page the form came from after they sign in again. Never passwords or files.
import { createCookie } from "@remix-run/node";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { formValues, type FormValues } from "~/modules/forms/parse";
import { tryReadForm } from "~/modules/forms/read.server";
import { randomToken, sha256 } from "~/modules/security/tokens.server";
import { cookieName, siteIsHttps } from "./cookie-names.server";

const keptHours = 24;
/** A draft larger than this is not kept: far more than any form's text, far less than a page of memory. */
const maxDraftChars = 200_000;

const draftCookie = createCookie(cookieName("chevronne_draft", siteIsHttps), {
  httpOnly: true,
  sameSite: "lax",
  secure: siteIsHttps,
  path: "/",
  secrets: [env.sessionSecret],
  maxAge: keptHours * 60 * 60,
});

/** Keeps the text fields of the form `request` carries; returns the Set-Cookie header to send, or null if nothing was kept. */
export async function keepFormDraft(request: Request, userId: string, now = new Date()): Promise<string | null> {
  const contentType = request.headers.get("Content-Type") ?? "";
  if (request.bodyUsed || !/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(contentType)) return null;
  // read as any form is (capped, strict UTF-8); a form with files past the cap of a form without files is not kept
  const formData = await tryReadForm(
    request.clone(),
    /^multipart\//i.test(contentType) ? { names: [], maxBytes: 0 } : undefined,
  );
  if (!formData) return null;
  // formValues leaves out passwords; files are not strings
  const values = formValues(formData);
  for (const name of Object.keys(values)) if (formData.get(name) instanceof File) delete values[name];
  const fields = JSON.stringify(values);
  if (Object.keys(values).length === 0 || fields.length > maxDraftChars) return null;
  const token = randomToken();
  await db.formDraft.create({
    data: {
      tokenHash: sha256(token),
      userId,
      path: new URL(request.url).pathname,
      fields,
      createdAt: now,
      expiresAt: new Date(now.getTime() + keptHours * 3_600_000),
    },
  });
  return draftCookie.serialize(token);
}

/** The draft this browser keeps for this person and page, handed over once (then forgotten), or null. */
export async function takeFormDraft(
  request: Request,
  userId: string,
  path: string,
  now = new Date(),
): Promise<FormValues | null> {
  const token: unknown = await draftCookie.parse(request.headers.get("Cookie"));
  if (typeof token !== "string" || token.length === 0) return null;
  const draft = await db.formDraft.findUnique({ where: { tokenHash: sha256(token) } });
  if (!draft || draft.userId !== userId || draft.path !== path || draft.expiresAt <= now) return null;
  // deleted before it is shown: of two requests at once, one gets it
  const { count } = await db.formDraft.deleteMany({ where: { id: draft.id } });
  return count === 1 ? (JSON.parse(draft.fields) as FormValues) : null;
}

/** Forgets drafts nobody came back for (a background round). */
export async function pruneFormDrafts(now = new Date()): Promise<number> {
  const { count } = await db.formDraft.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
