-- A log of mission changes, read by each server process to keep its in-memory search index current
-- (app/modules/missions/search-index.server.ts). missionRowid 0 means "the keyword index changed": every
-- process forgets its cached keyword matches.
CREATE TABLE "MissionChange" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "missionRowid" INTEGER NOT NULL
);

CREATE TRIGGER "Mission_change_insert" AFTER INSERT ON "Mission" BEGIN
  INSERT INTO "MissionChange" ("missionRowid") VALUES (new.rowid);
END;

CREATE TRIGGER "Mission_change_update" AFTER UPDATE ON "Mission" BEGIN
  INSERT INTO "MissionChange" ("missionRowid") VALUES (new.rowid);
END;

CREATE TRIGGER "Mission_change_delete" AFTER DELETE ON "Mission" BEGIN
  INSERT INTO "MissionChange" ("missionRowid") VALUES (old.rowid);
END;

CREATE TRIGGER "Employer_change_rename" AFTER UPDATE OF name ON "Employer" BEGIN
  INSERT INTO "MissionChange" ("missionRowid") VALUES (0);
END;
