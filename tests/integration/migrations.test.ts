// The committed migrations (applied by dbmate) must build exactly what prisma/schema.prisma describes, plus the
// extras listed below that Prisma cannot describe. Two fresh databases on the test server: one migrated, one built
// from `prisma migrate diff --from-empty`; their catalogs of the `public` schema must match.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, databaseUrlFor, ensureDatabase, migrationsDir, withClient } from "../../scripts/postgres.mjs";
import { repoRoot } from "../support/paths";

/**
 * What the migrated database has beyond schema.prisma, each object written as the catalog below names it
 * (`<kind> <table>.<name>` for what belongs to a table). A listed table brings its columns, indexes, constraints
 * and triggers with it.
 */
const extras = [
  // dbmate's record of the applied migrations
  "table schema_migrations",
  // 20261206075000_search.sql: accents folded before stemming, trigram "did you mean", and its spelling distance
  "extension unaccent",
  "extension pg_trgm",
  "extension fuzzystrmatch",
  // 20261206075000_search.sql: French and English stemming with accents folded
  "text search configuration chevronne_fr",
  "text search configuration chevronne_en",
  // 20261206075000_search.sql: a mission's weighted words, filled by the trigger below
  "column Mission.searchWords",
  // 20261206075000_search.sql: codes of the languages a mission requires, read from its JSON list by the trigger
  "column Mission.requiredLanguages",
  // 20261206075000_search.sql: the JSON list of languages to the codes it requires
  "function chevronne_required_languages(text)",
  // 20261206075000_search.sql: fills a mission's search columns when it is written
  "function chevronne_mission_search_fields()",
  "trigger Mission.Mission_search_fields",
  // 20261206075000_search.sql: an employer's new name or writing language reaches its missions' words
  "function chevronne_employer_search_fields()",
  "trigger Employer.Employer_search_fields",
  // 20261206075000_search.sql: the words missions use, for "did you mean", with its trigram index
  "table SearchWord",
  "function chevronne_collect_search_words()",
  "trigger Mission.Mission_search_words_insert",
  "trigger Mission.Mission_search_words_update",
  // 20261206075000_search.sql, remade by 20261209150000_search_speed.sql: published missions newest first
  "index Mission.Mission_published_newest_idx",
  // 20261209150000_search_speed.sql: a mission's search keys (weekly slots, place cells), then words, sector and keys
  // in one GIN index, and the place (GiST, nearest first)
  "function chevronne_search_keys(integer,double precision,double precision)",
  "index Mission.Mission_published_filters_idx",
  "index Mission.Mission_published_point_idx",
  // 20261206080000_concurrency.sql: one open (proposed or booked) interview per application, even under races
  "index Interview.Interview_one_open_per_application",
  // 20261209160000_interview_answers.sql: two booked interviews of one recruiter never overlap (GiST with btree_gist)
  "extension btree_gist",
  "constraint Interview.Interview_no_double_booking",
  "index Interview.Interview_no_double_booking",
  // 20261209090000_administration.sql: audit entries are permanent
  "function audit_entry_is_permanent()",
  "trigger AuditEntry.AuditEntry_permanent",
];

/** One object of the catalog: its name as in `extras`, the table it belongs to, and what must match. */
type CatalogEntry = { object: string; table?: string; definition: string };
type Catalog = Map<string, CatalogEntry>;

// Objects that an extension installs into `public` (pg_trgm's functions, unaccent's dictionary) come with the
// extension, which is listed once.
const notFromExtension = (catalog: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = '${catalog}'::regclass AND dep.objid = ${oid} AND dep.deptype = 'e')`;

const constraintTypes: Record<string, string> = {
  p: "primary key",
  f: "foreign key",
  u: "unique",
  c: "check",
  x: "exclusion",
  t: "trigger",
};
const relationKinds: Record<string, string> = {
  r: "table",
  p: "table",
  v: "view",
  m: "materialized view",
  S: "sequence",
};

async function readCatalog(client: Client): Promise<Catalog> {
  const entries: CatalogEntry[] = [];
  const rows = async <Row extends Record<string, unknown>>(sql: string) => (await client.query<Row>(sql)).rows;

  for (const { name, kind } of await rows<{ name: string; kind: string }>(`
    SELECT c.relname AS name, c.relkind AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND ${notFromExtension("pg_class", "c.oid")}`)) {
    entries.push({ object: `${relationKinds[kind]} ${name}`, table: name, definition: relationKinds[kind] });
  }
  for (const column of await rows<{
    table: string;
    name: string;
    type: string;
    not_null: boolean;
    default: string | null;
  }>(`
    SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
      pg_get_expr(ad.adbin, ad.adrelid) AS default
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped
      AND ${notFromExtension("pg_class", "c.oid")}`)) {
    const definition = `${column.type}${column.not_null ? " NOT NULL" : ""}${column.default === null ? "" : ` DEFAULT ${column.default}`}`;
    entries.push({ object: `column ${column.table}.${column.name}`, table: column.table, definition });
  }
  for (const { table, name, definition } of await rows<{ table: string; name: string; definition: string }>(`
    SELECT t.relname AS table, i.relname AS name, pg_get_indexdef(i.oid) AS definition
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = i.relnamespace WHERE n.nspname = 'public' AND ${notFromExtension("pg_class", "t.oid")}`)) {
    entries.push({ object: `index ${table}.${name}`, table, definition });
  }
  // NOT NULL constraints (PostgreSQL 18 lists them here) are left to the columns' nullability above.
  for (const { table, name, type, definition } of await rows<{
    table: string;
    name: string;
    type: string;
    definition: string;
  }>(`
    SELECT t.relname AS table, con.conname AS name, con.contype AS type, pg_get_constraintdef(con.oid) AS definition
    FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = con.connamespace
    WHERE n.nspname = 'public' AND con.contype <> 'n' AND ${notFromExtension("pg_class", "t.oid")}`)) {
    entries.push({
      object: `constraint ${table}.${name}`,
      table,
      definition: `${constraintTypes[type] ?? type}: ${definition}`,
    });
  }
  for (const { table, name, definition } of await rows<{ table: string; name: string; definition: string }>(`
    SELECT t.relname AS table, tg.tgname AS name, pg_get_triggerdef(tg.oid) AS definition
    FROM pg_trigger tg JOIN pg_class t ON t.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public' AND NOT tg.tgisinternal`)) {
    entries.push({ object: `trigger ${table}.${name}`, table, definition });
  }
  for (const { name, definition } of await rows<{ name: string; definition: string }>(`
    SELECT p.oid::regprocedure::text AS name, pg_get_function_result(p.oid) AS definition
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND ${notFromExtension("pg_proc", "p.oid")}`)) {
    entries.push({ object: `function ${name}`, definition: `returns ${definition}` });
  }
  for (const { name, labels } of await rows<{ name: string; labels: string }>(`
    SELECT t.typname AS name, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
    WHERE n.nspname = 'public' GROUP BY t.typname`)) {
    entries.push({ object: `enum ${name}`, definition: labels });
  }
  for (const { name } of await rows<{ name: string }>(`
    SELECT c.cfgname AS name FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
    WHERE n.nspname = 'public' AND ${notFromExtension("pg_ts_config", "c.oid")}`)) {
    entries.push({ object: `text search configuration ${name}`, definition: "" });
  }
  for (const { name } of await rows<{ name: string }>(`
    SELECT d.dictname AS name FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
    WHERE n.nspname = 'public' AND ${notFromExtension("pg_ts_dict", "d.oid")}`)) {
    entries.push({ object: `text search dictionary ${name}`, definition: "" });
  }
  for (const { name } of await rows<{ name: string }>("SELECT extname AS name FROM pg_extension")) {
    entries.push({ object: `extension ${name}`, definition: "" });
  }
  return new Map(entries.map((entry) => [entry.object, entry]));
}

/** Every way the migrated catalog departs from schema.prisma's, one sentence each. */
function differences(migrated: Catalog, fromSchema: Catalog): string[] {
  const listed = new Set(extras);
  const isExtra = (entry: CatalogEntry) =>
    listed.has(entry.object) || (entry.table !== undefined && listed.has(`table ${entry.table}`));
  const problems: string[] = [];
  for (const [object, expected] of fromSchema) {
    const actual = migrated.get(object);
    if (!actual) problems.push(`${object} is in schema.prisma but missing from the migrated database`);
    else if (actual.definition !== expected.definition) {
      problems.push(
        `${object} differs: the migrated database has "${actual.definition}", schema.prisma "${expected.definition}"`,
      );
    }
  }
  for (const entry of migrated.values()) {
    if (!fromSchema.has(entry.object) && !isExtra(entry)) {
      problems.push(`${entry.object} on the migrated database is not in schema.prisma and not in the list of extras`);
    }
  }
  for (const object of extras) {
    if (!migrated.has(object))
      problems.push(`${object} is in the list of extras but missing from the migrated database`);
    else if (fromSchema.has(object))
      problems.push(`${object} is in the list of extras but schema.prisma describes it: take it off the list`);
  }
  return problems;
}

const fileDatabase = decodeURIComponent(new URL(process.env.DATABASE_URL!).pathname.slice(1));
// Named after this file's database, so that the run's cleanup drops them with it.
const migratedUrl = databaseUrlFor(process.env.DATABASE_URL!, `${fileDatabase}_migrated`);
const fromSchemaUrl = databaseUrlFor(process.env.DATABASE_URL!, `${fileDatabase}_from_schema`);
const migrationFiles = fs.readdirSync(migrationsDir).sort();
const work = fs.mkdtempSync(path.join(os.tmpdir(), "chevronne-migrations-test-"));

let firstUp = "";
let migrated: Catalog;
let fromSchema: Catalog;

beforeAll(async () => {
  // The CLI connects to DATABASE_URL even from an empty schema (the adapter of prisma.config.ts): this file's
  // database will do. It runs while dbmate migrates, and exits only once the adapter's pool has been idle for
  // 10 seconds, hence the long timeout.
  const schemaSqlFile = path.join(work, "schema.sql");
  const prismaDiff = promisify(execFile)(
    path.join(repoRoot, "node_modules", ".bin", "prisma"),
    [
      "migrate",
      "diff",
      "--from-empty",
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      "--script",
      "-o",
      schemaSqlFile,
    ],
    { cwd: repoRoot },
  );
  await ensureDatabase(migratedUrl);
  await ensureDatabase(fromSchemaUrl);
  firstUp = applyMigrations(migratedUrl);
  await prismaDiff;
  await withClient(fromSchemaUrl, (client) => client.query(fs.readFileSync(schemaSqlFile, "utf8")));
  migrated = await withClient(migratedUrl, readCatalog);
  fromSchema = await withClient(fromSchemaUrl, readCatalog);
}, 60_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("migrations", () => {
  it("are flat dbmate files, each with an up and a down section", () => {
    expect(migrationFiles.length).toBeGreaterThan(0);
    for (const file of migrationFiles) {
      // dbmate silently skips a file whose name it does not recognise
      expect(file, `${file} is not named <14-digit timestamp>_<name>.sql`).toMatch(/^\d{14}_[a-z0-9_]+\.sql$/);
      const lines = fs
        .readFileSync(path.join(migrationsDir, file), "utf8")
        .split("\n")
        .map((line) => line.trim());
      const up = lines.indexOf("-- migrate:up");
      const down = lines.indexOf("-- migrate:down");
      expect(up, `${file} has no "-- migrate:up" line`).toBeGreaterThanOrEqual(0);
      expect(down, `${file} has no "-- migrate:down" line after its "-- migrate:up"`).toBeGreaterThan(up);
    }
  });

  it("are all applied and recorded by dbmate", async () => {
    for (const file of migrationFiles) expect(firstUp).toContain(`Applied: ${file}`);
    const { rows } = await withClient(migratedUrl, (client) =>
      client.query<{ version: string }>("SELECT version FROM schema_migrations ORDER BY version"),
    );
    expect(rows.map((row) => row.version)).toEqual(migrationFiles.map((file) => file.slice(0, 14)));
  });

  it("build what schema.prisma describes, plus the listed extras", () => {
    // Not vacuous: both sides hold every model's table with its primary key.
    const models = [
      ...fs.readFileSync(path.join(repoRoot, "prisma", "schema.prisma"), "utf8").matchAll(/^model (\w+) \{/gm),
    ].map((match) => match[1]);
    expect(models).toEqual(expect.arrayContaining(["User", "Mission", "Employer", "Application", "Interview"]));
    for (const model of models) {
      for (const catalog of [migrated, fromSchema]) {
        expect(catalog.has(`table ${model}`), `table ${model}`).toBe(true);
        expect(catalog.has(`constraint ${model}.${model}_pkey`), `constraint ${model}.${model}_pkey`).toBe(true);
      }
    }
    expect(differences(migrated, fromSchema)).toEqual([]);
  });

  it("apply a second time without changing anything", async () => {
    expect(applyMigrations(migratedUrl)).not.toContain("Applying");
    expect(await withClient(migratedUrl, readCatalog)).toEqual(migrated);
  });
});
