-- migrate:up
-- Rules that must hold however many server processes write at once are constraints, not "check, then write".
-- One interview still to pick or to attend per application (openInterviewStatuses in
-- app/modules/interviews/context.server.ts): of two proposals racing, the second fails here.
CREATE UNIQUE INDEX "Interview_one_open_per_application" ON "Interview"("applicationId") WHERE status IN ('proposed', 'booked');

-- migrate:down
DROP INDEX "Interview_one_open_per_application";
