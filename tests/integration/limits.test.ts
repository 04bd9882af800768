// Limits per client, per address and per interview (app/modules/security/limits.server.ts), tried through the doors
// people use: the route actions, called as Remix calls them (with the client's address in the load context), and the
// emailed-reply listener. Each limit lets its number through and answers the next with 429 and Retry-After.
import nodemailer from "nodemailer";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "~/db.server";
import { changePassword } from "~/modules/auth/password-sign-in.server";
import { createSession } from "~/modules/auth/session.server";
import { requestSignIn, TooManySignInEmails } from "~/modules/auth/sign-in.server";
import { startInboundMailListener } from "~/modules/email/inbound.server";
import { proposeInterview } from "~/modules/interviews/lifecycle.server";
import { handleInterviewReply } from "~/modules/interviews/replies.server";
import { interviewToken } from "~/modules/interviews/token.server";
import { limitWords, type LimitReached } from "~/modules/security/limit-words";
import { addressLimits, createLimiters, limits, pruneExpiredLimits } from "~/modules/security/limits.server";
import { action as applyAction } from "~/routes/missions.$id.apply";
import { action as signInAction } from "~/routes/signin._index";
import { action as signUpAction } from "~/routes/signup";
import { action as suggestAction } from "~/routes/interviews.$token.suggest";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";
import { interviewSetup, proposal } from "../support/interviews";

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

type Answer = { status: number; retryAfter: number | null; limit?: LimitReached; location?: string | null };

/** What the browser would get from an action: the status and Retry-After of its data, or of the response it threw. */
async function answerOf(run: () => Promise<unknown>): Promise<Answer> {
  try {
    const result = await run();
    if (result && typeof result === "object" && "init" in result && "data" in result) {
      const { data, init } = result as { data: { limit?: LimitReached }; init?: ResponseInit };
      const retryAfter = new Headers(init?.headers).get("Retry-After");
      return {
        status: init?.status ?? 200,
        retryAfter: retryAfter === null ? null : Number(retryAfter),
        limit: data.limit,
      };
    }
    return { status: 200, retryAfter: null };
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    return { status: thrown.status, retryAfter: null, location: thrown.headers.get("Location") };
  }
}

function form(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request(`http://chevronne.test${path}`, { method: "POST", body: new URLSearchParams(fields), headers });
}

let clients = 0;
/** A client address of its own for each test, so that tests never share a count. */
const newClient = () => `198.51.100.${++clients}`;

const signInLink = (client: string, email: string) =>
  answerOf(() =>
    signInAction({
      request: form("/signin?index", { intent: "link", email }),
      params: {},
      context: { clientAddress: client },
    }),
  );
const signUp = (client: string, email: string) =>
  answerOf(() =>
    signUpAction({
      request: form("/signup", { kind: "candidate", name: "Rita", email }),
      params: {},
      context: { clientAddress: client },
    }),
  );
const passwordTry = (client: string, email: string, password: string) =>
  answerOf(() =>
    signInAction({
      request: form("/signin?index", { intent: "password", email, password }),
      params: {},
      context: { clientAddress: client },
    }),
  );

describe("sign-in and sign-up emails per client", () => {
  it(`lets one client ask ${limits.signInEmailsPerClient.points} in 15 minutes, then answers 429 with Retry-After; another client is not affected`, async () => {
    const client = newClient();
    for (let index = 0; index < limits.signInEmailsPerClient.points; index++) {
      expect((await signInLink(client, `lien-${index}@exemple.ca`)).status).toBe(302);
    }
    const refused = await signInLink(client, "lien-de-trop@exemple.ca");
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBeGreaterThan(limits.signInEmailsPerClient.seconds - 60);
    expect(refused.retryAfter).toBeLessThanOrEqual(limits.signInEmailsPerClient.seconds);
    expect(refused.limit?.reason).toBe("signInClient");
    expect(await db.outboxEmail.count({ where: { toAddress: "lien-de-trop@exemple.ca" } })).toBe(0);
    expect((await signInLink(newClient(), "lien-de-trop@exemple.ca")).status).toBe(302);
  });

  it("counts sign-ups and sign-in links together, since both send an email", async () => {
    const client = newClient();
    for (let index = 0; index < limits.signInEmailsPerClient.points; index++) {
      const answer =
        index % 2 === 0
          ? await signUp(client, `inscription-${index}@exemple.ca`)
          : await signInLink(client, `inscription-${index}@exemple.ca`);
      expect(answer.status).toBe(302);
    }
    const refused = await signUp(client, "inscription-de-trop@exemple.ca");
    expect([refused.status, refused.limit?.reason]).toEqual([429, "signInClient"]);
    expect(refused.retryAfter).toBeGreaterThan(0);
  });

  it("never lets more than the limit through when a client's requests come all at once", async () => {
    const client = newClient();
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, index) => signInLink(client, `rafale-${index}@exemple.ca`)),
    );
    expect(answers.filter((answer) => answer.status === 302)).toHaveLength(limits.signInEmailsPerClient.points);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(25 - limits.signInEmailsPerClient.points);
    expect(await db.outboxEmail.count({ where: { toAddress: { startsWith: "rafale-" } } })).toBe(
      limits.signInEmailsPerClient.points,
    );
  });
});

describe("sign-in emails per address: honest words", () => {
  it(`tells the request after the ${addressLimits.signInEmails.points}th of the hour that the address has had its emails, and when to try again`, async () => {
    await db.user.create({ data: { email: "heure@exemple.ca", name: "Hélène", kind: "candidate" } });
    // each from another client, so that only the address's count is reached
    for (let index = 0; index < addressLimits.signInEmails.points; index++) {
      expect((await signInLink(newClient(), "heure@exemple.ca")).status).toBe(302);
    }
    const refused = await signInLink(newClient(), "heure@exemple.ca");
    expect([refused.status, refused.limit?.reason]).toEqual([429, "signInAddress"]);
    expect(refused.retryAfter).toBeGreaterThan(addressLimits.signInEmails.seconds - 60);
    expect(await db.outboxEmail.count({ where: { toAddress: "heure@exemple.ca" } })).toBe(
      addressLimits.signInEmails.points,
    );
  });

  it("says when the oldest email of the hour stops counting, in the person's language and time zone", async () => {
    const start = new Date("2027-05-01T14:00:00Z");
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    for (let index = 0; index < addressLimits.signInEmails.points; index++) {
      await requestSignIn({ email: "horaire@exemple.ca", locale: "fr", now: at(index * 10) });
    }
    const refusal = await requestSignIn({ email: "horaire@exemple.ca", locale: "fr", now: at(45) }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(TooManySignInEmails);
    const { retryAt } = refusal as TooManySignInEmails;
    expect(retryAt).toEqual(at(60));
    const limit: LimitReached = { reason: "signInAddress", retryAt: retryAt.toISOString(), retryAfterSeconds: 15 * 60 };
    expect(limitWords(limit, "fr", "America/Toronto")).toBe(
      "Cette adresse a déjà reçu ses courriels de connexion pour l’heure. Utilisez le dernier reçu (son lien et son code sont valables 15 minutes), ou réessayez à 11 h 00 (dans 15 minutes).",
    );
    expect(limitWords(limit, "en", "America/Vancouver")).toBe(
      "This address has had its sign-in emails for the hour. Use the last one you received (its link and code work for 15 minutes), or try again at 8:00 a.m. (in 15 minutes).",
    );
    // once the oldest is an hour old, the address may ask again
    expect(typeof (await requestSignIn({ email: "horaire@exemple.ca", locale: "fr", now: at(60.1) }))).toBe("string");
  });

  it("sends an address without an account one 'no account here' email a day, and answers every request the same", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2027-06-01T12:00:00Z"));
      for (let index = 0; index < 3; index++) {
        expect((await signInLink(newClient(), "personne@exemple.ca")).location).toMatch(/^\/signin\/code\?c=/);
      }
      expect(await db.outboxEmail.count({ where: { toAddress: "personne@exemple.ca", template: "noAccount" } })).toBe(
        1,
      );
      vi.setSystemTime(new Date("2027-06-02T12:00:01Z"));
      expect((await signInLink(newClient(), "personne@exemple.ca")).status).toBe(302);
      expect(await db.outboxEmail.count({ where: { toAddress: "personne@exemple.ca", template: "noAccount" } })).toBe(
        2,
      );
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("password tries", () => {
  it(`answers 15 wrong passwords in a row for one address: ${addressLimits.passwordFailures.points} as wrong, then 429 with Retry-After`, async () => {
    const user = await db.user.create({ data: { email: "quinze@exemple.ca", name: "Quentin", kind: "candidate" } });
    await changePassword(user.id, "le-vrai-mot-de-passe", null);
    const answers: Answer[] = [];
    for (let attempt = 0; attempt < 15; attempt++)
      answers.push(await passwordTry(newClient(), "quinze@exemple.ca", `faux-${attempt}`));
    expect(answers.map((answer) => answer.status)).toEqual([...Array(10).fill(200), ...Array(5).fill(429)]);
    for (const refused of answers.slice(10)) {
      expect(refused.limit?.reason).toBe("passwordAddress");
      expect(refused.retryAfter).toBeGreaterThan(addressLimits.passwordFailures.seconds - 60);
      expect(refused.retryAfter).toBeLessThanOrEqual(addressLimits.passwordFailures.seconds);
    }
  });

  it(`lets one client give ${limits.passwordFailuresPerClient.points} wrong passwords an hour, whatever the addresses; right ones do not count`, async () => {
    const user = await db.user.create({ data: { email: "juste@exemple.ca", name: "Justine", kind: "candidate" } });
    await changePassword(user.id, "le-vrai-mot-de-passe", null);
    const client = newClient();
    for (let attempt = 0; attempt < limits.passwordFailuresPerClient.points; attempt++) {
      expect((await passwordTry(client, `adresse-${attempt}@exemple.ca`, "devine")).status).toBe(200);
      if (attempt % 5 === 0)
        expect((await passwordTry(client, "juste@exemple.ca", "le-vrai-mot-de-passe")).status).toBe(302);
    }
    const refused = await passwordTry(client, "encore-une@exemple.ca", "devine");
    expect([refused.status, refused.limit?.reason]).toEqual([429, "passwordClient"]);
    expect(refused.retryAfter).toBeGreaterThan(limits.passwordFailuresPerClient.seconds - 60);
    expect((await passwordTry(newClient(), "encore-une@exemple.ca", "devine")).status).toBe(200);
  });

  it("never checks more wrong passwords than the client's limit when they come all at once", async () => {
    const client = newClient();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, index) => passwordTry(client, `vague-${index}@exemple.ca`, "devine")),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(limits.passwordFailuresPerClient.points);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(
      30 - limits.passwordFailuresPerClient.points,
    );
  });
});

describe("applications per candidate", () => {
  it(`takes ${limits.applicationsPerCandidate.points} applications an hour from one candidate, then answers 429 and keeps the message`, async () => {
    const { user } = await createCandidate("pressee@exemple.ca");
    const cookie = (await createSession(user.id)).split(";")[0];
    const apply = async (missionId: string) => {
      const body = new FormData();
      body.set("message", "Bonjour, je suis disponible.");
      const request = new Request(`http://chevronne.test/missions/${missionId}/apply`, {
        method: "POST",
        body,
        headers: { Cookie: cookie },
      });
      return answerOf(() =>
        applyAction({ request, params: { id: missionId }, context: { clientAddress: newClient() } }),
      );
    };
    for (let index = 0; index < limits.applicationsPerCandidate.points; index++) {
      const { mission } = await createEmployerWithMission();
      expect((await apply(mission.id)).location).toBe("/applications?applied=1");
    }
    const { mission } = await createEmployerWithMission();
    const refused = await apply(mission.id);
    expect([refused.status, refused.limit?.reason]).toEqual([429, "applications"]);
    expect(refused.retryAfter).toBeGreaterThan(limits.applicationsPerCandidate.seconds - 60);
    expect(await db.application.count({ where: { missionId: mission.id } })).toBe(0);
  });
});

describe("interview suggestions and emailed replies per interview", () => {
  const now = new Date("2027-09-01T12:00:00Z");
  async function proposedInterview() {
    const setup = await interviewSetup();
    const result = await proposeInterview({
      employerId: setup.employer.id,
      actor: setup.recruiter,
      applicationId: setup.application.id,
      proposal: proposal([
        { startsAt: new Date("2027-09-14T14:00:00Z") },
        { startsAt: new Date("2027-09-15T14:00:00Z") },
      ]),
      now,
    });
    if (!result.ok) throw new Error("no interview proposed");
    return { ...setup, interviewId: result.interviewId, token: interviewToken(result.interviewId) };
  }

  it(`takes ${limits.suggestionsPerInterview.points} "none of these suit me" messages a day for one interview, then answers 429`, async () => {
    const { token, recruiter } = await proposedInterview();
    const suggest = () =>
      answerOf(() =>
        suggestAction({
          request: form(`/interviews/${token}/suggest`, { text: "Jeudi matin me conviendrait." }),
          params: { token },
          context: { clientAddress: newClient() },
        }),
      );
    for (let index = 0; index < limits.suggestionsPerInterview.points; index++) {
      expect((await suggest()).location).toBe(`/interviews/${token}?done=suggested`);
    }
    const refused = await suggest();
    expect([refused.status, refused.limit?.reason]).toEqual([429, "suggestions"]);
    expect(refused.retryAfter).toBeGreaterThan(limits.suggestionsPerInterview.seconds - 60);
    expect(
      await db.outboxEmail.count({ where: { toAddress: recruiter.email, template: "interviewNeedsAnswer" } }),
    ).toBe(limits.suggestionsPerInterview.points);
  });

  it(`acts on ${limits.repliesPerInterview.points} emailed replies a day for one interview; the listener answers the next 450, to be sent again later`, async () => {
    const { application, token, candidate, recruiter } = await proposedInterview();
    const listener = await startInboundMailListener({
      port: 0,
      host: "127.0.0.1",
      domain: "reponses.test",
      onReply: (reply) => handleInterviewReply(reply, { now }),
    });
    const sender = nodemailer.createTransport({
      host: "127.0.0.1",
      port: listener.port,
      secure: false,
      ignoreTLS: true,
    });
    try {
      const send = () =>
        sender.sendMail({
          from: candidate.email,
          to: `rdv+${token}@reponses.test`,
          subject: "RE",
          text: "Je ne sais pas encore.",
        });
      for (let index = 0; index < limits.repliesPerInterview.points; index++) await send();
      const refusal = await send().catch((error: { responseCode?: number }) => error);
      expect((refusal as { responseCode?: number }).responseCode).toBe(450);
      expect(
        await db.applicationEvent.count({ where: { kind: "interviewReply", applicationId: application.id } }),
      ).toBe(limits.repliesPerInterview.points);
      expect(
        await db.outboxEmail.count({ where: { toAddress: recruiter.email, template: "interviewNeedsAnswer" } }),
      ).toBe(limits.repliesPerInterview.points);
    } finally {
      sender.close();
      await listener.close();
    }
  });
});

describe("limits shared by every process", () => {
  const pools: pg.Pool[] = [];
  afterAll(() => Promise.all(pools.map((pool) => pool.end())));
  function serverProcess() {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
    pools.push(pool);
    return createLimiters(pool);
  }

  it("counts one client's requests together whichever process answers them", async () => {
    const [first, second] = [serverProcess(), serverProcess()];
    const { points } = limits.signInEmailsPerClient;
    for (let index = 0; index < points; index++) {
      expect((await (index % 2 === 0 ? first : second).take("signInEmailsPerClient", "203.0.113.9")).ok).toBe(true);
    }
    expect((await first.take("signInEmailsPerClient", "203.0.113.9")).ok).toBe(false);
    expect((await second.take("signInEmailsPerClient", "203.0.113.9")).ok).toBe(false);
    expect((await second.take("signInEmailsPerClient", "203.0.113.10")).ok).toBe(true);
  });

  it("lets exactly the limit through when two processes take at the same moment", async () => {
    const [first, second] = [serverProcess(), serverProcess()];
    const { points } = limits.repliesPerInterview;
    const answers = await Promise.all(
      Array.from({ length: 3 * points }, (_, index) =>
        (index % 2 === 0 ? first : second).take("repliesPerInterview", "interview-race"),
      ),
    );
    expect(answers.filter((answer) => answer.ok)).toHaveLength(points);
  });

  it("forgets counts whose window has ended (a background round), and keeps the others", async () => {
    const limiters = serverProcess();
    await limiters.take("noAccountEmailsPerAddress", "hier@exemple.ca");
    await limiters.take("signInEmailsPerClient", "203.0.113.11");
    const rows = await db.rateLimit.findMany({ orderBy: { expire: "asc" } });
    expect(rows.map((row) => row.key).join(" ")).not.toMatch(/exemple|203\.0/);
    expect(await pruneExpiredLimits(new Date(Number(rows[0].expire) + 1))).toBe(1);
    expect(await db.rateLimit.count()).toBe(1);
  });
});
