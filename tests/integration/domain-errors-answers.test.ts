// The last modules that answered HTTP themselves now throw domain errors or return outcomes, and the routes or
// app/modules/http/ answer as they did (issue 16, item 5; decision 0035): the same 404, 409, 429, 301 and signed-in
// redirect with its cookie. Each place is checked in the module (what it throws or returns) and in its answer. On
// PostgreSQL.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { findIncident, updateIncident } from "~/modules/administration/incidents.server";
import { verifyOrganisation } from "~/modules/administration/verification.server";
import { finishSignIn } from "~/modules/auth/finish-sign-in.server";
import { devMailAttachment, readDevMail } from "~/modules/email/dev-mailbox.server";
import { MovedError, NotFoundError } from "~/modules/errors";
import { notFound, responseFor } from "~/modules/http/domain-errors.server";
import { tooManyRequests } from "~/modules/http/limits.server";
import { alreadyHandled, wasDone } from "~/modules/http/moderation-answers.server";
import { signedInRedirect } from "~/modules/http/sign-in.server";
import { getLocale, publicPageLocale } from "~/modules/i18n/preferences.server";
import { submitReport } from "~/modules/moderation/report-request.server";
import { resubmitDestination } from "~/modules/moderation/resubmit-request.server";
import * as incidentPage from "~/routes/admin.incidents.$id._index";
import * as verificationQueue from "~/routes/admin.organisations._index";
import * as devMailMessage from "~/routes/dev.mail.$id";
import * as missionsFeed from "~/routes/($lang).missions.feed";
import { createEmployerWithMission, signedInRequest } from "../support/fixtures";
import { thrown } from "../support/thrown";

const site = "http://chevronne.test";
const loopback = { clientAddress: "127.0.0.1" };

async function administrator() {
  return db.user.create({
    data: { email: `admin-${crypto.randomUUID()}@exemple.ca`, name: "Line", kind: "employer", isAdministrator: true },
  });
}

const posted = (url: string, values: Record<string, string>, headers: HeadersInit = {}) =>
  new Request(url, { method: "POST", body: new URLSearchParams(values), headers });

describe("404: a module throws NotFoundError, the route answers the plain 404", () => {
  it("an incident that does not exist", async () => {
    const admin = await administrator();
    await expect(findIncident("nothing-here")).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateIncident(admin, "nothing-here", {} as never)).rejects.toBeInstanceOf(NotFoundError);
    const response = await thrown(
      incidentPage.loader({
        request: await signedInRequest(admin.id, `${site}/admin/incidents/nothing-here`),
        params: { id: "nothing-here" },
        context: {},
      }),
    );
    expect([response.status, await response.text()]).toEqual([404, "Not found"]);
  });

  it("an organisation to verify that does not exist", async () => {
    const admin = await administrator();
    await expect(verifyOrganisation(admin, "nothing-here")).rejects.toBeInstanceOf(NotFoundError);
    const request = await signedInRequest(admin.id, `${site}/admin/organisations`);
    const response = await thrown(
      verificationQueue.action({
        request: posted(request.url, { intent: "verify", organisation: "nothing-here" }, request.headers),
        params: {},
        context: {},
      }),
    );
    expect(response.status).toBe(404);
  });

  it("a development mailbox message or attachment that does not exist", async () => {
    await expect(readDevMail("nothing-here")).rejects.toBeInstanceOf(NotFoundError);
    await expect(devMailAttachment("nothing-here", 0)).rejects.toBeInstanceOf(NotFoundError);
    const response = await thrown(
      devMailMessage.loader({
        request: new Request(`${site}/dev/mail/nothing-here`),
        params: { id: "nothing-here" },
        context: loopback,
      }),
    );
    expect(response.status).toBe(404);
  });

  it("a report about a mission that is not public", async () => {
    await expect(
      submitReport(
        posted(`${site}/missions/nothing-here/report`, { reason: "doubtful", details: "Étrange." }),
        loopback,
        { kind: "mission", missionId: "nothing-here" },
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(notFound().status).toBe(404);
  });
});

describe("the moderation answers (http/moderation-answers.server.ts)", () => {
  it("answer 409 to a decision already taken, 404 to a target not there, and say when it was done", async () => {
    expect(alreadyHandled()).toMatchObject({ data: { alreadyHandled: true }, init: { status: 409 } });
    expect(wasDone("done")).toBe(true);
    expect(wasDone("already-handled")).toBe(false);
    let answer: unknown;
    try {
      wasDone("not-found");
    } catch (error) {
      answer = error;
    }
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).status).toBe(404);
  });

  it("send a resubmitted mission back to its editor, saying what happened", () => {
    expect(resubmitDestination({ ok: true, missionId: "m1", next: "resubmitted" })).toBe(
      "/employer/missions/m1/edit?resubmitted=1",
    );
    expect(resubmitDestination({ ok: true, missionId: "m1", next: "blocked" })).toBe(
      "/employer/missions/m1/edit?blocked=1",
    );
  });
});

describe("429 (http/limits.server.ts)", () => {
  it("answers the form's data and the reason, with Retry-After in seconds", () => {
    const retryAt = new Date("2026-12-07T10:00:00Z");
    expect(
      tooManyRequests({ values: { email: "a@b.ca" } }, "reportsClient", { ok: false, retryAt, retryAfterSeconds: 90 }),
    ).toMatchObject({
      data: {
        values: { email: "a@b.ca" },
        limit: { reason: "reportsClient", retryAt: retryAt.toISOString(), retryAfterSeconds: 90 },
      },
      init: { status: 429, headers: { "Retry-After": "90" } },
    });
  });
});

describe("301 for an old ?locale= link (MovedError)", () => {
  it("is thrown by the language lookup on a public page, and answered 301 to the language's address", async () => {
    const request = new Request(`${site}/missions?q=guide&locale=en`);
    expect(() => publicPageLocale(request)).toThrow(MovedError);
    await expect(getLocale(request)).rejects.toMatchObject({ location: "/en/missions?q=guide" });
    const answer = responseFor(new MovedError("/en/missions")) as Response;
    expect([answer.status, answer.headers.get("Location")]).toEqual([301, "/en/missions"]);
    const feed = await thrown(
      missionsFeed.loader({ request: new Request(`${site}/missions/feed?locale=en`), params: {}, context: {} }),
    );
    expect([feed.status, feed.headers.get("Location")]).toEqual([301, "/en/missions/feed"]);
    // any other page takes the link's language without moving
    expect(await getLocale(new Request(`${site}/alerts?locale=en`))).toBe("en");
  });
});

describe("the end of a sign-in (auth/finish-sign-in.server.ts, http/sign-in.server.ts)", () => {
  it("returns where to go with the session's cookie, and the route's redirect sets it", async () => {
    const { employer } = await createEmployerWithMission();
    const user = await db.user.create({
      data: {
        email: `fin-${employer.id}@exemple.ca`,
        name: "Rémi",
        kind: "employer",
        memberships: { create: { employerId: employer.id, role: "owner" } },
      },
    });
    const end = await finishSignIn(new Request(`${site}/signin`), { user, redirectTo: "/employer/missions" });
    expect(end.to).toBe("/employer/missions");
    expect(end.cookie).toMatch(/^chevronne_session=/);
    const answer = signedInRedirect(end);
    expect([answer.status, answer.headers.get("Location"), answer.headers.get("Set-Cookie")]).toEqual([
      302,
      "/employer/missions",
      end.cookie,
    ]);
    // only ever a path of this site
    expect(
      (await finishSignIn(new Request(`${site}/signin`), { user, redirectTo: "https://ailleurs.example" })).to,
    ).not.toContain("ailleurs");
  });

  it("sends a suspended person to the page that says why, with no session", async () => {
    const { employer } = await createEmployerWithMission();
    const user = await db.user.create({
      data: {
        email: `suspendu-${employer.id}@exemple.ca`,
        name: "Rémi",
        kind: "employer",
        suspendedAt: new Date(),
        suspensionReason: "Annonces trompeuses",
        memberships: { create: { employerId: employer.id, role: "owner" } },
      },
    });
    const end = await finishSignIn(new Request(`${site}/signin`), { user, redirectTo: "/dashboard" });
    expect(end.to).toBe("/signin/suspended");
    expect(end.cookie).not.toMatch(/^chevronne_session=/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});
