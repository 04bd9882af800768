-- migrate:up
-- Email through the relay's bad days and secrets that do not outlive their use (issue 11, items 8 and 9):
-- the outbox sends what someone is waiting for first (priority), keeps a sign-in code out of the subject it keeps
-- (fullSubject, erased with the body), and records when a body was erased (trimmedAt).
ALTER TABLE "OutboxEmail" ADD COLUMN "fullSubject" TEXT;
ALTER TABLE "OutboxEmail" ADD COLUMN "trimmedAt" TIMESTAMP(3);
ALTER TABLE "OutboxEmail" ADD COLUMN "priority" INTEGER NOT NULL DEFAULT 1;

-- emails already waiting take the priority sendEmail gives their template (app/modules/email/outbox.server.ts)
UPDATE "OutboxEmail" SET "priority" = 0 WHERE "status" = 'pending' AND ("template" IN ('signIn', 'noAccount') OR "template" LIKE 'interview%');
UPDATE "OutboxEmail" SET "priority" = 2 WHERE "status" = 'pending' AND "template" = 'searchAlert';

-- addresses that bounced for good: nothing more is sent to them until confirmed
CREATE TABLE "RefusedAddress" (
    "email" TEXT NOT NULL,
    "reply" TEXT NOT NULL,
    "refusedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RefusedAddress_pkey" PRIMARY KEY ("email")
);

-- one row while the relay refuses us: every process pauses sending
CREATE TABLE "MailRelayPause" (
    "id" TEXT NOT NULL,
    "since" TIMESTAMP(3) NOT NULL,
    "pausedUntil" TIMESTAMP(3) NOT NULL,
    "failedProbes" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT NOT NULL,

    CONSTRAINT "MailRelayPause_pkey" PRIMARY KEY ("id")
);

-- migrate:down
DROP TABLE "MailRelayPause";
DROP TABLE "RefusedAddress";
ALTER TABLE "OutboxEmail" DROP COLUMN "priority";
ALTER TABLE "OutboxEmail" DROP COLUMN "trimmedAt";
ALTER TABLE "OutboxEmail" DROP COLUMN "fullSubject";
