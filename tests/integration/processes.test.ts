// Two real server processes on one database: every queued message arrives once, and each round runs once.
// Also `npm run worker` (scripts/worker.mjs) as a process of its own.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { sendEmail } from "~/modules/email/outbox.server";
import { root } from "../../scripts/lib.mjs";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";

let smtp: TestSmtpServer;
const children: ChildProcess[] = [];

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(() => {
  smtp.messages.length = 0;
});
afterEach(async () => {
  await Promise.all(
    children.splice(0).map((child) => new Promise((resolve) => (child.once("exit", resolve), child.kill()))),
  );
  await db.outboxEmail.deleteMany();
});

/** Starts a process with the test's database and SMTP server; resolves with its output so far once it prints `ready`. */
function startProcess(args: string[], ready: string): Promise<{ output: () => string }> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, SMTP_URL: smtp.url, OUTBOX_POLL_MS: "50" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) resolve({ output: () => output });
    });
    child.once("exit", (code) =>
      reject(new Error(`${args.join(" ")} exited (${code}) before it was ready:\n${output}`)),
    );
  });
}

const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

function queue(count: number) {
  return Promise.all(
    Array.from({ length: count }, (_, index) =>
      db.$transaction((tx) =>
        sendEmail(tx, {
          to: `personne${index}@exemple.ca`,
          toName: "",
          locale: "fr",
          template: "noAccount",
          params: { signUpLink: "http://chevronne.test/signup" },
        }),
      ),
    ),
  );
}

describe("several processes on one database", () => {
  it("delivers each of 50 messages exactly once and runs each round once between two processes", async () => {
    const processes = await Promise.all(
      [0, 1].map(() => startProcess([tsx, "tests/support/background-process.ts"], "ready")),
    );
    const queued = await queue(50);
    await expect.poll(() => smtp.messages.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(50);

    expect(smtp.messages.map((mail) => mail.messageId).sort()).toEqual(queued.map((row) => row.messageId).sort());
    // a message reaches the SMTP server a moment before its worker records it sent
    await expect.poll(() => db.outboxEmail.count({ where: { status: "sent" } })).toBe(50);
    const runs = processes.flatMap((child) => child.output().match(/^ran .+$/gm) ?? []);
    expect(runs.sort()).toEqual(["ran first round", "ran second round"]);
  });

  it("npm run worker delivers the outbox without a web server", async () => {
    await startProcess(["scripts/worker.mjs"], "[worker]");
    const [row] = await queue(1);
    const mail = await smtp.waitForMessage((message) => message.messageId === row.messageId);
    expect(mail.subject).toBeTruthy();
  });
});
