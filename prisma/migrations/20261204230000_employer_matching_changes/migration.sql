-- Each server process keeps what the matching module reads of the missions it has scored, employer fields included
-- (app/modules/missions/search-index.server.ts). An employer's edit to those fields is logged as rowid 0, as a
-- rename already is: every process then forgets what it kept.
CREATE TRIGGER "Employer_change_matching" AFTER UPDATE OF "values", purpose, commitments, sector ON "Employer" BEGIN
  INSERT INTO "MissionChange" ("missionRowid") VALUES (0);
END;
