// What the proposal form starts with: phone for a candidate who prefers it (with their number once they have shared
// it: modules/candidates/candidate-contact.ts), the mission's address otherwise, the recruiter's phone from their last
// proposal, and the recruiter's own time zone.
import { db } from "~/db.server";
import type { Application, CandidateProfile, Mission, User } from "~/generated/prisma/client";
import { readProfile } from "~/modules/candidates/profile";
import { timeZoneChoices } from "~/modules/i18n/time-zones";
import { contactForEmployer } from "~/modules/candidates/candidate-contact";

/** An application with its candidate, as employers/access.server.ts's findOwnLiveApplication gives it. */
type OwnApplication = Application & { mission: Mission; candidate: CandidateProfile & { user: User } };

export async function proposalDefaults(recruiter: User, application: OwnApplication) {
  const profile = readProfile(application.candidate);
  const prefersPhone = profile.contactPreference === "phone";
  const contact = contactForEmployer(application, { ...profile, email: application.candidate.user.email });
  const last = await db.interview.findFirst({
    where: { recruiterId: recruiter.id },
    orderBy: { createdAt: "desc" },
    select: { recruiterPhone: true },
  });
  const mission = application.mission;
  return {
    prefersPhone,
    format: prefersPhone ? "phone" : "in_person",
    callNumber: contact?.phone ?? "",
    address: [mission.address, mission.town].filter(Boolean).join(", "),
    recruiterPhone: last?.recruiterPhone ?? "",
    timeZone: (timeZoneChoices as readonly string[]).includes(recruiter.timeZone)
      ? recruiter.timeZone
      : timeZoneChoices[0],
  };
}
