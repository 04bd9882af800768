// Every employer-side read and write goes through these: a record of another organisation is "not found"
// (404), exactly like a record that does not exist, so nothing leaks and nothing changes.
import { db } from "~/db.server";
import { requireEmployerMember } from "~/modules/auth/session.server";

export const notFound = () => new Response("Not found", { status: 404 });

export async function requireOwner(request: Request) {
  const member = await requireEmployerMember(request);
  if (member.membership.role !== "owner") throw notFound();
  return member;
}

export async function findOwnMission(employerId: string, missionId: string | undefined) {
  const mission = await db.mission.findFirst({ where: { id: missionId ?? "", employerId } });
  if (!mission) throw notFound();
  return mission;
}

export async function findOwnApplication(employerId: string, applicationId: string | undefined) {
  const application = await db.application.findFirst({
    where: { id: applicationId ?? "", mission: { employerId } },
    include: { mission: true, candidate: { include: { user: true } } },
  });
  if (!application) throw notFound();
  return application;
}

/** An application of the organisation that still has its candidate; an anonymised one is "not found" here. */
export async function findOwnLiveApplication(employerId: string, applicationId: string | undefined) {
  const { candidate, ...application } = await findOwnApplication(employerId, applicationId);
  if (!candidate) throw notFound();
  return { ...application, candidate };
}
