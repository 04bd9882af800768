-- migrate:up
-- Sensitive changes need fresh proof (issue 11, item 2; docs/decisions/0015-sessions.md): when the session last proved
-- who is there, codes emailed to prove it (or to confirm a new address), and notices of changes with their
-- "this was not me" token.
ALTER TABLE "Session" ADD COLUMN "provedAt" TIMESTAMP(3);

CREATE TABLE "ProofCode" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "failedTries" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProofCode_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SecurityNotice" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "previousEmail" TEXT,
    "newEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "SecurityNotice_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ProofCode_sessionId_createdAt_idx" ON "ProofCode"("sessionId", "createdAt");
CREATE UNIQUE INDEX "SecurityNotice_tokenHash_key" ON "SecurityNotice"("tokenHash");
CREATE INDEX "SecurityNotice_userId_idx" ON "SecurityNotice"("userId");
CREATE INDEX "SecurityNotice_expiresAt_idx" ON "SecurityNotice"("expiresAt");

ALTER TABLE "ProofCode" ADD CONSTRAINT "ProofCode_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SecurityNotice" ADD CONSTRAINT "SecurityNotice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down
DROP TABLE "SecurityNotice";
DROP TABLE "ProofCode";
ALTER TABLE "Session" DROP COLUMN "provedAt";
