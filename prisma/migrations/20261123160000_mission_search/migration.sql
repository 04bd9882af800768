-- Full-text search over missions: title, summary, description and the employer's name, accents folded so that
-- "ecole" finds "école". The index's rowid is the Mission row's rowid; triggers keep it in sync with every change.
-- Written by hand: Prisma does not model virtual tables. After a VACUUM (which may renumber rowids), rebuild it
-- with rebuildMissionSearch() from app/modules/missions/search.server.ts.
CREATE VIRTUAL TABLE "MissionSearch" USING fts5(
  title,
  summary,
  description,
  employer_name,
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO "MissionSearch" (rowid, title, summary, description, employer_name)
SELECT m.rowid, m.title, m.summary, m.description, e.name FROM "Mission" m JOIN "Employer" e ON e.id = m.employerId;

CREATE TRIGGER "Mission_search_insert" AFTER INSERT ON "Mission" BEGIN
  INSERT INTO "MissionSearch" (rowid, title, summary, description, employer_name)
  VALUES (new.rowid, new.title, new.summary, new.description, (SELECT name FROM "Employer" WHERE id = new.employerId));
END;

CREATE TRIGGER "Mission_search_update" AFTER UPDATE OF title, summary, description, employerId ON "Mission" BEGIN
  DELETE FROM "MissionSearch" WHERE rowid = old.rowid;
  INSERT INTO "MissionSearch" (rowid, title, summary, description, employer_name)
  VALUES (new.rowid, new.title, new.summary, new.description, (SELECT name FROM "Employer" WHERE id = new.employerId));
END;

CREATE TRIGGER "Mission_search_delete" AFTER DELETE ON "Mission" BEGIN
  DELETE FROM "MissionSearch" WHERE rowid = old.rowid;
END;

CREATE TRIGGER "Employer_search_rename" AFTER UPDATE OF name ON "Employer" BEGIN
  UPDATE "MissionSearch" SET employer_name = new.name
  WHERE rowid IN (SELECT rowid FROM "Mission" WHERE employerId = new.id);
END;
