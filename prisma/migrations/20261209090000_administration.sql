-- migrate:up
-- Platform administrators and the audit trail (issue 12, items 8 and 12). Administrators are granted from the command
-- line only. Audit entries can be added, never changed or deleted: the trigger below refuses UPDATE and DELETE, so
-- not even a bug in the app can rewrite the trail.
ALTER TABLE "User" ADD COLUMN "isAdministrator" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "employerId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");
CREATE INDEX "AuditEntry_subjectType_subjectId_idx" ON "AuditEntry"("subjectType", "subjectId");

CREATE FUNCTION audit_entry_is_permanent() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit entries are permanent' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEntry_permanent"
  BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_permanent();

-- migrate:down
DROP TABLE "AuditEntry";
DROP FUNCTION audit_entry_is_permanent();
ALTER TABLE "User" DROP COLUMN "isAdministrator";
