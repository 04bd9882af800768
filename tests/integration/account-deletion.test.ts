// Deleting an account (issue 12, point 4) through the real routes, the real outbox and a real SMTP server: what goes,
// what stays anonymised with the employer, who is told (the recruiter's CANCEL read back with ical.js), the owner's
// two ways out (hand over, close), and the races: two deletions at once, a hand-over racing a removal.
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createAlert } from "~/modules/candidates/alerts.server";
import { saveMission } from "~/modules/candidates/saved-missions.server";
import { smtpTransport } from "~/modules/email/transport.server";
import { deliverDueEmails } from "~/modules/email/worker.server";
import { pickSlotByToken, proposeInterview } from "~/modules/interviews/lifecycle.server";
import { applyToMission } from "~/modules/pipeline/applications.server";
import { addNote, saveReview } from "~/modules/pipeline/employer-pipeline.server";
import { transferOwnership } from "~/modules/employers/ownership.server";
import { deleteAccount } from "~/modules/privacy/account-deletion.server";
import { grantConsent } from "~/modules/consents/consents.server";
import { action as deleteAction, loader as deletePage } from "~/routes/account_.delete";
import { action as teamAction } from "~/routes/employer.team";
import { createCandidate, createEmployerWithMission, signedInRequest } from "../support/fixtures";
import { interviewSetup, proposal, readInvitation, tokenFromMail } from "../support/interviews";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";
import { thrown } from "../support/thrown";

const origin = "http://localhost:3000";
const DAY = 86_400_000;
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(() => {
  smtp.messages.length = 0;
});

async function deliverAll(now = new Date()) {
  const transport = smtpTransport(smtp.url);
  while ((await deliverDueEmails(transport, now)) > 0) {
    // until nothing is due
  }
}

const to = (address: string) => (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : [mail.to]).some((entry) => entry?.value.some((box) => box.address === address));

/** A form posted to the delete page by a browser signed in (with fresh proof) as this person. */
async function post(userId: string, fields: Record<string, string>, url = `${origin}/account/delete`) {
  return signedInRequest(userId, url, { method: "POST", body: new URLSearchParams(fields) });
}

async function bookInterview(
  employerId: string,
  recruiter: { id: string },
  applicationId: string,
  candidateEmail: string,
  startsAt: Date,
) {
  const actor = await db.user.findUniqueOrThrow({ where: { id: recruiter.id } });
  const proposed = await proposeInterview({
    employerId,
    actor,
    applicationId,
    proposal: proposal([{ startsAt }, { startsAt: new Date(startsAt.getTime() + DAY) }]),
  });
  if (!proposed.ok) throw new Error(`no proposal: ${proposed.reason}`);
  const row = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: candidateEmail, template: "interviewProposal" },
    orderBy: { createdAt: "desc" },
  });
  const booked = await pickSlotByToken(
    tokenFromMail({ text: row.text } as ParsedMail),
    1,
    { status: "proposed" },
    { via: "link" },
  );
  if (!booked.ok) throw new Error(`not booked: ${booked.reason}`);
  return proposed.interviewId;
}

describe("a candidate deletes their account", () => {
  it("erases the person in one go, keeps the applications anonymised with their notes, and tells the recruiter with a CANCEL", async () => {
    const { employer, mission, recruiter, candidate, application } = await interviewSetup({
      locale: "en",
      prefersPhone: true,
    });
    const profile = await db.candidateProfile.findUniqueOrThrow({ where: { userId: candidate.id } });
    // a second application, with a CV, whose interview is only proposed
    const { mission: other } = await createEmployerWithMission({ title: "Guide des expositions" });
    await db.mission.update({ where: { id: other.id }, data: { employerId: employer.id } });
    const withCv = await applyToMission({
      user: candidate,
      candidateId: profile.id,
      mission: { ...other, employer },
      message: "Je connais bien le fjord",
      cv: {
        bytes: new Uint8Array(Buffer.from("%PDF-1.7 cv")) as Uint8Array<ArrayBuffer>,
        contentType: "application/pdf",
        originalName: "cv.pdf",
      },
    });
    const cvFileId = withCv.cvFileId!;
    // another candidate on the same mission is not touched
    const neighbour = await createCandidate(`voisin-${Date.now()}@exemple.ca`);
    const neighbourApplication = await applyToMission({
      user: neighbour.user,
      candidateId: neighbour.profile.id,
      mission: { ...mission, employer },
      message: "Bonjour",
      cv: null,
    });

    const startsAt = new Date(Date.now() + 7 * DAY);
    const bookedId = await bookInterview(employer.id, recruiter, application.id, candidate.email, startsAt);
    const proposedInterview = await proposeInterview({
      employerId: employer.id,
      actor: recruiter,
      applicationId: withCv.id,
      proposal: proposal([{ startsAt: new Date(Date.now() + 9 * DAY) }, { startsAt: new Date(Date.now() + 10 * DAY) }]),
    });
    expect(proposedInterview.ok).toBe(true);
    await addNote(employer.id, recruiter, application.id, "Très chaleureuse au téléphone");
    await saveReview(employer.id, recruiter, application.id, {
      customerCare: 5,
      reliability: 5,
      languages: 4,
      teamwork: 4,
      recommendation: "strong-yes",
    });
    await saveMission(profile.id, mission.id);
    await createAlert(profile.id, "q=musee", "weekly");
    await db.$transaction((tx) => grantConsent(tx, candidate.id, "suggestions", "account"));
    await deliverAll();
    const invitation = readInvitation(
      await smtp.waitForMessage((mail) => to(recruiter.email)(mail) && mail.attachments.length > 0),
    );
    expect(invitation.method).toBe("REQUEST");
    expect(await db.outboxEmail.count({ where: { toAddress: candidate.email, status: "pending" } })).toBeGreaterThan(0); // the reminders
    smtp.messages.length = 0;

    // the page says what will happen, in plain numbers
    const page = (await deletePage({
      request: await signedInRequest(candidate.id, `${origin}/account/delete`),
      params: {},
      context: {},
    })) as Awaited<ReturnType<typeof deletePage>>;
    expect(page.owned).toBeNull();
    expect(page.deletion).toMatchObject({ kind: "candidate", applications: 2, interviews: 2 });

    const answer = await thrown(
      deleteAction({ request: await post(candidate.id, { intent: "delete", confirm: "on" }), params: {}, context: {} }),
    );
    expect(answer.status).toBe(302);
    expect(answer.headers.get("Location")).toBe("/account/deleted");
    expect(answer.headers.get("Set-Cookie")).toMatch(/Max-Age=0/i);

    // the person is gone, with everything that was theirs alone
    expect(await db.user.findUnique({ where: { id: candidate.id } })).toBeNull();
    expect(await db.candidateProfile.findUnique({ where: { id: profile.id } })).toBeNull();
    expect(await db.session.count({ where: { userId: candidate.id } })).toBe(0);
    expect(await db.savedMission.count({ where: { candidateId: profile.id } })).toBe(0);
    expect(await db.searchAlert.count({ where: { candidateId: profile.id } })).toBe(0);
    expect(await db.consent.count({ where: { userId: candidate.id } })).toBe(0);
    expect(await db.storedFile.findUnique({ where: { id: cvFileId } })).toBeNull();
    // one email to the former address: the confirmation, in their language; nothing else waits for them
    const toThem = await db.outboxEmail.findMany({
      where: { toAddress: { equals: candidate.email, mode: "insensitive" } },
    });
    expect(toThem.map((row) => [row.template, row.locale, row.status])).toEqual([["accountDeleted", "en", "pending"]]);
    // its links lead to the English privacy notice, not only its footer's
    expect(
      toThem[0].text.match(/http:\/\/chevronne\.test\/(?:en\/)?privacy/g)?.every((link) => link.includes("/en/")),
    ).toBe(true);

    // the applications stay with the employer, anonymised, their notes and ratings kept
    const kept = await db.application.findMany({
      where: { id: { in: [application.id, withCv.id] } },
      include: { reviews: true, events: true, interviews: true },
    });
    expect(kept).toHaveLength(2);
    for (const row of kept) {
      expect(row).toMatchObject({
        candidateId: null,
        message: "",
        cvFileId: null,
        contactSharedAt: null,
        anonymisedReason: "deleted-account",
      });
      expect(row.interviews.every((interview) => interview.status === "cancelled" && interview.callNumber === "")).toBe(
        true,
      );
    }
    const first = kept.find((row) => row.id === application.id)!;
    expect(first.reviews).toMatchObject([{ customerCare: 5, recommendation: "strong-yes" }]);
    expect(first.events.some((event) => event.kind === "note" && event.details.includes("Très chaleureuse"))).toBe(
      true,
    );
    expect(first.events.some((event) => event.actorId === candidate.id)).toBe(false);
    expect((await db.application.findUniqueOrThrow({ where: { id: neighbourApplication.id } })).candidateId).toBe(
      neighbour.profile.id,
    );

    const audit = await db.auditEntry.findMany({ where: { action: "account.deleted", subjectId: candidate.id } });
    expect(audit).toMatchObject([
      {
        actorId: candidate.id,
        actorRole: "candidate",
        subjectType: "user",
        details: { reason: "requested", anonymisedApplications: 2, cancelledInterviews: 2 },
      },
    ]);
    expect(JSON.stringify(audit)).not.toContain(candidate.email);

    // over SMTP: the recruiter's calendar drops the event (same UID, higher SEQUENCE), without the person's name
    await deliverAll();
    const recruiterMails = smtp.messages.filter(to(recruiter.email));
    const cancel = recruiterMails.find((mail) =>
      mail.attachments.some((file) => file.contentType === "text/calendar"),
    )!;
    const file = readInvitation(cancel);
    expect([file.method, file.partMethod, file.status]).toEqual(["CANCEL", "CANCEL", "CANCELLED"]);
    expect(file.uid).toBe(invitation.uid);
    expect(file.sequence).toBe(invitation.sequence + 1);
    expect((await db.interview.findUniqueOrThrow({ where: { id: bookedId } })).sequence).toBe(invitation.sequence + 1);
    expect(cancel.text).toContain("La personne a supprimé son compte Chevronné");
    const ics = cancel.attachments.find((part) => part.contentType === "text/calendar")!.content.toString("utf8");
    expect(ics).not.toContain(candidate.email);
    // the proposal still waiting is withdrawn too, and the recruiter told
    expect(
      recruiterMails.some((mail) => mail.text?.includes("« Guide des expositions » n’attend plus de réponse")),
    ).toBe(true);
    for (const mail of recruiterMails) expect(`${mail.subject} ${mail.text}`).not.toContain("Yvon Lapointe");
    // the person gets the confirmation, and only that
    const theirs = smtp.messages.filter(to(candidate.email));
    expect(theirs.map((mail) => mail.subject)).toEqual(["Your Chevronné account is deleted"]);
    expect(theirs[0].text).toContain("Your 2 applications stay with the employers, without your name");
    expect(theirs[0].text).toContain("Your 2 upcoming interviews are cancelled");
    // delivered, the confirmation keeps no trace of the address once trimmed; nothing more goes to it
    expect(await db.outboxEmail.count({ where: { toAddress: candidate.email, status: "pending" } })).toBe(0);
  });

  it("asks to tick the box first, saying so next to it, and deletes nothing", async () => {
    const { user } = await createCandidate(`hesite-${Date.now()}@exemple.ca`);
    const failure = await deleteAction({ request: await post(user.id, { intent: "delete" }), params: {}, context: {} });
    expect(failure).toMatchObject({
      intent: "delete",
      ok: false,
      errors: { confirm: "accountData.delete.errors.confirm" },
    });
    expect(await db.user.findUnique({ where: { id: user.id } })).not.toBeNull();
  });

  it("asks for fresh proof first, and comes back to the page", async () => {
    const { user } = await createCandidate(`ancien-${Date.now()}@exemple.ca`);
    const request = await post(user.id, { intent: "delete", confirm: "on" });
    await db.session.updateMany({ where: { userId: user.id }, data: { provedAt: new Date(Date.now() - 11 * 60_000) } });
    const answer = await thrown(deleteAction({ request, params: {}, context: {} }));
    expect(answer.headers.get("Location")).toBe(
      `/account/confirm?${new URLSearchParams({ returnTo: "/account/delete" })}`,
    );
    expect(await db.user.findUnique({ where: { id: user.id } })).not.toBeNull();
  });

  it("deletes once when two deletions arrive together: one confirmation, one audit entry", async () => {
    const { user } = await createCandidate(`double-${Date.now()}@exemple.ca`);
    // two browsers, signed in one after the other, then sending at the same moment
    const requests = [
      await post(user.id, { intent: "delete", confirm: "on" }),
      await post(user.id, { intent: "delete", confirm: "on" }),
    ];
    const answers = await Promise.all(
      requests.map((request) => thrown(deleteAction({ request, params: {}, context: {} }))),
    );
    const locations = answers.map((answer) => answer.headers.get("Location"));
    // the later one either finds the account gone ("deleted"), or arrives once its session went with it (sign in)
    expect(locations).toContain("/account/deleted");
    for (const location of locations)
      expect(["/account/deleted", `/signin?${new URLSearchParams({ redirectTo: "/account/delete" })}`]).toContain(
        location,
      );
    expect(await db.outboxEmail.count({ where: { toAddress: user.email, template: "accountDeleted" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "account.deleted", subjectId: user.id } })).toBe(1);
  });

  it("is what the retention round calls for an account unused for 3 years: the system acted, the email says why", async () => {
    const { user } = await createCandidate(`dormant-${Date.now()}@exemple.ca`);
    expect(await deleteAccount(user.id, "inactive")).toMatchObject({ outcome: "deleted" });
    expect(await deleteAccount(user.id, "inactive")).toEqual({ outcome: "gone" });
    expect(await db.auditEntry.findFirst({ where: { action: "account.deleted", subjectId: user.id } })).toMatchObject({
      actorId: null,
      actorRole: "system",
      details: { reason: "inactive" },
    });
    const email = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: user.email, template: "accountDeleted" },
    });
    expect(email.text).toContain("n’avait pas servi depuis 3 ans");
  });
});

describe("an employer member deletes their account", () => {
  it("a recruiter's own upcoming interview is cancelled and the candidate gets the CANCEL; their notes stay without their name", async () => {
    const { employer, recruiter: owner, candidate, application } = await interviewSetup();
    const recruiter = await db.user.create({
      data: {
        email: `marc-${Date.now()}@musee.example`,
        name: "Marc Côté",
        kind: "employer",
        memberships: { create: { employerId: employer.id, role: "recruiter" } },
      },
    });
    await bookInterview(employer.id, recruiter, application.id, candidate.email, new Date(Date.now() + 5 * DAY));
    await addNote(employer.id, recruiter, application.id, "Candidate solide");
    await deliverAll();
    const invitation = readInvitation(
      await smtp.waitForMessage((mail) => to(candidate.email)(mail) && mail.attachments.length > 0),
    );
    smtp.messages.length = 0;

    expect(
      await thrown(
        deleteAction({
          request: await post(recruiter.id, { intent: "delete", confirm: "on" }),
          params: {},
          context: {},
        }),
      ),
    ).toMatchObject({ status: 302 });
    expect(await db.membership.count({ where: { userId: recruiter.id } })).toBe(0);
    const note = await db.applicationEvent.findFirstOrThrow({ where: { applicationId: application.id, kind: "note" } });
    expect(note.actorId).toBeNull();
    expect(note.details).toContain("Candidate solide");
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).anonymisedAt).toBeNull();
    expect(await db.membership.count({ where: { userId: owner.id, role: "owner" } })).toBe(1);

    await deliverAll();
    const cancel = readInvitation(
      smtp.messages.filter(to(candidate.email)).find((mail) => mail.attachments.length > 0)!,
    );
    expect([cancel.method, cancel.uid, cancel.sequence]).toEqual(["CANCEL", invitation.uid, invitation.sequence + 1]);
    expect(smtp.messages.filter(to(recruiter.email)).map((mail) => mail.subject)).toEqual([
      "Votre compte Chevronné est supprimé",
    ]);
  });
});

describe("an organisation's owner", () => {
  async function teamOf(ownerLocale = "fr") {
    const setup = await interviewSetup();
    await db.user.update({ where: { id: setup.recruiter.id }, data: { locale: ownerLocale } });
    const member = await db.user.create({
      data: {
        email: `marc-${setup.employer.id}@musee.example`,
        name: "Marc Côté",
        kind: "employer",
        locale: "en",
        memberships: { create: { employerId: setup.employer.id, role: "recruiter" } },
      },
      include: { memberships: true },
    });
    return { ...setup, owner: setup.recruiter, member, membershipId: member.memberships[0].id };
  }

  it("cannot delete the account while owning the organisation: the page shows the two ways out instead", async () => {
    const { owner, member } = await teamOf();
    const answer = await thrown(
      deleteAction({ request: await post(owner.id, { intent: "delete", confirm: "on" }), params: {}, context: {} }),
    );
    expect(answer.headers.get("Location")).toBe("/account/delete");
    expect(await db.user.findUnique({ where: { id: owner.id } })).not.toBeNull();
    const page = (await deletePage({
      request: await signedInRequest(owner.id, `${origin}/account/delete`),
      params: {},
      context: {},
    })) as Awaited<ReturnType<typeof deletePage>>;
    expect(page.owned?.members).toEqual([expect.objectContaining({ name: "Marc Côté", email: member.email })]);
  });

  it("hands the organisation to another member, who is told in their language; then the former owner may leave", async () => {
    const { owner, member, membershipId, employer } = await teamOf();
    expect(
      await deleteAction({
        request: await post(owner.id, { intent: "transfer", employerId: employer.id }),
        params: {},
        context: {},
      }),
    ).toMatchObject({
      intent: "transfer",
      errors: { membershipId: "accountData.owner.errors.chooseMember" },
    });
    const answer = await thrown(
      deleteAction({
        request: await post(owner.id, { intent: "transfer", employerId: employer.id, membershipId }),
        params: {},
        context: {},
      }),
    );
    expect(answer.headers.get("Location")).toBe("/account/delete?done=transferred");
    expect(
      await db.membership.findMany({
        where: { employerId: employer.id },
        select: { userId: true, role: true },
        orderBy: { role: "asc" },
      }),
    ).toEqual(
      expect.arrayContaining([
        { userId: member.id, role: "owner" },
        { userId: owner.id, role: "recruiter" },
      ]),
    );
    const told = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: member.email, template: "ownershipReceived" },
    });
    expect(told.subject).toBe(`You now own ${employer.name} on Chevronné`);
    expect(
      await db.auditEntry.findFirst({
        where: { action: "organisation.ownership-transferred", subjectId: employer.id },
      }),
    ).toMatchObject({
      actorId: owner.id,
      actorRole: "owner",
      employerId: employer.id,
      details: { fromUserId: owner.id, toUserId: member.id },
    });
    expect(
      await thrown(
        deleteAction({ request: await post(owner.id, { intent: "delete", confirm: "on" }), params: {}, context: {} }),
      ),
    ).toMatchObject({ status: 302 });
    expect(await db.user.findUnique({ where: { id: owner.id } })).toBeNull();
    expect(await db.membership.count({ where: { employerId: employer.id, role: "owner" } })).toBe(1);
  });

  it("closes the organisation: its missions close, its interviews are cancelled with the candidates told, its members are told and removed", async () => {
    const { owner, member, employer, candidate, application } = await teamOf();
    const interview = await bookInterview(
      employer.id,
      owner,
      application.id,
      candidate.email,
      new Date(Date.now() + 4 * DAY),
    );
    await deliverAll();
    const invitation = readInvitation(
      await smtp.waitForMessage((mail) => to(candidate.email)(mail) && mail.attachments.length > 0),
    );
    smtp.messages.length = 0;

    expect(
      await deleteAction({
        request: await post(owner.id, { intent: "close", employerId: employer.id }),
        params: {},
        context: {},
      }),
    ).toMatchObject({
      errors: { confirmClose: "accountData.owner.errors.confirmClose" },
    });
    const answer = await thrown(
      deleteAction({
        request: await post(owner.id, { intent: "close", employerId: employer.id, confirmClose: "on" }),
        params: {},
        context: {},
      }),
    );
    expect(answer.headers.get("Location")).toBe("/account/delete?done=closed");
    expect((await db.employer.findUniqueOrThrow({ where: { id: employer.id } })).closedAt).not.toBeNull();
    expect(await db.mission.count({ where: { employerId: employer.id, status: { not: "closed" } } })).toBe(0);
    expect(await db.membership.count({ where: { employerId: employer.id } })).toBe(0);
    expect((await db.interview.findUniqueOrThrow({ where: { id: interview } })).status).toBe("cancelled");
    expect(
      await db.auditEntry.findFirst({ where: { action: "organisation.closed", subjectId: employer.id } }),
    ).toMatchObject({ actorId: owner.id, details: { toldMembers: 1, cancelledInterviews: 1 } });

    await deliverAll();
    expect(smtp.messages.filter(to(member.email)).map((mail) => mail.subject)).toEqual([
      `${employer.name} closed its space on Chevronné`,
    ]);
    const cancel = readInvitation(
      smtp.messages.filter(to(candidate.email)).find((mail) => mail.attachments.length > 0)!,
    );
    expect([cancel.method, cancel.uid, cancel.sequence]).toEqual(["CANCEL", invitation.uid, invitation.sequence + 1]);
    // no longer an owner: the account may go
    expect(
      await thrown(
        deleteAction({ request: await post(owner.id, { intent: "delete", confirm: "on" }), params: {}, context: {} }),
      ),
    ).toMatchObject({ status: 302 });
    expect(await db.user.findUnique({ where: { id: owner.id } })).toBeNull();
  });

  it("a hand-over racing the removal of the same member leaves exactly one owner, every time", async () => {
    for (let round = 0; round < 4; round++) {
      const { owner, member, membershipId, employer } = await teamOf();
      const transfer = await post(owner.id, { intent: "transfer", employerId: employer.id, membershipId });
      const removal = await signedInRequest(owner.id, `${origin}/employer/team`, {
        method: "POST",
        body: new URLSearchParams({ intent: "remove", membership: membershipId }),
      });
      const outcomes = await Promise.allSettled([
        deleteAction({ request: transfer, params: {}, context: {} }),
        teamAction({ request: removal, params: {}, context: {} }),
      ]);
      const members = await db.membership.findMany({
        where: { employerId: employer.id },
        select: { userId: true, role: true },
      });
      expect(
        members.filter((row) => row.role === "owner"),
        `round ${round}: ${JSON.stringify(outcomes)}`,
      ).toHaveLength(1);
      const memberRow = members.find((row) => row.userId === member.id);
      // either the hand-over won (the new owner cannot be removed as a recruiter) or the removal did (nothing handed over)
      if (memberRow) expect(memberRow.role).toBe("owner");
      else expect(members).toEqual([{ userId: owner.id, role: "owner" }]);
    }
  });

  it("a hand-over that reaches the member while their removal is being written waits for it, then changes nothing", async () => {
    const { owner, member, membershipId, employer } = await teamOf();
    // the removal has deleted the member's row and not committed yet when the hand-over starts
    let commitRemoval!: () => void;
    let removalWritten!: () => void;
    const written = new Promise<void>((resolve) => (removalWritten = resolve));
    const removal = db.$transaction(async (tx) => {
      await tx.membership.deleteMany({ where: { id: membershipId, employerId: employer.id, role: "recruiter" } });
      removalWritten();
      await new Promise<void>((resolve) => (commitRemoval = resolve));
    });
    await written;
    const handOver = transferOwnership({ owner, employerId: employer.id, membershipId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    commitRemoval();
    await removal;
    expect(await handOver).toBe("not-found");
    expect(
      await db.membership.findMany({ where: { employerId: employer.id }, select: { userId: true, role: true } }),
    ).toEqual([{ userId: owner.id, role: "owner" }]);
    expect(await db.user.findUnique({ where: { id: member.id } })).not.toBeNull();
  });

  it("a hand-over racing the new owner's own deletion never leaves the organisation without an owner", async () => {
    for (let round = 0; round < 3; round++) {
      const { owner, member, membershipId, employer } = await teamOf();
      const transfer = await post(owner.id, { intent: "transfer", employerId: employer.id, membershipId });
      const deletion = await post(member.id, { intent: "delete", confirm: "on" });
      await Promise.allSettled([
        deleteAction({ request: transfer, params: {}, context: {} }),
        deleteAction({ request: deletion, params: {}, context: {} }),
      ]);
      const owners = await db.membership.findMany({
        where: { employerId: employer.id, role: "owner" },
        select: { userId: true },
      });
      expect(owners, `round ${round}`).toHaveLength(1);
      // the member either left before the hand-over, or became the owner and was not deleted
      const memberStill = await db.user.findUnique({ where: { id: member.id } });
      expect(owners[0].userId).toBe(memberStill ? member.id : owner.id);
    }
  });
});
