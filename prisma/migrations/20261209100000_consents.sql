-- migrate:up
-- Consents per purpose (issue 12, item 1; docs/decisions/0017-consents-and-privacy-page.md): what a person agreed to
-- ("suggestions", "keep-cv", "email-news"), the history of each grant and withdrawal, and the choices ticked on the
-- sign-up form until the address is confirmed. "Visible to employers" becomes the "suggestions" consent: one source.
CREATE TABLE "Consent" (
    "userId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("userId","purpose")
);

CREATE TABLE "ConsentChange" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentChange_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Consent_purpose_idx" ON "Consent"("purpose");
CREATE INDEX "ConsentChange_userId_createdAt_idx" ON "ConsentChange"("userId", "createdAt");

ALTER TABLE "Consent" ADD CONSTRAINT "Consent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ConsentChange" ADD CONSTRAINT "ConsentChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "SignInChallenge" ADD COLUMN "signupConsents" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- A profile made visible on the profile's contact step was a consent to be suggested, given on the profile: it is
-- carried over, dated from the profile's last save (the exact moment was not recorded before).
INSERT INTO "Consent" ("userId", "purpose", "grantedAt")
SELECT "userId", 'suggestions', "updatedAt" FROM "CandidateProfile" WHERE "visibleToEmployers";
INSERT INTO "ConsentChange" ("id", "userId", "purpose", "granted", "source", "createdAt")
SELECT 'migrated-' || "id", "userId", 'suggestions', true, 'profile', "updatedAt" FROM "CandidateProfile" WHERE "visibleToEmployers";

ALTER TABLE "CandidateProfile" DROP COLUMN "visibleToEmployers";

-- migrate:down
ALTER TABLE "CandidateProfile" ADD COLUMN "visibleToEmployers" BOOLEAN NOT NULL DEFAULT false;
UPDATE "CandidateProfile" AS p SET "visibleToEmployers" = true
WHERE EXISTS (SELECT 1 FROM "Consent" c WHERE c."userId" = p."userId" AND c."purpose" = 'suggestions');
ALTER TABLE "SignInChallenge" DROP COLUMN "signupConsents";
DROP TABLE "ConsentChange";
DROP TABLE "Consent";
