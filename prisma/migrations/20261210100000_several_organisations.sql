-- migrate:up
-- Several organisations, issue 13 item 12 (docs/decisions/0025-several-organisations.md): each session remembers the
-- organisation its browser works in. It is not tied to the membership, so a removed recruiter is told which team they
-- left; it empties only when the organisation itself is deleted.
ALTER TABLE "Session" ADD COLUMN "currentEmployerId" TEXT;
CREATE INDEX "Session_currentEmployerId_idx" ON "Session"("currentEmployerId");
ALTER TABLE "Session" ADD CONSTRAINT "Session_currentEmployerId_fkey" FOREIGN KEY ("currentEmployerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- migrate:down
ALTER TABLE "Session" DROP CONSTRAINT "Session_currentEmployerId_fkey";
DROP INDEX "Session_currentEmployerId_idx";
ALTER TABLE "Session" DROP COLUMN "currentEmployerId";
