// The download of a person's data as one ZIP, streamed: the JSON file, the CSV files and a note in their language
// are small and written first; each CV is read from the database only when the ZIP reaches it and goes out as it is
// (already compressed), so a person with many large CVs never holds the server's memory. yazl writes the ZIP
// (decision 0018).
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { db } from "~/db.server";
import type { User } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { isoDateInZone } from "~/modules/i18n/format";
import { translate } from "~/modules/i18n/translate";
import { localeOr } from "~/modules/i18n/locales";
import { toCsv } from "./csv";
import { collectPersonalData, type PersonalData } from "./personal-data.server";

/** The page that explains the download; fresh proof comes back here. */
export const dataPage = "/account/data";

export type PersonalDataZip = { filename: string; stream: Readable };

export function personalDataZip(
  person: { locale: string; timeZone: string },
  data: PersonalData,
  now = new Date(),
): PersonalDataZip {
  const locale = localeOr(person.locale);
  const name = (key: "json" | "readme" | "zip") => translate(locale, `accountData.export.files.${key}`);
  const zip = new ZipFile();
  const options = { mtime: now };
  zip.addBuffer(
    Buffer.from(translate(locale, "accountData.export.readme").replaceAll("\n", "\r\n"), "utf8"),
    name("readme"),
    options,
  );
  zip.addBuffer(Buffer.from(`${JSON.stringify(data.json, null, 2)}\n`, "utf8"), name("json"), options);
  for (const table of data.tables)
    zip.addBuffer(Buffer.from(toCsv(table.header, table.rows), "utf8"), table.name, options);
  for (const cv of data.cvs) {
    zip.addReadStreamLazy(cv.path, { ...options, compress: false }, (done) => {
      db.storedFile
        .findUnique({ where: { id: cv.fileId }, select: { content: true } })
        // a CV deleted since the list was read (its application anonymised meanwhile) leaves an empty file
        .then(
          (file) => done(null, Readable.from(file ? [Buffer.from(file.content)] : [])),
          (error: unknown) => done(error, Readable.from([])),
        );
    });
  }
  zip.end();
  // yazl's output is a stream.PassThrough, typed as the older NodeJS.ReadableStream
  return {
    filename: `${name("zip")}-${isoDateInZone(now, person.timeZone)}.zip`,
    stream: zip.outputStream as Readable,
  };
}

/** Gathers the person's data, records the download in the audit trail, and starts the ZIP. */
export async function startPersonalDataDownload(user: User, now = new Date()): Promise<PersonalDataZip> {
  const data = await collectPersonalData(user.id, now);
  const owner =
    user.kind !== "candidate" && (await db.membership.count({ where: { userId: user.id, role: "owner" } })) > 0;
  await recordAudit({
    actorId: user.id,
    actorRole: user.kind === "candidate" ? "candidate" : owner ? "owner" : "member",
    action: "data.exported",
    subjectType: "user",
    subjectId: user.id,
    details: { csvFiles: data.tables.length, cvFiles: data.cvs.length },
  });
  return personalDataZip(user, data, now);
}
