// Suggested candidates for a mission: only people who hold the "suggestions" consent at this moment (a withdrawal
// takes them off every list at once), ranked by the matching module with the reasons a recruiter reads; and the
// invitation to apply, sent once per mission and person.
import { db, violatesUnique } from "~/db.server";
import type { User } from "~/generated/prisma/client";
import { profileForMatching, readProfile } from "~/modules/candidates/profile";
import { rankCandidates } from "~/modules/matching";
import { missionForMatching, readMission } from "~/modules/missions/mission.server";
import { sendCandidateEmail } from "~/modules/pipeline/candidate-emails.server";
import { localeOr } from "~/modules/i18n/locales";
import { publicPageUrl } from "~/modules/i18n/public-page-url.server";
import { holdConsent, whoConsentTo } from "~/modules/consents/consents.server";

/** The most recently updated visible profiles considered; ranking reads them all in memory. */
const maxProfiles = 2000;

export async function suggestCandidates(employerId: string, missionId: string, limit = 20) {
  const row = await db.mission.findFirst({ where: { id: missionId, employerId }, include: { employer: true } });
  if (!row) return null;
  const mission = readMission(row);
  // an organisation nobody has verified yet cannot browse candidates' profiles (app/modules/administration/verification.server.ts)
  if (row.employer.verificationStatus !== "verified") return { mission, ranked: [] };
  const [profiles, applied, invited] = await Promise.all([
    db.candidateProfile.findMany({
      where: { user: { ...whoConsentTo("suggestions"), suspendedAt: null } },
      include: { user: true },
      orderBy: { updatedAt: "desc" },
      take: maxProfiles,
    }),
    db.application.findMany({ where: { missionId }, select: { candidateId: true } }),
    db.applyInvitation.findMany({ where: { missionId }, select: { candidateId: true } }),
  ]);
  const appliedIds = new Set(applied.map((application) => application.candidateId));
  const invitedIds = new Set(invited.map((invitation) => invitation.candidateId));
  const items = profiles
    .filter((profile) => !appliedIds.has(profile.id))
    .map((profile) => ({ profile, match: profileForMatching(readProfile(profile)) }));
  return {
    mission,
    ranked: rankCandidates(missionForMatching(mission), items)
      .slice(0, limit)
      .map(({ profile, result }) => ({ profile, result, invited: invitedIds.has(profile.id) })),
  };
}

/**
 * Emails the invitation to apply; false when this person was already invited (the unique index answers two
 * recruiters inviting at the same moment), does not (or no longer) agree to be suggested, or the mission is not open.
 */
export async function inviteToApply(employerId: string, actor: User, missionId: string, candidateId: string) {
  return db
    .$transaction(async (tx) => {
      const mission = await tx.mission.findFirst({
        where: { id: missionId, employerId, status: "published" },
        include: { employer: true },
      });
      const candidate = await tx.candidateProfile.findFirst({ where: { id: candidateId }, include: { user: true } });
      // held until the invitation to apply is written: a withdrawal at the same moment waits, or is seen and nothing is sent
      if (!mission || !candidate || !(await holdConsent(tx, candidate.userId, "suggestions"))) return false;
      await tx.applyInvitation.create({ data: { missionId, candidateId, invitedById: actor.id } });
      await sendCandidateEmail(tx, {
        kind: "invite-to-apply",
        employerId,
        to: { email: candidate.user.email, name: candidate.user.name, locale: candidate.user.locale },
        fields: { candidate: candidate.user.name, mission: mission.title, employer: mission.employer.name },
        link: publicPageUrl(`/missions/${mission.id}`, localeOr(candidate.user.locale)),
      });
      return true;
    })
    .catch((error: unknown) => {
      if (violatesUnique(error, "ApplyInvitation_missionId_candidateId_key")) return false;
      throw error;
    });
}
