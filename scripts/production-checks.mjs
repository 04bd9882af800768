// What production refuses before it serves anyone or sends anything (scripts/server.mjs and scripts/worker.mjs run
// this first): an APP_URL that is not https, unless ALLOW_HTTP_APP_URL=1 declares a private network (the app's own
// configuration, app/env.server.ts, refuses it too), no named person in charge of privacy (PRIVACY_OFFICER_NAME,
// PRIVACY_OFFICER_TITLE, PRIVACY_OFFICER_EMAIL: Québec's Law 25), and a database holding the demo data's accounts,
// whose password the README publishes. Every demo account has an address under .example, a domain reserved for examples that no
// real person can have (RFC 2606). Prints every problem in plain words and stops with exit code 1.
import pg from "pg";

export async function refuseUnsafeProduction(env = process.env) {
  if (env.CHEVRONNE_MODE !== "production") return;
  const problems = [];
  if (env.APP_URL && !httpsOrAllowed(env.APP_URL, env.ALLOW_HTTP_APP_URL === "1")) {
    problems.push(
      `APP_URL must start with https:// (it is ${env.APP_URL}): sign-in links and session cookies travel in the clear over http. ` +
        "On a private network where no request crosses the internet, set ALLOW_HTTP_APP_URL=1 to accept http.",
    );
  }
  const officerMissing = ["PRIVACY_OFFICER_NAME", "PRIVACY_OFFICER_TITLE", "PRIVACY_OFFICER_EMAIL"].filter(
    (name) => !env[name]?.trim(),
  );
  if (officerMissing.length > 0) {
    problems.push(
      `set ${officerMissing.join(", ")}. Québec's Law 25 requires a person in charge of the protection of personal information, ` +
        "named with their title and a way to reach them on the privacy page (/privacy).",
    );
  }
  if (env.DATABASE_URL) problems.push(...(await demoAccountProblems(env.DATABASE_URL)));
  if (problems.length === 0) return;
  console.error(`\nChevronné cannot start in production:\n${problems.map((problem) => `  - ${problem}`).join("\n")}\n`);
  process.exit(1);
}

function httpsOrAllowed(appUrl, allowHttp) {
  try {
    const { protocol } = new URL(appUrl);
    return protocol === "https:" || (protocol === "http:" && allowHttp);
  } catch {
    return true; // not a URL at all: app/env.server.ts says so in its own words
  }
}

async function demoAccountProblems(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    const { rows } = await client.query(
      `SELECT email FROM "User" WHERE lower(email) LIKE '%.example' ORDER BY email LIMIT 4`,
    );
    if (rows.length === 0) return [];
    const shown = rows
      .slice(0, 3)
      .map((row) => row.email)
      .join(", ");
    return [
      `the database holds the demo data's accounts (${shown}${rows.length > 3 ? ", …" : ""}), whose password is published. ` +
        "Production needs a database of its own: create an empty one and run npm run db:migrate, or delete every account whose address ends in .example.",
    ];
  } catch (error) {
    return [
      `the database could not be checked for demo accounts (${error.message}). Is DATABASE_URL right, and has npm run db:migrate run?`,
    ];
  } finally {
    await client.end().catch(() => {});
  }
}
