-- migrate:up
-- Sessions end after a while without activity (issue 11, item 7; docs/decisions/0015-sessions.md): the last request
-- seen, and the browser named on the account page. expiresAt becomes the end if nothing more happens.
ALTER TABLE "Session" ADD COLUMN "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "Session" ADD COLUMN "userAgent" TEXT NOT NULL DEFAULT '';

-- sessions open before this change get the shortest idle limit from now; the next request extends a candidate's
UPDATE "Session" SET "expiresAt" = LEAST("expiresAt", CURRENT_TIMESTAMP + INTERVAL '2 hours');

CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- what someone typed in a form sent after their session ended, given back once they sign in again
CREATE TABLE "FormDraft" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "fields" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FormDraft_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "FormDraft_tokenHash_key" ON "FormDraft"("tokenHash");
CREATE INDEX "FormDraft_userId_idx" ON "FormDraft"("userId");
CREATE INDEX "FormDraft_expiresAt_idx" ON "FormDraft"("expiresAt");

ALTER TABLE "FormDraft" ADD CONSTRAINT "FormDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down
DROP TABLE "FormDraft";
DROP INDEX "Session_expiresAt_idx";
ALTER TABLE "Session" DROP COLUMN "userAgent";
ALTER TABLE "Session" DROP COLUMN "lastSeenAt";
