// `npm run dev`: the Vite dev server with hot reload, on the same prepared database as `npm start`.
import { defaultDatabaseUrl, ensureDependencies, ensurePrismaClient, migrate, run, seedIfEmpty } from "./lib.mjs";

const databaseUrl = process.env.DATABASE_URL ?? defaultDatabaseUrl();
ensureDependencies();
ensurePrismaClient();
migrate(databaseUrl);
seedIfEmpty(databaseUrl);
run("node_modules/.bin/remix", ["vite:dev"], { env: { DATABASE_URL: databaseUrl } });
