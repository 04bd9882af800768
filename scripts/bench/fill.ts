// Fills the (freshly migrated, empty) benchmark database: employers spread over real Québec towns, published
// missions, one candidate with a complete profile and a password, so the benchmark can sign in through the real
// form, and one recruiter of the first employer, so the scale run can publish through the real route.
//
// Through Prisma, 100,000 rows would take minutes: rows go in with multi-row INSERT ... SELECT FROM unnest(...)
// statements through `pg`, a few thousand rows each, on two connections at once (the database's work per row is
// the larger part, and the machine has two cores). The migration's per-row trigger still computes each mission's
// "searchWords" and "requiredLanguages", as in production. Two things are done once at the end instead of per
// statement: the indexes of "Mission" are dropped before the load and rebuilt after it from their own definitions,
// two at a time, and the statement trigger that collects the words missions use ("SearchWord", for "did you mean")
// is off during the load and then fed every distinct text once, through the migration's own trigger function.
import pg from "pg";
import { hashPassword } from "../../app/modules/auth/password.server";
import { findTown, townLabel } from "../../app/modules/places/towns.server";
import {
  ALL_YEAR,
  APRIL_TO_OCTOBER,
  HOLIDAY_SEASON,
  MAY_TO_OCTOBER,
  SCHEDULES,
  SPRING_GARDENING,
  SUMMER,
  TAX_SEASON,
  WINTER,
  months,
} from "../../prisma/seed/masks";
import { PLACES } from "../../prisma/seed/places";
import { rngFor, type Rng } from "../../prisma/seed/random";
import { employerName, employerPurpose, missionText, sectors } from "./mission-text";
import { benchDatabaseUrl, benchRecruiter, benchUser, employerCount, missionCount } from "./settings.mjs";

const dayMs = 86_400_000;
/** Missions were published over the last four months, oldest first (ids follow publishedAt, as in real life). */
const publishedSpanMs = 120 * dayMs;
const batchSize = 2_000;
const connections = 2;

/** Prisma's DateTime columns are `timestamp(3)` in UTC: an ISO text casts to exactly that. */
const iso = (ms: number) => new Date(ms).toISOString();
const slot = (day: number, part: number) => 1 << (day * 3 + part);

const scheduleKeys = Object.keys(SCHEDULES) as (keyof typeof SCHEDULES)[];
const seasons = [SUMMER, MAY_TO_OCTOBER, APRIL_TO_OCTOBER, WINTER, HOLIDAY_SEASON, TAX_SEASON, SPRING_GARDENING];
const languageSets = [
  { weight: 55, value: [{ code: "fr", required: true }] },
  {
    weight: 25,
    value: [
      { code: "fr", required: true },
      { code: "en", required: false },
    ],
  },
  {
    weight: 12,
    value: [
      { code: "fr", required: true },
      { code: "en", required: true },
    ],
  },
  {
    weight: 5,
    value: [
      { code: "en", required: true },
      { code: "fr", required: false },
    ],
  },
  {
    weight: 3,
    value: [
      { code: "fr", required: true },
      { code: "es", required: false },
    ],
  },
].map(({ weight, value }) => ({ weight, json: JSON.stringify(value) }));

function weighted<T extends { weight: number }>(rng: Rng, items: T[]): T {
  let ticket = rng.int(
    1,
    items.reduce((sum, item) => sum + item.weight, 0),
  );
  return items.find((item) => (ticket -= item.weight) <= 0) ?? items[0];
}

/** Mostly the named weekly patterns of the demo data, the rest scattered slots: every bit of the 21 gets used. */
function scheduleMask(rng: Rng): number {
  if (rng.chance(0.6)) return SCHEDULES[rng.pick(scheduleKeys)];
  let mask = 0;
  for (let count = rng.int(2, 8); count > 0; count--) mask |= slot(rng.int(0, 6), rng.int(0, 2));
  return mask;
}

type Column = [name: string, type: string];

/** Inserts rows (one array of values per row, in the order of `columns`) with one statement. */
async function insertRows(client: pg.Pool | pg.ClientBase, table: string, columns: Column[], rows: unknown[][]) {
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const arrays = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(", ");
  const values = columns.map((_, index) => rows.map((row) => row[index]));
  await client.query(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`, values);
}

const employerColumns: Column[] = [
  ["id", "text"],
  ["slug", "text"],
  ["name", "text"],
  ["sector", "text"],
  ["purpose", "text"],
  ["values", "text"],
  ["customerExpectations", "text"],
  ["whyExperience", "text"],
  ["commitments", "text"],
  ["address", "text"],
  ["town", "text"],
  ["latitude", "float8"],
  ["longitude", "float8"],
  ["createdAt", "timestamp"],
  ["updatedAt", "timestamp"],
  // verified, as an administrator would have done: a new organisation's missions wait for it (decision 0020)
  ["verificationStatus", "text"],
];

type BenchEmployer = {
  id: string;
  sector: (typeof sectors)[number];
  town: string;
  latitude: number;
  longitude: number;
};

async function fillEmployers(client: pg.ClientBase, now: number): Promise<BenchEmployer[]> {
  const places = Object.values(PLACES);
  const commitments = ["flexible-hours", "seated-options", "training", "mentoring", "benefits"];
  const employers: BenchEmployer[] = [];
  const rows: unknown[][] = [];
  const created = iso(now - 400 * dayMs);
  for (let index = 0; index < employerCount; index++) {
    const rng = rngFor(`bench-employer-${index}`);
    const place = rng.pick(places);
    const sector = rng.pick(sectors);
    const employer = {
      id: `bench-employer-${String(index).padStart(4, "0")}`,
      sector,
      town: place.town,
      // Spread each town's employers over a few kilometres, as on a real map.
      latitude: place.latitude + (rng.next() - 0.5) * 0.04,
      longitude: place.longitude + (rng.next() - 0.5) * 0.06,
    };
    rows.push([
      employer.id,
      `employeur-banc-${index}`,
      employerName(rng, sector, place.town),
      sector,
      employerPurpose(rng, sector),
      "L'écoute, le respect et le plaisir de bien servir.",
      "Un accueil chaleureux et un conseil honnête.",
      "L'expérience apporte le calme et le bon mot au bon moment.",
      JSON.stringify(rng.shuffle(commitments).slice(0, rng.int(1, 4))),
      `${rng.int(10, 9000)}, rue Principale`,
      place.town,
      employer.latitude,
      employer.longitude,
      created,
      created,
      "verified",
    ]);
    employers.push(employer);
  }
  await insertRows(client, "Employer", employerColumns, rows);
  return employers;
}

const missionColumns: Column[] = [
  ["id", "text"],
  ["employerId", "text"],
  ["title", "text"],
  ["summary", "text"],
  ["description", "text"],
  ["sector", "text"],
  ["scheduleMask", "int4"],
  ["hoursPerWeekMin", "int4"],
  ["hoursPerWeekMax", "int4"],
  ["monthsMask", "int4"],
  ["payMinCents", "int4"],
  ["payMaxCents", "int4"],
  ["address", "text"],
  ["town", "text"],
  ["latitude", "float8"],
  ["longitude", "float8"],
  ["transit", "text"],
  ["parking", "text"],
  ["stepFreeAccess", "bool"],
  ["training", "text"],
  ["physicalDemand", "text"],
  ["liftingKg", "int4"],
  ["languages", "text"],
  ["skills", "text"],
  ["status", "text"],
  ["publishedAt", "timestamp"],
  ["closesAt", "timestamp"],
  ["createdAt", "timestamp"],
  ["updatedAt", "timestamp"],
];

function missionRow(index: number, employers: BenchEmployer[], now: number): unknown[] {
  const rng = rngFor(`bench-mission-${index}`);
  const employer = rng.pick(employers);
  // The employer's sector mostly; sometimes a neighbouring need (a museum's café).
  const sector = rng.chance(0.85) ? employer.sector : rng.pick(sectors);
  const text = missionText(rng, sector);
  const hoursMin = rng.int(4, 20);
  const payMin = rng.chance(0.85) ? rng.int(64, 104) * 25 : null;
  const published = now - publishedSpanMs + Math.floor((index / missionCount) * publishedSpanMs) + rng.int(0, 60_000);
  const closes = rng.chance(0.2) ? iso(now + rng.int(180, 365) * dayMs) : null;
  return [
    `bench-mission-${String(index).padStart(7, "0")}`,
    employer.id,
    text.title,
    text.summary,
    text.description,
    sector,
    scheduleMask(rng),
    hoursMin,
    hoursMin + rng.int(0, 15),
    rng.chance(0.65) ? ALL_YEAR : rng.pick(seasons),
    payMin,
    payMin === null ? null : payMin + rng.int(0, 8) * 50,
    `${rng.int(10, 9000)}, rue Principale`,
    employer.town,
    employer.latitude,
    employer.longitude,
    rng.chance(0.5) ? "Autobus à deux minutes à pied." : "",
    rng.chance(0.6) ? "Stationnement gratuit." : "",
    rng.chance(0.7),
    text.training,
    rng.pick(["seated", "standing", "mixed"]),
    rng.pick([0, 0, 0, 5, 10, 15]),
    weighted(rng, languageSets).json,
    text.skills,
    "published",
    iso(published),
    closes,
    iso(published - dayMs),
    iso(published - dayMs),
  ];
}

/** Batches built here while the database works on the previous ones, at most `connections` statements at once. */
async function fillMissions(pool: pg.Pool, employers: BenchEmployer[], now: number) {
  const inFlight = new Set<Promise<void>>();
  let reported = Date.now();
  for (let start = 0; start < missionCount; start += batchSize) {
    const rows: unknown[][] = [];
    for (let index = start; index < Math.min(start + batchSize, missionCount); index++)
      rows.push(missionRow(index, employers, now));
    if (inFlight.size >= connections) await Promise.race(inFlight);
    const done: Promise<void> = insertRows(pool, "Mission", missionColumns, rows).finally(() => inFlight.delete(done));
    inFlight.add(done);
    if (Date.now() - reported > 15_000) {
      reported = Date.now();
      console.log(`  ${start.toLocaleString("en")} missions sent`);
    }
  }
  await Promise.all(inFlight);
}

/** A candidate who finished all six steps of the guided profile: lives in Montréal, travels 25 km. */
async function fillPeople(client: pg.ClientBase, now: number) {
  const montreal = findTown("Montréal");
  if (!montreal) throw new Error("Montréal is missing from the town list");
  const created = iso(now - 30 * dayMs);
  await client.query(
    `INSERT INTO "User" (id, email, name, kind, locale, "timeZone", "passwordHash", "createdAt", "updatedAt") VALUES
       ('bench-user', $1, 'Hélène Banc', 'candidate', 'fr', 'America/Toronto', $2, $5, $5),
       ('bench-recruiter', $3, 'Rémi Banc', 'employer', 'fr', 'America/Toronto', $4, $5, $5)`,
    [
      benchUser.email,
      await hashPassword(benchUser.password),
      benchRecruiter.email,
      await hashPassword(benchRecruiter.password),
      created,
    ],
  );
  await client.query(
    `INSERT INTO "Membership" (id, "employerId", "userId", role, "createdAt") VALUES ('bench-membership', 'bench-employer-0000', 'bench-recruiter', 'owner', $1)`,
    [created],
  );
  const weekdayMornings = [0, 1, 2, 3, 4].reduce((mask, day) => mask | slot(day, 0), 0);
  await client.query(
    `INSERT INTO "CandidateProfile" (id, "userId", headline, story, "pastFields", skills, languages, "availabilityMask",
       "maxHoursPerWeek", "monthsAwayMask", town, latitude, longitude, "travelMaxKm", "travelModes", "physicalPreference",
       "maxLiftKg", sectors, seeks, "contactPreference", "completedSteps", "createdAt", "updatedAt")
     VALUES ('bench-candidate', 'bench-user', $1, $2, $3, $4, $5, $6, 25, $7, $8, $9, $10, 25, $11, 'either', 10, $12, $13,
       'email', $14, $15, $15)`,
    [
      "Libraire pendant trente ans, à l'aise avec tous les publics",
      "J'ai tenu une librairie de quartier et j'aime conseiller, accueillir et transmettre.",
      JSON.stringify([
        { field: "Librairie", band: "15-plus" },
        { field: "Bénévolat en bibliothèque", band: "5-10" },
      ]),
      JSON.stringify(["Conseil", "Écoute", "Caisse"]),
      JSON.stringify([
        { code: "fr", level: "native" },
        { code: "en", level: "working" },
      ]),
      weekdayMornings | slot(1, 1) | slot(3, 1) | slot(5, 0) | slot(5, 1),
      months(1, 2),
      townLabel(montreal),
      montreal.latitude,
      montreal.longitude,
      JSON.stringify(["transit", "foot"]),
      JSON.stringify(["culture", "retail", "community"]),
      JSON.stringify(["company", "know-how"]),
      JSON.stringify(["experience", "languages", "availability", "place", "preferences", "contact"]),
      created,
    ],
  );
  // the bench candidate agrees to be suggested to employers, as the demo candidate does
  await client.query(
    `INSERT INTO "Consent" ("userId", purpose, "grantedAt") VALUES ('bench-user', 'suggestions', $1)`,
    [created],
  );
}

/** The indexes of "Mission" that no constraint owns (the primary key stays), with their definitions. */
async function dropMissionIndexes(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i WHERE i.indrelid = '"Mission"'::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
  );
  for (const { name } of rows) await client.query(`DROP INDEX ${name}`);
  return rows.map(({ definition }) => definition);
}

/** Builds the indexes on both connections at once (the machine has two cores), the slowest kinds to build first. */
async function rebuildIndexes(definitions: string[]) {
  const slowness = (definition: string) =>
    definition.includes("USING gin") ? 0 : definition.includes("USING gist") ? 2 : 1;
  const queue = [...definitions].sort((a, b) => slowness(a) - slowness(b));
  await Promise.all(
    Array.from({ length: connections }, () =>
      withConnection(async (client) => {
        await client.query(`SET maintenance_work_mem = '256MB'`);
        for (let definition = queue.shift(); definition; definition = queue.shift()) await client.query(definition);
      }),
    ),
  );
}

/**
 * The words of every mission into "SearchWord", through the migration's own trigger function: a temporary table
 * with the columns the function reads and the same statement trigger receives each distinct title, summary and
 * description once (the function splits title, summary, description and the employer's name joined by spaces, so
 * a text alone gives the same words), then every employer once with empty texts, for the words of its name.
 */
async function collectSearchWords(client: pg.ClientBase) {
  await client.query(
    `CREATE TEMP TABLE bench_texts (title text NOT NULL, summary text NOT NULL, description text NOT NULL, "employerId" text NOT NULL)`,
  );
  await client.query(`CREATE TRIGGER bench_texts_words AFTER INSERT ON bench_texts REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION chevronne_collect_search_words()`);
  const anyEmployer = `(SELECT min(id) FROM "Employer")`;
  await client.query(`INSERT INTO bench_texts (title, summary, description, "employerId")
    SELECT title, '', '', ${anyEmployer} FROM (SELECT DISTINCT title FROM "Mission") AS titles
    UNION ALL SELECT '', summary, '', ${anyEmployer} FROM (SELECT DISTINCT summary FROM "Mission") AS summaries
    UNION ALL SELECT '', '', description, ${anyEmployer} FROM (SELECT DISTINCT description FROM "Mission") AS descriptions
    UNION ALL SELECT '', '', '', id FROM "Employer"`);
  await client.query(`DROP TABLE bench_texts`);
}

const started = Date.now();
const lap = (() => {
  let last = started;
  return (what: string) => {
    const now = Date.now();
    console.log(`  ${what}: ${((now - last) / 1000).toFixed(1)} s`);
    last = now;
  };
})();

const pool = new pg.Pool({
  connectionString: benchDatabaseUrl(),
  max: connections,
  application_name: "chevronne-bench-fill",
});
try {
  const now = Date.now();
  const { indexes, employers } = await withConnection(async (client) => {
    await client.query(`ALTER TABLE "Mission" DISABLE TRIGGER "Mission_search_words_insert"`);
    return { indexes: await dropMissionIndexes(client), employers: await fillEmployers(client, now) };
  });
  await fillMissions(pool, employers, now);
  lap(`${missionCount.toLocaleString("en")} missions and ${employerCount.toLocaleString("en")} employers`);

  await rebuildIndexes(indexes);
  lap(`${indexes.length} indexes rebuilt`);

  await withConnection(async (client) => {
    await client.query(`SET work_mem = '64MB'`);
    await client.query(`ALTER TABLE "Mission" ENABLE TRIGGER "Mission_search_words_insert"`);
    await collectSearchWords(client);
    lap("search words collected");
    await fillPeople(client, now);
    // Set the visibility map and hint bits as autovacuum would on a live database, and give the planner its statistics.
    await client.query(`VACUUM (ANALYZE)`);
    lap("VACUUM ANALYZE");
    const { rows } = await client.query<{ missing: number; words: number }>(
      `SELECT (SELECT count(*)::int FROM "Mission" WHERE "searchWords" = ''::tsvector OR cardinality("requiredLanguages") = 0) AS missing,
              (SELECT count(*)::int FROM "SearchWord") AS words`,
    );
    if (rows[0].missing > 0)
      throw new Error(`${rows[0].missing} missions lack their search fields: the per-row trigger did not run`);
    console.log(`  every mission has its search fields; ${rows[0].words} distinct words`);
  });
} finally {
  await pool.end();
}

async function withConnection<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await work(client);
  } finally {
    client.release();
  }
}
console.log(
  `Filled ${missionCount} missions and ${employerCount} employers in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
