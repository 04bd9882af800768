// Fills the (freshly migrated, empty) benchmark database: employers spread over real Québec towns, published
// missions, and one candidate with a complete profile and a password, so the benchmark can sign in through the
// real form. Raw better-sqlite3 in one transaction: through Prisma, 100,000 rows would take minutes.
// The migration's triggers index every inserted mission in the FTS5 table "MissionSearch", as in production.
import Database from "better-sqlite3";
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
import { benchDbFile, benchUser, employerCount, missionCount } from "./settings.mjs";

const dayMs = 86_400_000;
/** Missions were published over the last four months, oldest first (so rowid follows publishedAt, as in real life). */
const publishedSpanMs = 120 * dayMs;

/** The text Prisma's SQLite adapter stores for a DateTime. */
const prismaDate = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const slot = (day: number, part: number) => 1 << (day * 3 + part);

const scheduleKeys = Object.keys(SCHEDULES) as (keyof typeof SCHEDULES)[];
const seasons = [SUMMER, MAY_TO_OCTOBER, APRIL_TO_OCTOBER, WINTER, HOLIDAY_SEASON, TAX_SEASON, SPRING_GARDENING];
const languageSets = [
  { weight: 55, value: [{ code: "fr", required: true }] },
  { weight: 25, value: [{ code: "fr", required: true }, { code: "en", required: false }] },
  { weight: 12, value: [{ code: "fr", required: true }, { code: "en", required: true }] },
  { weight: 5, value: [{ code: "en", required: true }, { code: "fr", required: false }] },
  { weight: 3, value: [{ code: "fr", required: true }, { code: "es", required: false }] },
].map(({ weight, value }) => ({ weight, json: JSON.stringify(value) }));

function weighted<T extends { weight: number }>(rng: Rng, items: T[]): T {
  let ticket = rng.int(1, items.reduce((sum, item) => sum + item.weight, 0));
  return items.find((item) => (ticket -= item.weight) <= 0) ?? items[0];
}

/** Mostly the named weekly patterns of the demo data, the rest scattered slots: every bit of the 21 gets used. */
function scheduleMask(rng: Rng): number {
  if (rng.chance(0.6)) return SCHEDULES[rng.pick(scheduleKeys)];
  let mask = 0;
  for (let count = rng.int(2, 8); count > 0; count--) mask |= slot(rng.int(0, 6), rng.int(0, 2));
  return mask;
}

function fillEmployers(db: Database.Database, now: number) {
  const insert = db.prepare(`INSERT INTO "Employer" (id, slug, name, sector, purpose, "values", customerExpectations,
    whyExperience, commitments, address, town, latitude, longitude, createdAt, updatedAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const places = Object.values(PLACES);
  const commitments = ["flexible-hours", "seated-options", "training", "mentoring", "benefits"];
  const employers = [];
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
    const created = prismaDate(now - 400 * dayMs);
    insert.run(
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
    );
    employers.push(employer);
  }
  return employers;
}

function fillMissions(db: Database.Database, employers: ReturnType<typeof fillEmployers>, now: number) {
  const insert = db.prepare(`INSERT INTO "Mission" (id, employerId, title, summary, description, sector, scheduleMask,
    hoursPerWeekMin, hoursPerWeekMax, monthsMask, payMinCents, payMaxCents, address, town, latitude, longitude,
    transit, parking, stepFreeAccess, training, physicalDemand, liftingKg, languages, skills, status, publishedAt,
    closesAt, createdAt, updatedAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, ?)`);
  const start = now - publishedSpanMs;
  for (let index = 0; index < missionCount; index++) {
    const rng = rngFor(`bench-mission-${index}`);
    const employer = rng.pick(employers);
    // The employer's sector mostly; sometimes a neighbouring need (a museum's café).
    const sector = rng.chance(0.85) ? employer.sector : rng.pick(sectors);
    const text = missionText(rng, sector);
    const hoursMin = rng.int(4, 20);
    const payMin = rng.chance(0.85) ? rng.int(64, 104) * 25 : null;
    const published = start + Math.floor((index / missionCount) * publishedSpanMs) + rng.int(0, 60_000);
    const closes = rng.chance(0.2) ? prismaDate(now + rng.int(180, 365) * dayMs) : null;
    insert.run(
      `bench-mission-${String(index).padStart(6, "0")}`,
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
      rng.chance(0.7) ? 1 : 0,
      text.training,
      rng.pick(["seated", "standing", "mixed"]),
      rng.pick([0, 0, 0, 5, 10, 15]),
      weighted(rng, languageSets).json,
      text.skills,
      prismaDate(published),
      closes,
      prismaDate(published - dayMs),
      prismaDate(published - dayMs),
    );
  }
}

/** A candidate who finished all six steps of the guided profile: lives in Montréal, travels 25 km. */
function fillCandidate(db: Database.Database, passwordHash: string, now: number) {
  const montreal = findTown("Montréal");
  if (!montreal) throw new Error("Montréal is missing from the town list");
  const created = prismaDate(now - 30 * dayMs);
  db.prepare(`INSERT INTO "User" (id, email, name, kind, locale, timeZone, passwordHash, createdAt, updatedAt)
    VALUES ('bench-user', ?, 'Hélène Banc', 'candidate', 'fr', 'America/Toronto', ?, ?, ?)`).run(benchUser.email, passwordHash, created, created);
  const weekdayMornings = [0, 1, 2, 3, 4].reduce((mask, day) => mask | slot(day, 0), 0);
  db.prepare(`INSERT INTO "CandidateProfile" (id, userId, headline, story, pastFields, skills, languages, availabilityMask,
    maxHoursPerWeek, monthsAwayMask, town, latitude, longitude, travelMaxKm, travelModes, physicalPreference, maxLiftKg,
    sectors, seeks, contactPreference, visibleToEmployers, completedSteps, createdAt, updatedAt)
    VALUES ('bench-candidate', 'bench-user', ?, ?, ?, ?, ?, ?, 25, ?, ?, ?, ?, 25, ?, 'either', 10, ?, ?, 'email', 1, ?, ?, ?)`).run(
    "Libraire pendant trente ans, à l'aise avec tous les publics",
    "J'ai tenu une librairie de quartier et j'aime conseiller, accueillir et transmettre.",
    JSON.stringify([{ field: "Librairie", years: 30 }, { field: "Bénévolat en bibliothèque", years: 6 }]),
    JSON.stringify(["Conseil", "Écoute", "Caisse"]),
    JSON.stringify([{ code: "fr", level: "native" }, { code: "en", level: "working" }]),
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
    created,
  );
}

const started = Date.now();
const passwordHash = await hashPassword(benchUser.password);
const db = new Database(benchDbFile);
// One big write on a throw-away file: durability at each page does not matter here.
db.pragma("synchronous = OFF");
db.transaction(() => {
  const now = Date.now();
  fillMissions(db, fillEmployers(db, now), now);
  fillCandidate(db, passwordHash, now);
})();
db.pragma("wal_checkpoint(TRUNCATE)");
db.close();
console.log(`Filled ${missionCount} missions and ${employerCount} employers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
