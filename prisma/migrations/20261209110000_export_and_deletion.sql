-- migrate:up
-- Deleting an account (issue 12, point 4; docs/decisions/0018-export-and-deletion.md): an owner who leaves may close
-- the organisation. It is kept, closed, so that the applications it received stay as long as retention allows.
ALTER TABLE "Employer" ADD COLUMN "closedAt" TIMESTAMP(3);

-- migrate:down
ALTER TABLE "Employer" DROP COLUMN "closedAt";
