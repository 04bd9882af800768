// Reading an interview with everything its pages and emails need, for the two kinds of people who may see it:
// the candidate holding its token, and members of the organisation whose mission it is (anyone else: 404).
import { db, type Tx } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { NotFoundError } from "~/modules/errors";
import { interviewTokenHash } from "./token.server";

export const interviewContextInclude = {
  slots: { orderBy: { position: "asc" } },
  recruiter: true,
  application: { include: { candidate: { include: { user: true } }, mission: { include: { employer: true } } } },
} satisfies Prisma.InterviewInclude;

type LoadedInterview = Prisma.InterviewGetPayload<{ include: typeof interviewContextInclude }>;

/** An interview whose application still has its candidate: one of an anonymised application has nobody to act for. */
export type InterviewContext = LoadedInterview & {
  application: { candidate: NonNullable<LoadedInterview["application"]["candidate"]> };
};

function withCandidate(interview: LoadedInterview | null): InterviewContext | null {
  return interview?.application.candidate ? (interview as InterviewContext) : null;
}

export async function findInterviewByToken(
  token: string | undefined,
  client: Tx = db,
): Promise<InterviewContext | null> {
  if (!token || !/^[a-f0-9]{40}$/.test(token)) return null;
  return withCandidate(
    await client.interview.findUnique({
      where: { tokenHash: interviewTokenHash(token) },
      include: interviewContextInclude,
    }),
  );
}

/**
 * The interview an rdv+<token> address belongs to, and whose address it is: the candidate's (every email they get)
 * or the recruiter's (ORGANIZER of the recruiter's copy of the invitation).
 */
export async function findInterviewByReplyToken(
  token: string,
): Promise<{ ctx: InterviewContext; side: "candidate" | "recruiter" } | null> {
  const asCandidate = await findInterviewByToken(token);
  if (asCandidate) return { ctx: asCandidate, side: "candidate" };
  if (!/^[a-f0-9]{40}$/.test(token)) return null;
  const asRecruiter = withCandidate(
    await db.interview.findUnique({
      where: { recruiterTokenHash: interviewTokenHash(token) },
      include: interviewContextInclude,
    }),
  );
  return asRecruiter ? { ctx: asRecruiter, side: "recruiter" } : null;
}

export async function findOwnInterview(
  employerId: string,
  interviewId: string | undefined,
  client: Tx = db,
): Promise<InterviewContext> {
  const interview = withCandidate(
    await client.interview.findFirst({
      where: { id: interviewId ?? "", application: { mission: { employerId } } },
      include: interviewContextInclude,
    }),
  );
  if (!interview) throw new NotFoundError();
  return interview;
}

/** The interview `id` read again inside a change's transaction (it was found with its candidate moments before). */
export async function reloadInterview(client: Tx, id: string): Promise<InterviewContext> {
  const interview = withCandidate(
    await client.interview.findUniqueOrThrow({ where: { id }, include: interviewContextInclude }),
  );
  if (!interview) throw new Error(`interview ${id} lost its candidate`);
  return interview;
}

/** An interview still to pick or to attend: one at a time per application. */
export const openInterviewStatuses = ["proposed", "booked"] as const;

/** Whether the application has an interview still proposed or booked (one at a time). */
export async function hasOpenInterview(applicationId: string, client: Tx = db): Promise<boolean> {
  return (await client.interview.count({ where: { applicationId, status: { in: [...openInterviewStatuses] } } })) > 0;
}

/** The most recent interview of an application, whatever its state (for the recruiter's panel). */
export function findLatestInterview(applicationId: string, client: Tx = db) {
  return client.interview.findFirst({
    where: { applicationId },
    include: { slots: { orderBy: { position: "asc" } } },
    orderBy: { createdAt: "desc" },
  });
}
