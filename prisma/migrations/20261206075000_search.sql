-- migrate:up
-- The mission search (app/modules/missions/search.server.ts), written by hand: Prisma cannot describe text search
-- configurations, tsvector and array columns filled by triggers, partial or GIN indexes (docs/decisions/0010).
-- tests/integration/migrations.test.ts lists each object here by name.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- French and English with accents folded before stemming: "musées", "musee" and "Musée" all become "muse".
CREATE TEXT SEARCH CONFIGURATION chevronne_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION chevronne_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION chevronne_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION chevronne_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- What the search filters on besides the plain columns: the words, in the language the employer writes in, and the
-- codes of the languages the mission requires (from its JSON list).
ALTER TABLE "Mission" ADD COLUMN "searchWords" tsvector NOT NULL DEFAULT ''::tsvector;
ALTER TABLE "Mission" ADD COLUMN "requiredLanguages" text[] NOT NULL DEFAULT '{}';

CREATE FUNCTION chevronne_required_languages(languages text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN ARRAY(
    SELECT DISTINCT entry->>'code' FROM jsonb_array_elements(languages::jsonb) AS entry
    WHERE jsonb_typeof(entry) = 'object' AND entry->>'required' = 'true' AND entry->>'code' IS NOT NULL ORDER BY 1);
EXCEPTION WHEN others THEN
  -- a malformed list requires nothing, as the app reads it (app/modules/json-columns.ts)
  RETURN '{}';
END $$;

CREATE FUNCTION chevronne_mission_search_fields() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  employer RECORD;
  config regconfig;
BEGIN
  SELECT name, "contentLocale" INTO employer FROM "Employer" WHERE id = NEW."employerId";
  config := CASE WHEN employer."contentLocale" = 'en' THEN 'chevronne_en'::regconfig ELSE 'chevronne_fr'::regconfig END;
  NEW."searchWords" :=
    setweight(to_tsvector(config, NEW.title), 'A') ||
    setweight(to_tsvector(config, NEW.summary), 'B') ||
    setweight(to_tsvector(config, NEW.description), 'D') ||
    setweight(to_tsvector(config, coalesce(employer.name, '')), 'C');
  NEW."requiredLanguages" := chevronne_required_languages(NEW.languages);
  RETURN NEW;
END $$;

CREATE TRIGGER "Mission_search_fields" BEFORE INSERT OR UPDATE OF title, summary, description, languages, "employerId" ON "Mission"
  FOR EACH ROW EXECUTE FUNCTION chevronne_mission_search_fields();

-- An employer's new name or writing language reaches its missions' words: naming "employerId" in the SET list
-- fires the missions' own trigger.
CREATE FUNCTION chevronne_employer_search_fields() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Mission" SET "employerId" = "employerId" WHERE "employerId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER "Employer_search_fields" AFTER UPDATE OF name, "contentLocale" ON "Employer"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD."contentLocale" IS DISTINCT FROM NEW."contentLocale")
  EXECUTE FUNCTION chevronne_employer_search_fields();

-- The words missions use, for "did you mean" ("acceuil" -> "accueil"): lower case, accents kept (they are shown).
-- Filled once per statement, so a bulk load adds each word once. Words of deleted missions stay: a suggestion
-- then finds nothing and is not shown (see suggestSpelling).
CREATE TABLE "SearchWord" (word text PRIMARY KEY);
CREATE INDEX "SearchWord_trigram_idx" ON "SearchWord" USING gin (word gin_trgm_ops);

CREATE FUNCTION chevronne_collect_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" (word)
  SELECT DISTINCT word FROM changed, regexp_split_to_table(lower(changed.title || ' ' || changed.summary || ' ' || changed.description), '[^[:alpha:]]+') AS word
  WHERE length(word) BETWEEN 3 AND 40
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "Mission_search_words_insert" AFTER INSERT ON "Mission" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION chevronne_collect_search_words();
CREATE TRIGGER "Mission_search_words_update" AFTER UPDATE ON "Mission" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION chevronne_collect_search_words();

-- Published missions only: newest first, by place (the latitude band of a radius), and by word.
CREATE INDEX "Mission_published_newest_idx" ON "Mission" ("publishedAt" DESC, id) WHERE status = 'published';
CREATE INDEX "Mission_published_place_idx" ON "Mission" (latitude, longitude) WHERE status = 'published';
CREATE INDEX "Mission_published_words_idx" ON "Mission" USING gin ("searchWords") WHERE status = 'published';

-- migrate:down
DROP INDEX "Mission_published_words_idx";
DROP INDEX "Mission_published_place_idx";
DROP INDEX "Mission_published_newest_idx";
DROP TRIGGER "Mission_search_words_update" ON "Mission";
DROP TRIGGER "Mission_search_words_insert" ON "Mission";
DROP FUNCTION chevronne_collect_search_words();
DROP TABLE "SearchWord";
DROP TRIGGER "Employer_search_fields" ON "Employer";
DROP FUNCTION chevronne_employer_search_fields();
DROP TRIGGER "Mission_search_fields" ON "Mission";
DROP FUNCTION chevronne_mission_search_fields();
DROP FUNCTION chevronne_required_languages(text);
ALTER TABLE "Mission" DROP COLUMN "requiredLanguages";
ALTER TABLE "Mission" DROP COLUMN "searchWords";
DROP TEXT SEARCH CONFIGURATION chevronne_en;
DROP TEXT SEARCH CONFIGURATION chevronne_fr;
