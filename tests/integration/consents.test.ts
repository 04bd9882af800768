// Consents per purpose (issue 12, item 1; docs/decisions/0017): each an unticked choice at sign-up and on the account
// page, every change recorded with its time and where it was made, and a withdrawal that takes effect at once: out of
// every employer's suggested candidates, no invitation, no alert email.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { requestSignIn, signInWithLink } from "~/modules/auth/sign-in.server";
import { createAlert, sendDueAlerts } from "~/modules/candidates/alerts.server";
import { saveProfileStep } from "~/modules/candidates/profile.server";
import { inviteToApply, suggestCandidates } from "~/modules/employers/suggestions.server";
import {
  consentHistoryOf,
  consentsOf,
  hasConsent,
  holdConsent,
  saveConsentChoices,
} from "~/modules/consents/consents.server";
import { action as accountAction, loader as accountLoader } from "~/routes/account";
import { loader as alertsLoader } from "~/routes/alerts._index";
import { loader as suggestedLoader } from "~/routes/employer.missions.$id.suggested";
import { createCandidate, createEmployerWithMission, signedInRequest } from "../support/fixtures";
import { thrown } from "../support/thrown";

const day = 86_400_000;

beforeEach(async () => {
  await db.outboxEmail.deleteMany();
  await db.signInChallenge.deleteMany();
  await db.user.deleteMany();
  await db.employer.deleteMany();
});

/** The account page's consents form, sent by this person with these boxes ticked. */
async function postChoices(userId: string, ticked: string[]) {
  const body = new URLSearchParams([["intent", "consents"], ...ticked.map((purpose) => ["consent", purpose])]);
  const request = await signedInRequest(userId, "http://chevronne.test/account", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
  return accountAction({ request, params: {}, context: {} });
}

/** Signs up through the real sign-up request and the emailed link, ticking these boxes. */
async function signUp(
  email: string,
  kind: "candidate" | "employer",
  consents: ("suggestions" | "keep-cv" | "email-news")[],
) {
  await requestSignIn({
    email,
    locale: "fr",
    signUp: { kind, name: "Gaétane Roy", orgName: kind === "employer" ? "Boulangerie Roy" : undefined, consents },
  });
  const email_ = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email, template: "signIn" } });
  const token = email_.text.match(/token=([\w-]+)/)?.[1] ?? "";
  const result = await signInWithLink(token);
  if (!result.ok) throw new Error(`sign-up failed: ${result.reason}`);
  return result.user;
}

/** An employer with a published mission and an owner, and a candidate free when the mission needs someone. */
async function employerWithOwner(name: string) {
  const { employer, mission } = await createEmployerWithMission({ employerName: name });
  const owner = await db.user.create({
    data: {
      email: `direction-${employer.id}@exemple.ca`,
      name: "Nadia Roy",
      kind: "employer",
      memberships: { create: { employerId: employer.id, role: "owner" } },
    },
  });
  return { employer, mission, owner };
}

describe("consents at sign-up", () => {
  it("records only the boxes ticked, once the address is confirmed, with the time and 'signup' as where", async () => {
    const user = await signUp("gaetane@exemple.ca", "candidate", ["suggestions", "email-news"]);
    expect((await consentsOf(user.id)).map((consent) => consent.purpose)).toEqual(["email-news", "suggestions"]);
    expect(await hasConsent(user.id, "keep-cv")).toBe(false);
    const history = await consentHistoryOf(user.id);
    expect(
      history
        .map(({ purpose, granted, source }) => ({ purpose, granted, source }))
        .sort((a, b) => a.purpose.localeCompare(b.purpose)),
    ).toEqual([
      { purpose: "email-news", granted: true, source: "signup" },
      { purpose: "suggestions", granted: true, source: "signup" },
    ]);
    expect(Math.abs(history[0].at.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("records nothing when nothing is ticked, and only news by email for an employer member", async () => {
    const none = await signUp("personne@exemple.ca", "candidate", []);
    expect(await consentsOf(none.id)).toEqual([]);
    expect(await consentHistoryOf(none.id)).toEqual([]);
    const member = await signUp("boulangerie@exemple.ca", "employer", ["suggestions", "keep-cv", "email-news"]);
    expect((await consentsOf(member.id)).map((consent) => consent.purpose)).toEqual(["email-news"]);
  });
});

describe("consents on the account page", () => {
  it("shows each box unticked until given; saving records each change once, and a box left unticked withdraws", async () => {
    const { user } = await createCandidate("yvon@exemple.ca");
    const page = async () =>
      accountLoader({
        request: await signedInRequest(user.id, "http://chevronne.test/account"),
        params: {},
        context: {},
      });
    expect((await page()).consents).toEqual([]);

    const saved = await thrown(postChoices(user.id, ["keep-cv", "suggestions"]));
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe("/account?saved=consents#consents-title");
    expect((await page()).consents).toEqual(["keep-cv", "suggestions"]);

    // the same choices again change nothing and record nothing
    await thrown(postChoices(user.id, ["keep-cv", "suggestions"]));
    expect(await db.consentChange.count({ where: { userId: user.id } })).toBe(2);

    await thrown(postChoices(user.id, ["keep-cv"]));
    const history = (await page()).consentHistory;
    expect(history.map(({ purpose, granted, source }) => [purpose, granted, source])).toEqual(
      expect.arrayContaining([
        ["keep-cv", true, "account"],
        ["suggestions", true, "account"],
        ["suggestions", false, "account"],
      ]),
    );
    expect(history[0]).toMatchObject({ purpose: "suggestions", granted: false });
    expect(history).toHaveLength(3);
  });

  it("answers a purpose that does not exist next to the field, and changes nothing", async () => {
    const { user } = await createCandidate("curieux@exemple.ca");
    const answer = await postChoices(user.id, ["suggestions", "sell-my-data"]);
    expect(answer).toMatchObject({
      intent: "consents",
      ok: false,
      errors: { consent: "privacyPolicy.consents.invalidChoice" },
    });
    expect(await consentsOf(user.id)).toEqual([]);
  });

  it("records a change once when the same choices are sent twice at the same moment", async () => {
    const { user } = await createCandidate("double@exemple.ca");
    await Promise.all([saveConsentChoices(user, ["suggestions"]), saveConsentChoices(user, ["suggestions"])]);
    expect(await db.consentChange.count({ where: { userId: user.id, purpose: "suggestions", granted: true } })).toBe(1);
    await Promise.all([saveConsentChoices(user, []), saveConsentChoices(user, [])]);
    expect(await db.consentChange.count({ where: { userId: user.id, purpose: "suggestions", granted: false } })).toBe(
      1,
    );
    expect(await hasConsent(user.id, "suggestions")).toBe(false);
  });
});

describe("withdrawing 'employers may find my profile'", () => {
  it("takes the profile out of every employer's suggested candidates at once, and refuses an invitation", async () => {
    const first = await employerWithOwner("Musée du Fjord");
    const second = await employerWithOwner("Librairie Pantoute");
    const { user, profile } = await createCandidate("lise@exemple.ca");
    await db.candidateProfile.update({
      where: { id: profile.id },
      data: { availabilityMask: 0b111, town: "Saguenay", latitude: 48.43, longitude: -71.07 },
    });

    const suggestedTo = async (side: { employer: { id: string }; mission: { id: string } }) =>
      (await suggestCandidates(side.employer.id, side.mission.id))!.ranked.map((item) => item.profile.id);
    expect(await suggestedTo(first)).not.toContain(profile.id);

    await thrown(postChoices(user.id, ["suggestions"]));
    expect(await suggestedTo(first)).toContain(profile.id);
    expect(await suggestedTo(second)).toContain(profile.id);
    // the page a recruiter opens lists the person
    const page = await suggestedLoader({
      request: await signedInRequest(
        second.owner.id,
        `http://chevronne.test/employer/missions/${second.mission.id}/suggested`,
      ),
      params: { id: second.mission.id },
      context: {},
    });
    expect(page.people.map((person) => person.id)).toContain(profile.id);

    await thrown(postChoices(user.id, []));
    expect(await suggestedTo(first)).not.toContain(profile.id);
    expect(await suggestedTo(second)).not.toContain(profile.id);
    const after = await suggestedLoader({
      request: await signedInRequest(
        second.owner.id,
        `http://chevronne.test/employer/missions/${second.mission.id}/suggested`,
      ),
      params: { id: second.mission.id },
      context: {},
    });
    expect(after.people.map((person) => person.id)).not.toContain(profile.id);
    expect(await inviteToApply(first.employer.id, first.owner, first.mission.id, profile.id)).toBe(false);
    expect(await db.outboxEmail.count({ where: { toAddress: user.email } })).toBe(0);
  });

  it("is also the profile's contact step: its answer is the same consent, recorded as given on the profile", async () => {
    const { user } = await createCandidate("profil@exemple.ca");
    await saveProfileStep(user.id, {
      step: "contact",
      data: { contactPreference: "email", phone: "", visibleToEmployers: "yes" },
    });
    expect(await hasConsent(user.id, "suggestions")).toBe(true);
    await saveProfileStep(user.id, {
      step: "contact",
      data: { contactPreference: "email", phone: "", visibleToEmployers: "no" },
    });
    expect(await hasConsent(user.id, "suggestions")).toBe(false);
    expect((await consentHistoryOf(user.id)).map(({ granted, source }) => [granted, source])).toEqual([
      [false, "profile"],
      [true, "profile"],
    ]);
  });

  it("waits for an invitation being written with the consent held, so the two never cross", async () => {
    const { user } = await createCandidate("attente@exemple.ca");
    await saveConsentChoices(user, ["suggestions"]);
    let release = () => {};
    const holding = db.$transaction(async (tx) => {
      expect(await holdConsent(tx, user.id, "suggestions")).toBe(true);
      await new Promise<void>((resolve) => (release = resolve));
    });
    let withdrawn = false;
    const withdrawal = saveConsentChoices(user, []).then(() => (withdrawn = true));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(withdrawn).toBe(false);
    release();
    await Promise.all([holding, withdrawal]);
    expect(await hasConsent(user.id, "suggestions")).toBe(false);
  });
});

describe("search alerts and news by email", () => {
  it("creating an alert asks for its emails; withdrawing stops every alert at once, they resume when given again", async () => {
    const start = new Date("2027-03-01T12:00:00Z");
    const { user, profile } = await createCandidate("alertes@exemple.ca", "en");
    await createAlert(profile.id, "q=musée", "daily", start);
    expect((await consentHistoryOf(user.id)).map(({ purpose, granted, source }) => [purpose, granted, source])).toEqual(
      [["email-news", true, "alert"]],
    );

    await createEmployerWithMission({
      title: "Accueil au musée, premier",
      publishedAt: new Date(start.getTime() + 3_600_000),
      closesAt: null,
    });
    expect(await sendDueAlerts(new Date(start.getTime() + day + 60_000))).toBe(1);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: user.email, template: "searchAlert" } });
    // every email links to the privacy page; public pages at the addresses of the recipient's language (English here)
    expect(email.text).toContain("Privacy: what we keep and your rights:\nhttp://chevronne.test/en/privacy");
    expect(email.text).toMatch(/^ {2}http:\/\/chevronne\.test\/en\/missions\/[a-z0-9]+$/m);
    expect(email.text).toContain("See all missions:\nhttp://chevronne.test/en/missions?");

    await thrown(postChoices(user.id, ["suggestions"]));
    await createEmployerWithMission({
      title: "Accueil au musée, second",
      publishedAt: new Date(start.getTime() + day + 3_600_000),
      closesAt: null,
    });
    expect(await sendDueAlerts(new Date(start.getTime() + 3 * day))).toBe(0);
    expect(await db.outboxEmail.count({ where: { toAddress: user.email, template: "searchAlert" } })).toBe(1);
    // the alert is kept, and its page says it is paused and where to change that
    const page = await alertsLoader({
      request: await signedInRequest(user.id, "http://chevronne.test/alerts"),
      params: {},
      context: {},
    });
    expect(page.alerts).toHaveLength(1);
    expect(page.paused).toBe(true);

    await thrown(postChoices(user.id, ["suggestions", "email-news"]));
    expect(await sendDueAlerts(new Date(start.getTime() + 4 * day))).toBe(1);
    const resumed = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: user.email, template: "searchAlert" },
      orderBy: { createdAt: "desc" },
    });
    expect(resumed.text).toContain("Accueil au musée, second");
  });
});
