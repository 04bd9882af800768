// `npm run admin -- grant <email>`, `npm run admin -- revoke <email>`, `npm run admin -- list`: administrators are
// made and unmade here, on the server, never through a web form. Each change is written to the audit trail ("system",
// by the command line). The database is DATABASE_URL's; without it, the embedded database of `npm start` (the
// server already running, or one started for the command and stopped after it).
// The app's modules are TypeScript: tsx (installed with the app) loads them, with the app's path aliases.
import fs from "node:fs";
import path from "node:path";
import { register } from "tsx/esm/api";
import { ensurePrismaClient, loadDotEnv, localDataDir, localDatabase, migrate } from "./lib.mjs";

const usage = `Usage:
  npm run admin -- grant <email>    make the account that uses this address an administrator
  npm run admin -- revoke <email>   take administrator rights away from it
  npm run admin -- list             list the administrators`;

const [command, email, ...extra] = process.argv.slice(2);
const valid =
  extra.length === 0 &&
  (command === "list" ? email === undefined : (command === "grant" || command === "revoke") && Boolean(email));
if (!valid) {
  console.error(usage);
  process.exit(2);
}

loadDotEnv();
const local = !process.env.DATABASE_URL;
if (local && !fs.existsSync(path.join(localDataDir, "PG_VERSION"))) {
  console.error("There is no database yet: run `npm start` once (it creates one), or set DATABASE_URL.");
  process.exit(1);
}

let database = { url: "", stop: async () => {} };
let exitCode = 0;
try {
  database = await localDatabase();
  // the laptop's database is brought up to date as `npm start` would; a production database never is from here
  if (local) await migrate(database.url);
  ensurePrismaClient();
  process.env.DATABASE_URL = database.url;
  register();
  const { grantAdministrator, listAdministrators, revokeAdministrator } =
    await import("../app/modules/administration/administrators.server.ts");
  const { db } = await import("../app/db.server.ts");
  try {
    if (command === "list") {
      const administrators = await listAdministrators();
      if (administrators.length === 0)
        console.log("No administrator yet. Make one with: npm run admin -- grant <email>");
      for (const person of administrators) {
        console.log(
          `${person.email}  ${person.name}${person.since ? `  (since ${person.since.toISOString().slice(0, 10)})` : ""}`,
        );
      }
    } else {
      const change = command === "grant" ? await grantAdministrator(email) : await revokeAdministrator(email);
      const words = {
        granted: `${email} is now an administrator: the Administration link shows in the header once they sign in (or reload a page).`,
        revoked: `${email} is no longer an administrator.`,
        unchanged:
          command === "grant"
            ? `${email} is already an administrator: nothing changed.`
            : `${email} is not an administrator: nothing changed.`,
        "no-account": `No account uses ${email}. The person signs up first (the site's sign-up page), then run this again.`,
      };
      console.log(words[change]);
      if (change === "no-account") exitCode = 1;
    }
  } finally {
    await db.$disconnect();
  }
} catch (error) {
  // the message only: an error object may carry the database URL and its password
  console.error(`npm run admin failed: ${error.message}`);
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
