-- migrate:up
-- Retention and "who looked" (issue 12, points 5 and 6; docs/decisions/0019-retention-and-who-looked.md).

-- An account's last use, for the 3-year rule. Existing accounts count from this migration: nothing earlier is known
-- for sure (sessions are pruned once they end), and counting from now never deletes anyone early.
ALTER TABLE "User" ADD COLUMN "lastActiveAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "inactivityWarnedAt" TIMESTAMP(3);

-- An anonymised application stays in the employer's pipeline without its candidate: deleting a profile no longer
-- deletes the applications, it unlinks them.
ALTER TABLE "Application" ADD COLUMN "anonymisedAt" TIMESTAMP(3),
ADD COLUMN "anonymisedReason" TEXT,
ALTER COLUMN "candidateId" DROP NOT NULL;
ALTER TABLE "Application" DROP CONSTRAINT "Application_candidateId_fkey";
ALTER TABLE "Application" ADD CONSTRAINT "Application_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Who looked: at most one row per organisation, member, candidate, what and hour.
CREATE TABLE "ProfileView" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "memberId" TEXT,
    "candidateId" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "viewedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProfileView_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ProfileView_candidateId_viewedAt_idx" ON "ProfileView"("candidateId", "viewedAt");
CREATE INDEX "ProfileView_viewedAt_idx" ON "ProfileView"("viewedAt");
CREATE UNIQUE INDEX "ProfileView_employerId_memberId_candidateId_what_hour_key" ON "ProfileView"("employerId", "memberId", "candidateId", "what", "hour");

ALTER TABLE "ProfileView" ADD CONSTRAINT "ProfileView_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProfileView" ADD CONSTRAINT "ProfileView_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ProfileView" ADD CONSTRAINT "ProfileView_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down
-- Applications without a candidate cannot go back under a NOT NULL column: they are deleted.
DROP TABLE "ProfileView";
DELETE FROM "Application" WHERE "candidateId" IS NULL;
ALTER TABLE "Application" DROP CONSTRAINT "Application_candidateId_fkey";
ALTER TABLE "Application" ADD CONSTRAINT "Application_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Application" DROP COLUMN "anonymisedAt",
DROP COLUMN "anonymisedReason",
ALTER COLUMN "candidateId" SET NOT NULL;
ALTER TABLE "User" DROP COLUMN "lastActiveAt",
DROP COLUMN "inactivityWarnedAt";
