// Belonging to several organisations (issue 13, item 12; docs/decisions/0025-several-organisations.md): each browser
// works in the organisation it chose, while the person is still a member; the switch refuses an organisation they do
// not belong to; a recruiter removed from the organisation their browser works in is told so, by name.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createSession, requireEmployerMember, sessionTokenHash } from "~/modules/auth/session.server";
import { organisationChoice } from "~/modules/auth/organisation-choice.server";
import { pageAfterSwitch } from "~/modules/employers/organisation-forms";
import { inviteRecruiter, removeMember } from "~/modules/employers/team.server";
import { loader as dashboardLoader } from "~/routes/dashboard";
import { loader as missionsLoader } from "~/routes/employer.missions._index";
import { action as switchAction } from "~/routes/employer.switch";
import { action as acceptAction } from "~/routes/invitations.accept";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";
import { thrown } from "../support/thrown";

const cookiePair = (setCookie: string) => setCookie.split(";")[0];

function page(cookie: string, path = "/employer/missions") {
  return new Request(`http://chevronne.test${path}`, { headers: { Cookie: cookie } });
}

function switchRequest(cookie: string, fields: Record<string, string>) {
  return new Request("http://chevronne.test/employer/switch", {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
}

/** What requireEmployerMember threw: Remix's data() with its status, or a Response. */
async function refusal(promise: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return { status: error.status, data: null };
    const thrownData = error as { type?: string; data?: unknown; init?: { status?: number } };
    if (thrownData.type === "DataWithResponseInit")
      return { status: thrownData.init?.status ?? 200, data: thrownData.data };
    throw error;
  }
  throw new Error("expected a refusal");
}

/** Nadia, owner of a museum (since yesterday) and recruiter of a library (since today), each with one mission. */
async function twoOrganisations() {
  const first = await createEmployerWithMission({ employerName: "Musée du Fjord", title: "Accueil au musée" });
  const second = await createEmployerWithMission({
    employerName: "Bibliothèque Gabrielle-Roy",
    title: "Prêt et conseils",
  });
  const user = await db.user.create({
    data: { email: `nadia-${first.employer.id}@exemple.ca`, name: "Nadia Roy", kind: "employer", locale: "fr" },
  });
  await db.membership.create({
    data: {
      employerId: first.employer.id,
      userId: user.id,
      role: "owner",
      createdAt: new Date(Date.now() - 86_400_000),
    },
  });
  const recruiter = await db.membership.create({
    data: { employerId: second.employer.id, userId: user.id, role: "recruiter" },
  });
  return { user, first, second, recruiterMembership: recruiter };
}

async function sessionOf(cookie: string) {
  return db.session.findUniqueOrThrow({ where: { tokenHash: (await sessionTokenHash(page(cookie))) ?? "" } });
}

describe("the chosen organisation", () => {
  it("starts at the oldest membership, follows the switch, and each browser keeps its own", async () => {
    const { user, first, second } = await twoOrganisations();
    const laptop = cookiePair(await createSession(user.id));
    const phone = cookiePair(await createSession(user.id));
    expect((await requireEmployerMember(page(laptop))).employer.id).toBe(first.employer.id);

    const answer = await thrown(
      switchAction({
        request: switchRequest(laptop, { organisation: second.employer.id, returnTo: "/employer/missions?mission=x" }),
        params: {},
        context: {},
      }),
    );
    expect(answer.status).toBe(302);
    expect(answer.headers.get("Location")).toBe("/employer/missions");
    expect((await requireEmployerMember(page(laptop))).employer.id).toBe(second.employer.id);
    expect((await requireEmployerMember(page(phone))).employer.id).toBe(first.employer.id);

    // every employer page works in the chosen one only: the missions list, the dashboard
    const missions = await missionsLoader({ request: page(laptop), params: {}, context: {} });
    expect(missions.missions.map((mission) => mission.title)).toEqual(["Prêt et conseils"]);
    const dashboard = await dashboardLoader({ request: page(laptop, "/dashboard"), params: {}, context: {} });
    expect(dashboard.kind === "employer" && dashboard.employer.name).toBe("Bibliothèque Gabrielle-Roy");
    expect(dashboard.kind === "employer" && dashboard.role).toBe("recruiter");
  });

  it("falls back to the oldest membership when the session names none (an older session, a deleted organisation)", async () => {
    const { user, first, second } = await twoOrganisations();
    expect((await organisationChoice(user.id, null)).status).toBe("member");
    const choice = await organisationChoice(user.id, null);
    expect(choice.status === "member" && choice.membership.employerId).toBe(first.employer.id);
    expect(choice.status === "member" && choice.organisations.map((organisation) => organisation.name)).toEqual([
      "Musée du Fjord",
      "Bibliothèque Gabrielle-Roy",
    ]);

    const cookie = cookiePair(await createSession(user.id));
    await thrown(
      switchAction({ request: switchRequest(cookie, { organisation: second.employer.id }), params: {}, context: {} }),
    );
    await db.employer.delete({ where: { id: second.employer.id } });
    expect((await sessionOf(cookie)).currentEmployerId).toBeNull();
    expect((await requireEmployerMember(page(cookie))).employer.id).toBe(first.employer.id);
  });

  it("accepting a second organisation's invitation opens a session working in it", async () => {
    const { user, first } = await twoOrganisations();
    const third = await createEmployerWithMission({ employerName: "Théâtre du Cap" });
    const owner = await db.user.create({
      data: { email: `owner-${third.employer.id}@exemple.ca`, name: "Louis Tremblay", kind: "employer" },
    });
    await inviteRecruiter({ employer: third.employer, inviter: owner, email: user.email, locale: "fr" });
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: user.email, template: "invitation" } });
    const token = email.text.match(/token=([\w-]+)/)?.[1] ?? "";
    const before = cookiePair(await createSession(user.id));
    expect((await requireEmployerMember(page(before))).employer.id).toBe(first.employer.id);

    const accepted = await thrown(
      acceptAction({
        request: new Request("http://chevronne.test/invitations/accept", {
          method: "POST",
          headers: { Cookie: before, "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ token }),
        }),
        params: {},
        context: {},
      }),
    );
    expect(accepted.headers.get("Location")).toBe("/dashboard");
    const after = cookiePair(accepted.headers.get("Set-Cookie") ?? "");
    expect((await requireEmployerMember(page(after))).employer.name).toBe("Théâtre du Cap");
    const choice = await organisationChoice(user.id, third.employer.id);
    expect(choice.status === "member" && choice.organisations).toHaveLength(3);
  });
});

describe("the switch", () => {
  it("answers 404 for an organisation the person does not belong to, or one that does not exist, and changes nothing", async () => {
    const { user, first } = await twoOrganisations();
    const foreign = await createEmployerWithMission({ employerName: "Quincaillerie Dubé" });
    const cookie = cookiePair(await createSession(user.id));
    const before = await sessionOf(cookie);
    for (const organisation of [foreign.employer.id, "inexistante", "' OR 1=1 --"]) {
      const answer = await thrown(
        switchAction({ request: switchRequest(cookie, { organisation }), params: {}, context: {} }),
      );
      expect(answer.status).toBe(404);
    }
    expect((await thrown(switchAction({ request: switchRequest(cookie, {}), params: {}, context: {} }))).status).toBe(
      400,
    );
    expect(await sessionOf(cookie)).toEqual(before);
    expect((await requireEmployerMember(page(cookie))).employer.id).toBe(first.employer.id);

    // a candidate has no organisation to switch to
    const { user: candidate } = await createCandidate(`cand-${foreign.employer.id}@exemple.ca`);
    const candidateCookie = cookiePair(await createSession(candidate.id));
    expect(
      (
        await thrown(
          switchAction({
            request: switchRequest(candidateCookie, { organisation: foreign.employer.id }),
            params: {},
            context: {},
          }),
        )
      ).status,
    ).toBe(404);
    expect((await db.session.findFirstOrThrow({ where: { userId: candidate.id } })).currentEmployerId).toBeNull();
  });

  it("sends back to a page of the whole organisation, and otherwise to the dashboard", () => {
    expect(pageAfterSwitch("/employer/pipeline?mission=abc")).toBe("/employer/pipeline");
    expect(pageAfterSwitch("/employer/applications/abc")).toBe("/dashboard");
    expect(pageAfterSwitch("//ailleurs.example/employer/pipeline")).toBe("/dashboard");
    expect(pageAfterSwitch("https://ailleurs.example/dashboard")).toBe("/dashboard");
  });

  it("racing a removal: never works in the organisation that removed the person", async () => {
    for (let round = 0; round < 8; round++) {
      const { user, first, second, recruiterMembership } = await twoOrganisations();
      const cookie = cookiePair(await createSession(user.id));
      const [answer, removed] = await Promise.all([
        thrown(
          switchAction({
            request: switchRequest(cookie, { organisation: second.employer.id }),
            params: {},
            context: {},
          }),
        ),
        removeMember(second.employer.id, recruiterMembership.id),
      ]);
      expect(removed).toBe(true);
      expect([302, 404]).toContain(answer.status);
      const session = await sessionOf(cookie);
      if (answer.status === 302) {
        // the switch landed first: the next page says they were removed from the library, and shows nothing of it
        expect(session.currentEmployerId).toBe(second.employer.id);
        const next = await refusal(requireEmployerMember(page(cookie)));
        expect(next.status).toBe(403);
        expect(next.data).toMatchObject({ removedFromTeam: { removedFrom: { name: "Bibliothèque Gabrielle-Roy" } } });
      } else {
        // the removal landed first: nothing changed, the browser still works in the museum
        expect(session.currentEmployerId).toBe(first.employer.id);
        expect((await requireEmployerMember(page(cookie))).employer.id).toBe(first.employer.id);
      }
    }
  });
});

describe("a removed recruiter", () => {
  it("is told by name on every employer page, offered their other organisation, and can go on there", async () => {
    const { user, first, second, recruiterMembership } = await twoOrganisations();
    const cookie = cookiePair(await createSession(user.id));
    await thrown(
      switchAction({ request: switchRequest(cookie, { organisation: second.employer.id }), params: {}, context: {} }),
    );
    expect(await removeMember(second.employer.id, recruiterMembership.id)).toBe(true);

    for (const path of ["/employer/missions", "/employer/pipeline", "/dashboard"]) {
      const answer = await refusal(
        path === "/dashboard"
          ? dashboardLoader({ request: page(cookie, path), params: {}, context: {} })
          : requireEmployerMember(page(cookie, path)),
      );
      expect(answer.status).toBe(403);
      expect(answer.data).toEqual({
        removedFromTeam: {
          removedFrom: { id: second.employer.id, name: "Bibliothèque Gabrielle-Roy" },
          organisations: [{ id: first.employer.id, name: "Musée du Fjord" }],
          locale: "fr",
        },
      });
    }
    // the header's data: no employer menu (no current organisation)
    const choice = await organisationChoice(user.id, second.employer.id);
    expect(choice.status).toBe("removed");

    // switching back to the organisation that removed them is refused; to the one they belong to, allowed
    expect(
      (
        await thrown(
          switchAction({
            request: switchRequest(cookie, { organisation: second.employer.id }),
            params: {},
            context: {},
          }),
        )
      ).status,
    ).toBe(404);
    const back = await thrown(
      switchAction({
        request: switchRequest(cookie, { organisation: first.employer.id, returnTo: "/dashboard" }),
        params: {},
        context: {},
      }),
    );
    expect(back.headers.get("Location")).toBe("/dashboard");
    expect((await requireEmployerMember(page(cookie))).employer.id).toBe(first.employer.id);
  });

  it("with no other organisation: the page names the team and offers none; without a name to give, 404", async () => {
    const { employer } = await createEmployerWithMission({ employerName: "Musée du Fjord" });
    const user = await db.user.create({
      data: { email: `seule-${employer.id}@exemple.ca`, name: "Chantal Giroux", kind: "employer", locale: "en" },
    });
    const membership = await db.membership.create({
      data: { employerId: employer.id, userId: user.id, role: "recruiter" },
    });
    const cookie = cookiePair(await createSession(user.id));
    const older = await db.session.create({
      data: { userId: user.id, tokenHash: `older-${user.id}`, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    expect(older.currentEmployerId).toBeNull();
    await removeMember(employer.id, membership.id);
    const answer = await refusal(requireEmployerMember(page(cookie)));
    expect(answer).toEqual({
      status: 403,
      data: {
        removedFromTeam: { removedFrom: { id: employer.id, name: "Musée du Fjord" }, organisations: [], locale: "en" },
      },
    });
    expect(await organisationChoice(user.id, null)).toEqual({ status: "none" });
  });
});
