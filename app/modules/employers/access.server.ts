// Every employer-side read and write goes through these: a record of another organisation is "not found"
// (404), exactly like a record that does not exist, so nothing leaks and nothing changes.
import { db } from "~/db.server";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { NotFoundError } from "~/modules/errors";
import { answering } from "~/modules/http/domain-errors.server";

export async function requireOwner(request: Request) {
  const member = await requireEmployerMember(request);
  return answering(async () => {
    if (member.membership.role !== "owner") throw new NotFoundError();
    return member;
  });
}

/** A mission of this organisation, for a route: 404 otherwise. */
export const findOwnMission = (employerId: string, missionId: string | undefined) =>
  answering(ownMission(employerId, missionId));

/** A mission of this organisation; NotFoundError otherwise. */
export async function ownMission(employerId: string, missionId: string | undefined) {
  const mission = await db.mission.findFirst({ where: { id: missionId ?? "", employerId } });
  if (!mission) throw new NotFoundError();
  return mission;
}

/** An application to one of this organisation's missions, for a route: 404 otherwise. */
export const findOwnApplication = (employerId: string, applicationId: string | undefined) =>
  answering(ownApplication(employerId, applicationId));

/** An application to one of this organisation's missions; NotFoundError otherwise. */
export async function ownApplication(employerId: string, applicationId: string | undefined) {
  const application = await db.application.findFirst({
    where: { id: applicationId ?? "", mission: { employerId } },
    include: { mission: true, candidate: { include: { user: true } } },
  });
  if (!application) throw new NotFoundError();
  return application;
}

/** An application of the organisation that still has its candidate; an anonymised one is "not found" here. */
export async function findOwnLiveApplication(employerId: string, applicationId: string | undefined) {
  return answering(async () => {
    const { candidate, ...application } = await ownApplication(employerId, applicationId);
    if (!candidate) throw new NotFoundError();
    return { ...application, candidate };
  });
}
