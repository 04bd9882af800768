// The server the browser tests talk to: a fresh database with the demo data, a real SMTP server (smtp-server)
// that keeps every message as an .eml file for the tests to read, and the built app pointed at both.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { migrate, root, seedIfEmpty, serverScript } from "../../scripts/lib.mjs";
import { e2eDatabaseUrlFile } from "./e2e-database";
import { e2eMailDir, e2eSmtpPort } from "./e2e-mail";
import { tmpDir } from "./paths";
import { startTestServer } from "./test-postgres";

const port = process.env.E2E_PORT ?? "3100";
fs.rmSync(e2eMailDir, { recursive: true, force: true });
fs.mkdirSync(e2eMailDir, { recursive: true });

const postgres = await startTestServer("e2e");
const databaseUrl = postgres.url(`e2e_${Date.now()}`);
await migrate(databaseUrl);
seedIfEmpty(databaseUrl, { DATA_DIR: tmpDir });
fs.writeFileSync(e2eDatabaseUrlFile, databaseUrl);

let received = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received += 1;
      const name = `${Date.now()}-${String(received).padStart(5, "0")}.eml`;
      fs.writeFileSync(path.join(e2eMailDir, `${name}.part`), Buffer.concat(chunks));
      fs.renameSync(path.join(e2eMailDir, `${name}.part`), path.join(e2eMailDir, name));
      callback();
    });
  },
});
smtp.listen(e2eSmtpPort, "127.0.0.1");

const app = spawn(process.execPath, [serverScript], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    PORT: port,
    APP_URL: `http://localhost:${port}`,
    DATABASE_URL: databaseUrl,
    DATA_DIR: tmpDir,
    SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`,
    OUTBOX_POLL_MS: "150",
    // every browser test comes from this computer: limits per client would soon answer 429 (tests/integration/limits.test.ts covers them)
    LIMITS_EXEMPT_CLIENTS: "127.0.0.1,::1",
  },
});
let stopping = false;
const stop = () => {
  stopping = true;
  app.kill();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
app.on("exit", async (code) => {
  smtp.close();
  await postgres.stop();
  process.exit(stopping ? 0 : (code ?? 1));
});
