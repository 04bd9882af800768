// `npm run dev`: the Vite dev server with hot reload, on the same prepared database as `npm start`.
import { ensureDependencies, ensurePrismaClient, localDatabase, migrate, run, seedIfEmpty } from "./lib.mjs";

ensureDependencies();
ensurePrismaClient();
const database = await localDatabase();
try {
  await migrate(database.url);
  seedIfEmpty(database.url);
  run("node_modules/.bin/remix", ["vite:dev"], { env: { DATABASE_URL: database.url } });
} finally {
  await database.stop();
}
