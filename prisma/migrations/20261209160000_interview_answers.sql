-- migrate:up
-- Interviews, issue 13 (docs/decisions/0007-interviews.md, "Issue 13"): the recruiter's own reply address, whose
-- token only its hash is kept, and no double booking of a recruiter.
ALTER TABLE "Interview" ADD COLUMN "recruiterTokenHash" TEXT;
CREATE UNIQUE INDEX "Interview_recruiterTokenHash_key" ON "Interview"("recruiterTokenHash");

-- Two booked interviews of the same recruiter never overlap (back to back is fine: ranges are [start, end)). Of two
-- candidates booking the same time at once, the second fails here and is offered the times still free.
-- btree_gist lets a GiST exclusion constraint compare the recruiter's id with "=".
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_no_double_booking"
  EXCLUDE USING gist ("recruiterId" WITH =, tsrange("startsAt", "endsAt") WITH &&) WHERE (status = 'booked');

-- migrate:down
ALTER TABLE "Interview" DROP CONSTRAINT "Interview_no_double_booking";
DROP EXTENSION IF EXISTS btree_gist;
DROP INDEX "Interview_recruiterTokenHash_key";
ALTER TABLE "Interview" DROP COLUMN "recruiterTokenHash";
