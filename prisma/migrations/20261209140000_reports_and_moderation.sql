-- migrate:up
-- Reports and moderation (issue 12, item 10; docs/decisions/0021-reports-and-moderation.md): anyone may report a
-- mission or an organisation; an administrator unpublishes a mission with a reason (its status becomes
-- "unpublished"), or suspends an organisation or an account, and reinstates them.
ALTER TABLE "User" ADD COLUMN "suspendedAt" TIMESTAMP(3);
ALTER TABLE "User" ADD COLUMN "suspensionReason" TEXT;

ALTER TABLE "Employer" ADD COLUMN "suspendedAt" TIMESTAMP(3);
ALTER TABLE "Employer" ADD COLUMN "suspensionReason" TEXT;

ALTER TABLE "Mission" ADD COLUMN "moderationReason" TEXT;
ALTER TABLE "Mission" ADD COLUMN "moderatedAt" TIMESTAMP(3);

CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "missionId" TEXT,
    "employerId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "details" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT,
    "reporterId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'open',
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Report_status_createdAt_idx" ON "Report"("status", "createdAt");
CREATE INDEX "Report_missionId_idx" ON "Report"("missionId");
CREATE INDEX "Report_employerId_idx" ON "Report"("employerId");

ALTER TABLE "Report" ADD CONSTRAINT "Report_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Report" ADD CONSTRAINT "Report_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Report" ADD CONSTRAINT "Report_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Report" ADD CONSTRAINT "Report_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- migrate:down
DROP TABLE "Report";
ALTER TABLE "Mission" DROP COLUMN "moderatedAt";
ALTER TABLE "Mission" DROP COLUMN "moderationReason";
ALTER TABLE "Employer" DROP COLUMN "suspensionReason";
ALTER TABLE "Employer" DROP COLUMN "suspendedAt";
ALTER TABLE "User" DROP COLUMN "suspensionReason";
ALTER TABLE "User" DROP COLUMN "suspendedAt";
