-- migrate:up
-- Limits per client, address and interview (app/modules/security/limits.server.ts), counted by
-- rate-limiter-flexible in this one table so that every server process shares them. Made here, never by the
-- library at run time (it is given tableCreated: true). Column order matters: the library inserts by position.
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- expired counts are deleted by a background round
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");

-- migrate:down
DROP TABLE "RateLimit";
