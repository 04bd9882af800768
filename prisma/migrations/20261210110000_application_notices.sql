-- migrate:up
-- Issue 13 item 11 (docs/decisions/0026-application-notices.md): each member chooses how they hear of new
-- applications ("each", "daily", "none"; null is the role's default: daily for an owner, none for a recruiter), the
-- daily digest's last day and the instant it covered up to (its conditional claim), and the dashboard's last visit.
ALTER TABLE "Membership" ADD COLUMN "applicationNotice" TEXT;
ALTER TABLE "Membership" ADD COLUMN "digestDay" TEXT;
ALTER TABLE "Membership" ADD COLUMN "digestUntil" TIMESTAMP(3);
ALTER TABLE "Membership" ADD COLUMN "lastSeenDashboardAt" TIMESTAMP(3);

-- migrate:down
ALTER TABLE "Membership" DROP COLUMN "lastSeenDashboardAt";
ALTER TABLE "Membership" DROP COLUMN "digestUntil";
ALTER TABLE "Membership" DROP COLUMN "digestDay";
ALTER TABLE "Membership" DROP COLUMN "applicationNotice";
