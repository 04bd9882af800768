-- migrate:up
-- Faster searches at 100,000 and 1,000,000 missions (docs/decisions/0010, "Measured"). PostgreSQL's planner cannot
-- know that a word and a sector rarely meet ("fromages" and hospitality: it multiplies their shares as if they were
-- independent), hoped to stop early while reading every mission newest first, and took seconds. The search now
-- chooses its plans itself (app/modules/missions/search.server.ts) with three indexes of published missions:
-- 1. The filters index: one GIN index over the words, the sector and the search keys, so PostgreSQL intersects them
--    there and reads only the rows that have them all. The keys (app/modules/missions/search-keys.ts computes the
--    same ones for a search) stand for the weekly slots (slot bit b is key b + 1) and the place: the cell the point
--    falls in, in four sizes from 0.025 to 1.6 degrees (level L, row r, column c is L * 2^40 + (r + 4096) * 8192 +
--    c + 4096). It replaces the words-only index.
-- 2. Newest first, carrying every filtered column and now the words too: counting the matches of a common search
--    walks it from the top without reading a row.
-- 3. By place (GiST on the point, with the filtered columns): "nearest" walks it outwards from the origin. It
--    replaces the latitude and longitude index.
-- tests/integration/migrations.test.ts lists each object here by name.

-- A plain SQL expression, so that PostgreSQL inlines it when it builds the index (a million calls).
CREATE FUNCTION chevronne_search_keys(schedule_mask integer, latitude double precision, longitude double precision)
RETURNS bigint[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_remove(ARRAY[
    CASE WHEN schedule_mask & 1 <> 0 THEN 1 END,
    CASE WHEN schedule_mask & 2 <> 0 THEN 2 END,
    CASE WHEN schedule_mask & 4 <> 0 THEN 3 END,
    CASE WHEN schedule_mask & 8 <> 0 THEN 4 END,
    CASE WHEN schedule_mask & 16 <> 0 THEN 5 END,
    CASE WHEN schedule_mask & 32 <> 0 THEN 6 END,
    CASE WHEN schedule_mask & 64 <> 0 THEN 7 END,
    CASE WHEN schedule_mask & 128 <> 0 THEN 8 END,
    CASE WHEN schedule_mask & 256 <> 0 THEN 9 END,
    CASE WHEN schedule_mask & 512 <> 0 THEN 10 END,
    CASE WHEN schedule_mask & 1024 <> 0 THEN 11 END,
    CASE WHEN schedule_mask & 2048 <> 0 THEN 12 END,
    CASE WHEN schedule_mask & 4096 <> 0 THEN 13 END,
    CASE WHEN schedule_mask & 8192 <> 0 THEN 14 END,
    CASE WHEN schedule_mask & 16384 <> 0 THEN 15 END,
    CASE WHEN schedule_mask & 32768 <> 0 THEN 16 END,
    CASE WHEN schedule_mask & 65536 <> 0 THEN 17 END,
    CASE WHEN schedule_mask & 131072 <> 0 THEN 18 END,
    CASE WHEN schedule_mask & 262144 <> 0 THEN 19 END,
    CASE WHEN schedule_mask & 524288 <> 0 THEN 20 END,
    CASE WHEN schedule_mask & 1048576 <> 0 THEN 21 END,
    CASE WHEN latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180 THEN (1::bigint << 40) + (floor(latitude / 0.025::float8)::bigint + 4096) * 8192 + floor(longitude / 0.025::float8)::bigint + 4096 END,
    CASE WHEN latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180 THEN (2::bigint << 40) + (floor(latitude / 0.1::float8)::bigint + 4096) * 8192 + floor(longitude / 0.1::float8)::bigint + 4096 END,
    CASE WHEN latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180 THEN (3::bigint << 40) + (floor(latitude / 0.4::float8)::bigint + 4096) * 8192 + floor(longitude / 0.4::float8)::bigint + 4096 END,
    CASE WHEN latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180 THEN (4::bigint << 40) + (floor(latitude / 1.6::float8)::bigint + 4096) * 8192 + floor(longitude / 1.6::float8)::bigint + 4096 END
  ]::bigint[], NULL)
$$;

DROP INDEX "Mission_published_words_idx";
CREATE INDEX "Mission_published_filters_idx" ON "Mission"
  USING gin ("searchWords", (ARRAY[sector]), chevronne_search_keys("scheduleMask", latitude, longitude))
  WHERE status = 'published';

DROP INDEX "Mission_published_newest_idx";
CREATE INDEX "Mission_published_newest_idx" ON "Mission" ("publishedAt" DESC, id)
  INCLUDE ("closesAt", sector, "scheduleMask", "hoursPerWeekMin", "monthsMask", latitude, longitude, "requiredLanguages", "searchWords")
  WHERE status = 'published';

DROP INDEX "Mission_published_place_idx";
CREATE INDEX "Mission_published_point_idx" ON "Mission" USING gist (point(longitude, latitude))
  INCLUDE (id, "publishedAt", "closesAt", sector, "scheduleMask", "hoursPerWeekMin", "monthsMask", latitude, longitude, "requiredLanguages")
  WHERE status = 'published';

-- migrate:down
DROP INDEX "Mission_published_point_idx";
CREATE INDEX "Mission_published_place_idx" ON "Mission" (latitude, longitude) WHERE status = 'published';
DROP INDEX "Mission_published_newest_idx";
CREATE INDEX "Mission_published_newest_idx" ON "Mission" ("publishedAt" DESC, id)
  INCLUDE ("closesAt", sector, "scheduleMask", "hoursPerWeekMin", "monthsMask", latitude, longitude, "requiredLanguages")
  WHERE status = 'published';
DROP INDEX "Mission_published_filters_idx";
CREATE INDEX "Mission_published_words_idx" ON "Mission" USING gin ("searchWords") WHERE status = 'published';
DROP FUNCTION chevronne_search_keys(integer, double precision, double precision);
