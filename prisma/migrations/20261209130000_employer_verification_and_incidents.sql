-- migrate:up
-- Employers are verified, and the register of confidentiality incidents (issue 12, items 9 and 11;
-- docs/decisions/0020-administration.md).
-- Organisations that exist now were accepted before verification existed: they are verified (the column is added
-- with that default, which fills every existing row), then new rows wait for an administrator ("pending").
ALTER TABLE "Employer" ADD COLUMN "verificationStatus" TEXT NOT NULL DEFAULT 'verified';
ALTER TABLE "Employer" ALTER COLUMN "verificationStatus" SET DEFAULT 'pending';
ALTER TABLE "Employer" ADD COLUMN "verificationDecidedAt" TIMESTAMP(3);
ALTER TABLE "Employer" ADD COLUMN "verificationDecidedById" TEXT;
ALTER TABLE "Employer" ADD COLUMN "verificationRefusalReason" TEXT;

CREATE INDEX "Employer_verificationStatus_createdAt_idx" ON "Employer"("verificationStatus", "createdAt");

CREATE TABLE "ConfidentialityIncident" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "circumstances" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "discoveredOn" DATE NOT NULL,
    "informationKinds" TEXT[],
    "informationDetails" TEXT NOT NULL DEFAULT '',
    "peopleCount" INTEGER NOT NULL,
    "peopleDescription" TEXT NOT NULL,
    "seriousInjuryRisk" BOOLEAN NOT NULL,
    "riskAssessment" TEXT NOT NULL,
    "commissionNotifiedOn" DATE,
    "peopleNotifiedOn" DATE,
    "measures" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConfidentialityIncident_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ConfidentialityIncident_discoveredOn_idx" ON "ConfidentialityIncident"("discoveredOn");

-- migrate:down
DROP TABLE "ConfidentialityIncident";
DROP INDEX "Employer_verificationStatus_createdAt_idx";
ALTER TABLE "Employer" DROP COLUMN "verificationRefusalReason";
ALTER TABLE "Employer" DROP COLUMN "verificationDecidedById";
ALTER TABLE "Employer" DROP COLUMN "verificationDecidedAt";
ALTER TABLE "Employer" DROP COLUMN "verificationStatus";
