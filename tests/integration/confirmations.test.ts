// Destructive steps take a second step (issue 13, item 3): cancelling an interview (recruiter, candidate) and removing
// a team member. A form posted to the old one-click path changes nothing and leads to the confirmation page; the
// confirmation needs its own field; another organisation's interview or member is not found; two confirmations at
// once make one change and one email, read back over SMTP.
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { smtpTransport } from "~/modules/email/transport.server";
import { deliverDueEmails } from "~/modules/email/worker.server";
import { pickSlotByToken, proposeInterview } from "~/modules/interviews/lifecycle.server";
import { action as applicationAction } from "~/routes/employer.applications.$id";
import {
  action as recruiterCancelAction,
  loader as recruiterCancelLoader,
} from "~/routes/employer.applications.$id_.interview_.cancel";
import { action as interviewPageAction } from "~/routes/interviews.$token._index";
import { action as candidateCancelAction, loader as candidateCancelLoader } from "~/routes/interviews.$token.cancel";
import { action as teamAction } from "~/routes/employer.team";
import { action as removeAction, loader as removeLoader } from "~/routes/employer.team_.$id.remove";
import { signedInRequest } from "../support/fixtures";
import { interviewSetup, proposal, readInvitation, tokenFromMail } from "../support/interviews";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";
import { thrown } from "../support/thrown";

const DAY = 86_400_000;
const rules = { reminderHours: [24, 2], candidateRescheduleLimit: 2, rescheduleCutoffHours: 12 };
const base = "http://chevronne.test";
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(() => {
  smtp.messages.length = 0;
});

async function deliverAll() {
  const transport = smtpTransport(smtp.url);
  while ((await deliverDueEmails(transport, new Date())) > 0) {
    // until nothing is due
  }
}

const to = (address: string) => (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : [mail.to]).some((entry) => entry?.value.some((box) => box.address === address));

/** An interview proposed (and booked at slot 1 unless `book` is false) a few days from now. */
async function interviewAt(options: { book?: boolean; locale?: "fr" | "en" } = {}) {
  const setup = await interviewSetup({ locale: options.locale ?? "fr" });
  const now = new Date();
  const slots = [new Date(now.getTime() + 5 * DAY), new Date(now.getTime() + 6 * DAY)];
  const created = await proposeInterview({
    employerId: setup.employer.id,
    actor: setup.recruiter,
    applicationId: setup.application.id,
    proposal: proposal(slots.map((startsAt) => ({ startsAt }))),
    now,
  });
  if (!created.ok) throw new Error("not proposed");
  const row = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: setup.candidate.email, template: "interviewProposal" },
  });
  const token = tokenFromMail({ text: row.text } as ParsedMail);
  if (options.book !== false)
    expect(await pickSlotByToken(token, 1, { status: "proposed" }, { via: "link", now, rules })).toMatchObject({
      ok: true,
    });
  await db.outboxEmail.deleteMany({ where: { toAddress: { in: [setup.candidate.email, setup.recruiter.email] } } });
  return { ...setup, token, interviewId: created.interviewId };
}

const post = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "Content-Type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields),
});
const statusOf = async (id: string) => (await db.interview.findUniqueOrThrow({ where: { id } })).status;
const cancellations = (address: string) =>
  db.outboxEmail.count({ where: { toAddress: address, template: "interviewCancelled" } });

describe("the recruiter cancels an interview in two steps", () => {
  it("the old one-click form cancels nothing and leads to the confirmation page, which says what happens and who is told", async () => {
    const s = await interviewAt();
    const old = await thrown(
      applicationAction({
        request: await signedInRequest(
          s.recruiter.id,
          `${base}/employer/applications/${s.application.id}`,
          post({ intent: "interview-cancel", interview: s.interviewId, expected: "booked:0" }),
        ),
        params: { id: s.application.id },
        context: {},
      }),
    );
    expect(old.status).toBe(303);
    expect(old.headers.get("Location")).toBe(`/employer/applications/${s.application.id}/interview/cancel`);
    expect(await statusOf(s.interviewId)).toBe("booked");
    expect(await cancellations(s.candidate.email)).toBe(0);

    const url = `${base}/employer/applications/${s.application.id}/interview/cancel`;
    const page = await recruiterCancelLoader({
      request: await signedInRequest(s.recruiter.id, url),
      params: { id: s.application.id },
      context: {},
    });
    expect(page).toMatchObject({
      candidate: "Yvon Lapointe",
      interview: { id: s.interviewId, status: "booked", expected: "booked:0" },
    });
    expect(page.interview.when).toMatch(/à \d+ h/);

    // without the confirmation's own field: refused, nothing changed
    const bare = await thrown(
      recruiterCancelAction({
        request: await signedInRequest(s.recruiter.id, url, post({ interview: s.interviewId, expected: "booked:0" })),
        params: { id: s.application.id },
        context: {},
      }),
    );
    expect(bare.status).toBe(400);
    expect(await statusOf(s.interviewId)).toBe("booked");

    const done = await thrown(
      recruiterCancelAction({
        request: await signedInRequest(
          s.recruiter.id,
          url,
          post({ interview: s.interviewId, expected: "booked:0", confirm: "yes" }),
        ),
        params: { id: s.application.id },
        context: {},
      }),
    );
    expect(done.headers.get("Location")).toBe(
      `/employer/applications/${s.application.id}?saved=interview-cancelled#interview`,
    );
    expect(await statusOf(s.interviewId)).toBe("cancelled");
    // once cancelled, the confirmation page sends back to the application
    expect(
      (
        await thrown(
          recruiterCancelLoader({
            request: await signedInRequest(s.recruiter.id, url),
            params: { id: s.application.id },
            context: {},
          }),
        )
      ).status,
    ).toBe(302);
  });

  it("another organisation's application or interview: 404, nothing changed", async () => {
    const mine = await interviewAt();
    const theirs = await interviewAt();
    const url = `${base}/employer/applications/${theirs.application.id}/interview/cancel`;
    const asMine = async (init?: RequestInit) => signedInRequest(mine.recruiter.id, url, init);
    expect(
      (
        await thrown(
          recruiterCancelLoader({ request: await asMine(), params: { id: theirs.application.id }, context: {} }),
        )
      ).status,
    ).toBe(404);
    const fields = { interview: theirs.interviewId, expected: "booked:0", confirm: "yes" };
    expect(
      (
        await thrown(
          recruiterCancelAction({
            request: await asMine(post(fields)),
            params: { id: theirs.application.id },
            context: {},
          }),
        )
      ).status,
    ).toBe(404);
    // their interview id sent through my own application's page
    expect(
      (
        await thrown(
          recruiterCancelAction({
            request: await asMine(post(fields)),
            params: { id: mine.application.id },
            context: {},
          }),
        )
      ).status,
    ).toBe(404);
    expect(await statusOf(theirs.interviewId)).toBe("booked");
    expect(await statusOf(mine.interviewId)).toBe("booked");
    expect(await cancellations(theirs.candidate.email)).toBe(0);
  });

  it("two confirmations at once: one cancellation, one email to the candidate and one to the recruiter, each with one CANCEL", async () => {
    const s = await interviewAt();
    const url = `${base}/employer/applications/${s.application.id}/interview/cancel`;
    const confirm = async () =>
      thrown(
        recruiterCancelAction({
          request: await signedInRequest(
            s.recruiter.id,
            url,
            post({ interview: s.interviewId, expected: "booked:0", confirm: "yes" }),
          ),
          params: { id: s.application.id },
          context: {},
        }),
      );
    const answers = await Promise.all([confirm(), confirm()]);
    const said = (saved: string) => `/employer/applications/${s.application.id}?saved=${saved}#interview`;
    const locations = answers.map((answer) => answer.headers.get("Location") ?? "");
    // one cancels; the other lost the conditional update ("changed"), or read the interview once it was cancelled
    expect(locations).toContain(said("interview-cancelled"));
    for (const location of locations)
      expect([said("interview-cancelled"), said("interview-changed")]).toContain(location);
    expect(await cancellations(s.candidate.email)).toBe(1);
    expect(await cancellations(s.recruiter.email)).toBe(1);
    await deliverAll();
    const mails = smtp.messages.filter(to(s.candidate.email));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/annulée/i);
    expect(readInvitation(mails[0]).method).toBe("CANCEL");
    expect(smtp.messages.filter(to(s.recruiter.email))).toHaveLength(1);
  });

  it("a proposal not yet booked: the page says the times will be withdrawn, and the candidate alone is emailed", async () => {
    const s = await interviewAt({ book: false });
    const url = `${base}/employer/applications/${s.application.id}/interview/cancel`;
    const page = await recruiterCancelLoader({
      request: await signedInRequest(s.recruiter.id, url),
      params: { id: s.application.id },
      context: {},
    });
    expect(page.interview).toMatchObject({ status: "proposed", expected: "proposed", when: null });
    await thrown(
      recruiterCancelAction({
        request: await signedInRequest(
          s.recruiter.id,
          url,
          post({ interview: s.interviewId, expected: "proposed", confirm: "yes" }),
        ),
        params: { id: s.application.id },
        context: {},
      }),
    );
    expect(await statusOf(s.interviewId)).toBe("cancelled");
    expect(await cancellations(s.candidate.email)).toBe(1);
    expect(await cancellations(s.recruiter.email)).toBe(0);
  });
});

describe("the candidate cancels an interview in two steps", () => {
  it("the old form on the interview's page cancels nothing; the confirmation needs its field; then one cancellation", async () => {
    const s = await interviewAt();
    const old = await thrown(
      interviewPageAction({
        request: new Request(`${base}/interviews/${s.token}`, post({ expected: "booked:0" })),
        params: { token: s.token },
        context: {},
      }),
    );
    expect(old.status).toBe(303);
    expect(old.headers.get("Location")).toBe(`/interviews/${s.token}/cancel`);
    expect(await statusOf(s.interviewId)).toBe("booked");

    const url = `${base}/interviews/${s.token}/cancel`;
    const page = await candidateCancelLoader({ request: new Request(url), params: { token: s.token }, context: {} });
    expect(page).toMatchObject({ expected: "booked:0", recruiter: "Nadia Roy", mission: "Accueil au musée" });
    expect(
      (
        await thrown(
          candidateCancelAction({
            request: new Request(url, post({ expected: "booked:0" })),
            params: { token: s.token },
            context: {},
          }),
        )
      ).status,
    ).toBe(400);
    expect(await statusOf(s.interviewId)).toBe("booked");

    const confirm = () =>
      thrown(
        candidateCancelAction({
          request: new Request(url, post({ expected: "booked:0", confirm: "yes" })),
          params: { token: s.token },
          context: {},
        }),
      );
    const answers = await Promise.all([confirm(), confirm()]);
    const locations = answers.map((answer) => answer.headers.get("Location"));
    // one cancels; the other lost the conditional update ("changed"), or read the interview once it was cancelled
    expect(locations).toContain(`/interviews/${s.token}?done=cancelled`);
    for (const location of locations)
      expect([`/interviews/${s.token}?done=cancelled`, `/interviews/${s.token}?done=changed`]).toContain(location);
    expect(await statusOf(s.interviewId)).toBe("cancelled");
    await deliverAll();
    const toRecruiter = smtp.messages.filter(to(s.recruiter.email));
    expect(toRecruiter).toHaveLength(1);
    expect(readInvitation(toRecruiter[0]).method).toBe("CANCEL");
    expect(smtp.messages.filter(to(s.candidate.email))).toHaveLength(1);
  });

  it("an unknown token: 404", async () => {
    const token = "0".repeat(40);
    expect(
      (
        await thrown(
          candidateCancelLoader({
            request: new Request(`${base}/interviews/${token}/cancel`),
            params: { token },
            context: {},
          }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await thrown(
          candidateCancelAction({
            request: new Request(`${base}/interviews/${token}/cancel`, post({ expected: "booked:0", confirm: "yes" })),
            params: { token },
            context: {},
          }),
        )
      ).status,
    ).toBe(404);
  });
});

describe("the owner removes a team member in two steps", () => {
  async function teamWithRecruiter() {
    const s = await interviewSetup();
    const member = await db.user.create({
      data: {
        email: `marc-${s.employer.id}@musee.example`,
        name: "Marc Gagnon",
        kind: "employer",
        memberships: { create: { employerId: s.employer.id, role: "recruiter" } },
      },
      include: { memberships: true },
    });
    return { ...s, member, membershipId: member.memberships[0].id };
  }

  it("the old one-click form removes nobody; the page says what happens; the confirmation needs its field", async () => {
    const s = await teamWithRecruiter();
    const old = await thrown(
      teamAction({
        request: await signedInRequest(
          s.recruiter.id,
          `${base}/employer/team`,
          post({ intent: "remove", membership: s.membershipId }),
        ),
        params: {},
        context: {},
      }),
    );
    expect(old.status).toBe(303);
    expect(old.headers.get("Location")).toBe(`/employer/team/${s.membershipId}/remove`);
    expect(await db.membership.count({ where: { id: s.membershipId } })).toBe(1);

    const url = `${base}/employer/team/${s.membershipId}/remove`;
    const page = await removeLoader({
      request: await signedInRequest(s.recruiter.id, url),
      params: { id: s.membershipId },
      context: {},
    });
    expect(page.member).toMatchObject({ name: "Marc Gagnon", email: s.member.email, upcomingInterviews: 0 });
    expect(
      (
        await thrown(
          removeAction({
            request: await signedInRequest(s.recruiter.id, url, post({})),
            params: { id: s.membershipId },
            context: {},
          }),
        )
      ).status,
    ).toBe(400);
    expect(await db.membership.count({ where: { id: s.membershipId } })).toBe(1);

    // two confirmations at once: one removal, the other is told the member is no longer there
    const confirm = async () =>
      thrown(
        removeAction({
          request: await signedInRequest(s.recruiter.id, url, post({ confirm: "yes" })),
          params: { id: s.membershipId },
          context: {},
        }),
      );
    const answers = await Promise.all([confirm(), confirm()]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([302, 404]);
    expect(await db.membership.count({ where: { id: s.membershipId } })).toBe(0);
  });

  it("another organisation's member, or the owner: 404, nothing changed", async () => {
    const mine = await teamWithRecruiter();
    const theirs = await teamWithRecruiter();
    const ownerMembership = await db.membership.findFirstOrThrow({
      where: { employerId: mine.employer.id, role: "owner" },
    });
    for (const id of [theirs.membershipId, ownerMembership.id]) {
      const url = `${base}/employer/team/${id}/remove`;
      expect(
        (
          await thrown(
            removeLoader({ request: await signedInRequest(mine.recruiter.id, url), params: { id }, context: {} }),
          )
        ).status,
      ).toBe(404);
      expect(
        (
          await thrown(
            removeAction({
              request: await signedInRequest(mine.recruiter.id, url, post({ confirm: "yes" })),
              params: { id },
              context: {},
            }),
          )
        ).status,
      ).toBe(404);
      expect(
        (
          await thrown(
            teamAction({
              request: await signedInRequest(
                mine.recruiter.id,
                `${base}/employer/team`,
                post({ intent: "remove", membership: id }),
              ),
              params: {},
              context: {},
            }),
          )
        ).status,
      ).toBe(404);
    }
    expect(await db.membership.count({ where: { id: { in: [theirs.membershipId, ownerMembership.id] } } })).toBe(2);
  });

  it("counts the member's upcoming interviews in this organisation", async () => {
    const s = await interviewAt();
    const member = await db.user.create({
      data: {
        email: `lea-${s.employer.id}@musee.example`,
        name: "Léa Côté",
        kind: "employer",
        memberships: { create: { employerId: s.employer.id, role: "recruiter" } },
      },
      include: { memberships: true },
    });
    await db.interview.update({ where: { id: s.interviewId }, data: { recruiterId: member.id } });
    const id = member.memberships[0].id;
    const page = await removeLoader({
      request: await signedInRequest(s.recruiter.id, `${base}/employer/team/${id}/remove`),
      params: { id },
      context: {},
    });
    expect(page.member.upcomingInterviews).toBe(1);
  });
});
