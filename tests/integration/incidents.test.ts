// The register of confidentiality incidents (issue 12, item 11) through its pages' loaders and actions: a form with
// mistakes answers next to each field and keeps what was typed; a record and each change are audited; two
// administrators editing one incident do not overwrite each other; the CSV export neutralises formula-like cells and
// is audited; the journal reads it all back in words. Only administrators get in.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { journalPage } from "~/modules/administration/journal.server";
import { listAudit } from "~/modules/audit/audit.server";
import { action as editAction, loader as editLoader } from "~/routes/admin.incidents.$id.edit";
import { loader as exportLoader } from "~/routes/admin.incidents.export";
import { loader as registerLoader } from "~/routes/admin.incidents._index";
import { action as newAction } from "~/routes/admin.incidents.new";
import { createCandidate, signedInRequest } from "../support/fixtures";
import { thrown } from "../support/thrown";

let counter = 0;

async function administrator(name = "Claire Administratrice") {
  counter += 1;
  return db.user.create({
    data: { email: `admin-incidents-${counter}@exemple.ca`, name, kind: "candidate", isAdministrator: true },
  });
}

const complete = {
  title: "Courriel envoyé au mauvais destinataire",
  circumstances: "Un CV a été joint par erreur au courriel d’une autre personne candidate.",
  occurredOn: "2026-11-02",
  discoveredOn: "2026-11-03",
  informationKinds: ["identity", "cv"],
  informationDetails: "Nom, courriel et CV d’une personne.",
  peopleCount: "1",
  peopleDescription: "Une personne candidate.",
  seriousInjuryRisk: "no",
  riskAssessment: "Le destinataire a confirmé avoir supprimé le courriel le jour même.",
  commissionNotifiedOn: "",
  peopleNotifiedOn: "2026-11-04",
  measures: "Les pièces jointes ne partent plus qu’après une seconde vérification.",
};

function form(fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
  return body;
}

async function post(userId: string, url: string, fields: Record<string, string | string[]>) {
  return signedInRequest(userId, `http://chevronne.test${url}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: form(fields),
  });
}

describe("the incident register", () => {
  it("answers each mistake next to its field, keeps what was typed, and records nothing", async () => {
    const admin = await administrator();
    const failure = await newAction({
      request: await post(admin.id, "/admin/incidents/new", {
        ...complete,
        title: "",
        occurredOn: "2026-11-05",
        informationKinds: [],
        peopleCount: "beaucoup",
        seriousInjuryRisk: "",
      }),
      params: {},
      context: {},
    });
    expect(failure).toMatchObject({
      ok: false,
      errors: {
        title: "administration.errors.incidentTitle",
        informationKinds: "administration.errors.informationKinds",
        peopleCount: "administration.errors.peopleCount",
        seriousInjuryRisk: "administration.errors.seriousInjuryRisk",
      },
      values: { circumstances: complete.circumstances, peopleCount: "beaucoup" },
    });
    // the order of the dates is checked once each field is right
    const dates = await newAction({
      request: await post(admin.id, "/admin/incidents/new", {
        ...complete,
        occurredOn: "2026-11-05",
        peopleNotifiedOn: "2026-10-01",
      }),
      params: {},
      context: {},
    });
    expect(dates).toMatchObject({
      errors: {
        discoveredOn: "administration.errors.discoveredBeforeOccurred",
        peopleNotifiedOn: "administration.errors.notifiedBeforeDiscovered",
      },
    });
    const future = await newAction({
      request: await post(admin.id, "/admin/incidents/new", { ...complete, discoveredOn: "2999-01-01" }),
      params: {},
      context: {},
    });
    expect(future).toMatchObject({ errors: { discoveredOn: "administration.errors.futureDate" } });
    expect(await db.confidentialityIncident.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("records, changes and exports, each audited, and the journal says it in words", async () => {
    const admin = await administrator("Claire Administratrice");
    const created = await thrown(
      newAction({ request: await post(admin.id, "/admin/incidents/new", complete), params: {}, context: {} }),
    );
    const id = created.headers.get("Location")?.match(/^\/admin\/incidents\/([^?]+)\?created=1$/)?.[1] ?? "";
    const incident = await db.confidentialityIncident.findUniqueOrThrow({ where: { id } });
    expect(incident).toMatchObject({
      title: complete.title,
      occurredOn: new Date("2026-11-02T00:00:00Z"),
      informationKinds: ["identity", "cv"],
      peopleCount: 1,
      seriousInjuryRisk: false,
      commissionNotifiedOn: null,
      peopleNotifiedOn: new Date("2026-11-04T00:00:00Z"),
      recordedById: admin.id,
    });

    const shown = await editLoader({
      request: await signedInRequest(admin.id, `http://chevronne.test/admin/incidents/${id}/edit`),
      params: { id },
      context: {},
    });
    expect(shown.values).toMatchObject({
      occurredOn: "2026-11-02",
      peopleNotifiedOn: "2026-11-04",
      seriousInjuryRisk: "no",
      seen: incident.updatedAt.toISOString(),
    });

    // two administrators edit the same version: the second is told, and the first one's change stays
    const other = await administrator("Denis Second");
    const first = await thrown(
      editAction({
        request: await post(admin.id, `/admin/incidents/${id}/edit`, {
          ...shown.values,
          peopleCount: "3",
          seriousInjuryRisk: "yes",
        }),
        params: { id },
        context: {},
      }),
    );
    expect(first.headers.get("Location")).toBe(`/admin/incidents/${id}?saved=1`);
    const second = await editAction({
      request: await post(other.id, `/admin/incidents/${id}/edit`, {
        ...shown.values,
        measures: "Une autre version des mesures prises.",
      }),
      params: { id },
      context: {},
    });
    expect(second).toMatchObject({ ok: false, errors: { form: "administration.incidents.changedMeanwhile" } });
    expect(await db.confidentialityIncident.findUniqueOrThrow({ where: { id } })).toMatchObject({
      peopleCount: 3,
      seriousInjuryRisk: true,
      measures: complete.measures,
      updatedById: admin.id,
    });

    const register = await registerLoader({
      request: await signedInRequest(admin.id, "http://chevronne.test/admin/incidents"),
      params: {},
      context: {},
    });
    // a risk of serious injury and a notice still missing (the Commission's) is flagged
    expect(register.incidents).toEqual([expect.objectContaining({ id, seriousInjuryRisk: true, toNotify: true })]);

    const entries = await listAudit();
    expect(entries.map((entry) => [entry.action, entry.actorId, entry.subjectId])).toEqual([
      ["incident.updated", admin.id, id],
      ["incident.recorded", admin.id, id],
    ]);
    expect(entries[0].details).toEqual({ title: complete.title, changed: ["peopleCount", "seriousInjuryRisk"] });

    const { entries: journal } = await journalPage(1);
    expect(journal[0]).toMatchObject({
      action: "incident.updated",
      actorName: "Claire Administratrice",
      subjectName: complete.title,
      details: [
        ["title", complete.title],
        ["changed", "peopleCount, seriousInjuryRisk"],
      ],
    });
  });

  it("exports the register as CSV: cells a spreadsheet would run as formulas are neutralised, and the download is audited", async () => {
    const admin = await administrator();
    const hostile = {
      ...complete,
      title: '=HYPERLINK("http://evil.example","Cliquez")',
      peopleDescription: "+1 personne",
      informationDetails: "@SUM(A1)",
      measures: "-2+3 mesures prises, vérifiées.",
    };
    await thrown(
      newAction({ request: await post(admin.id, "/admin/incidents/new", hostile), params: {}, context: {} }),
    );
    const response = await exportLoader({
      request: await signedInRequest(admin.id, "http://chevronne.test/admin/incidents/export"),
      params: {},
      context: {},
    });
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="incidents-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const csv = await response.text();
    const [header, ...rows] = csv.replace(/^\uFEFF/, "").split("\r\n");
    const row = rows.find((line) => line.includes("HYPERLINK")) ?? "";
    expect(header.split(",")[1]).toBe("Titre");
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""Cliquez"")"`);
    expect(row).toContain("'@SUM(A1)");
    expect(row).toContain("'+1 personne");
    expect(row).toContain("'-2+3 mesures prises, vérifiées.");
    expect(row).toContain("2026-11-02,2026-11-03,Identité (nom); CV");
    expect(row).not.toMatch(/(^|,)[=+\-@]/);
    expect((await listAudit())[0]).toMatchObject({
      action: "incidents.exported",
      actorId: admin.id,
      details: { count: await db.confidentialityIncident.count() },
    });
  });

  it("answers 404 to a visitor and to a signed-in person who is not an administrator, and records nothing", async () => {
    const { user } = await createCandidate(`curieuse-${Date.now()}@exemple.ca`);
    const before = await db.confidentialityIncident.count();
    expect(
      (
        await thrown(
          registerLoader({ request: new Request("http://chevronne.test/admin/incidents"), params: {}, context: {} }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await thrown(
          exportLoader({
            request: await signedInRequest(user.id, "http://chevronne.test/admin/incidents/export"),
            params: {},
            context: {},
          }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await thrown(
          newAction({ request: await post(user.id, "/admin/incidents/new", complete), params: {}, context: {} }),
        )
      ).status,
    ).toBe(404);
    expect(await db.confidentialityIncident.count()).toBe(before);
  });
});
