-- migrate:up
-- First-use fixes, issue 13 item 7 (docs/decisions/0022-first-use-fixes.md): an email people can stop in one click
-- (a search alert) carries its unsubscribe address, sent as List-Unsubscribe with List-Unsubscribe-Post (RFC 8058).
ALTER TABLE "OutboxEmail" ADD COLUMN "listUnsubscribeUrl" TEXT;

-- migrate:down
ALTER TABLE "OutboxEmail" DROP COLUMN "listUnsubscribeUrl";
