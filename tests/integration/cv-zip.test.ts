// A DOCX is a zip: one that would unpack past a sane size, at an extreme ratio or into too many entries is refused
// from its directory alone, next to the file field, with everything else typed kept (issue 11, item 10).
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createSession } from "~/modules/auth/session.server";
import { checkCv } from "~/modules/files/cv.server";
import { translate } from "~/modules/i18n/translate";
import { action as applyAction } from "~/routes/missions.$id.apply";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";
import { crowdedDocx, lyingDocx, plainDocx, zeroBombDocx } from "../support/zip";

const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const asFile = (bytes: Buffer, name = "cv.docx") => new File([new Uint8Array(bytes)], name, { type: docxType });

async function apply(email: string, cv: Buffer) {
  const { user } = await createCandidate(email);
  const { mission } = await createEmployerWithMission();
  const cookie = (await createSession(user.id)).split(";")[0];
  const body = new FormData();
  body.set("message", "Bonjour, je serais heureuse d’accueillir vos visiteurs.");
  body.set("cv", asFile(cv));
  const request = new Request(`http://chevronne.test/missions/${mission.id}/apply`, {
    method: "POST",
    headers: { Cookie: cookie },
    body,
  });
  const result = await applyAction({ request, params: { id: mission.id }, context: {} }).catch(
    (thrown: unknown) => thrown,
  );
  return { result, mission };
}

describe("zip-based CVs", () => {
  it("refuses a DOCX that unpacks to 1 GiB of zeros, keeping the message, and stores nothing", async () => {
    const bomb = zeroBombDocx(1024 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const { result, mission } = await apply("bombe@exemple.ca", bomb);

    expect(result).toMatchObject({
      errors: { cv: "uploads.cvZipTooLarge" },
      values: { message: "Bonjour, je serais heureuse d’accueillir vos visiteurs." },
    });
    expect(await db.application.count({ where: { missionId: mission.id } })).toBe(0);
    expect(await db.storedFile.count({ where: { originalName: "cv.docx" } })).toBe(0);
    expect(translate("fr", "uploads.cvZipTooLarge")).toMatch(/Word/);
    expect(translate("en", "uploads.cvZipTooLarge")).toMatch(/Word/);
  });

  it("accepts an ordinary DOCX", async () => {
    const { result, mission } = await apply("docx@exemple.ca", plainDocx());
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(302);
    const application = await db.application.findFirstOrThrow({
      where: { missionId: mission.id },
      include: { cvFile: true },
    });
    expect(application.cvFile?.contentType).toBe(docxType);
  });

  it("reads sizes from the directory: a claimed 3 GB entry, a 30 MB one at over 100:1, and 5 000 entries are refused", async () => {
    for (const bytes of [lyingDocx(3_000_000_000), zeroBombDocx(30 * 1024 * 1024), crowdedDocx(5000)]) {
      expect(await checkCv(asFile(bytes))).toEqual({ problem: "uploads.cvZipTooLarge" });
    }
    // 15 MB of zeros stays under the total, but at over 1 000:1 its ratio gives it away
    expect(await checkCv(asFile(zeroBombDocx(15 * 1024 * 1024)))).toEqual({ problem: "uploads.cvZipTooLarge" });
    expect(await checkCv(asFile(crowdedDocx(200)))).toMatchObject({ contentType: docxType });
  });

  it("refuses a file that says it is a zip but whose directory cannot be read", async () => {
    const broken = plainDocx().subarray(0, -30);
    expect(await checkCv(asFile(broken))).toEqual({ problem: "uploads.cvZipUnreadable" });
  });
});
