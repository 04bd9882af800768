// Background work starts when the server asks for it, never because a module was imported (issue 16, item 6;
// docs/decisions/0033-explicit-startup.md). A real process imports app/entry.server.tsx with NODE_ENV=production:
// nothing is delivered, no lease is taken and the reply listener's port stays closed until startBackgroundWork().
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { sendEmail } from "~/modules/email/outbox.server";
import { root } from "../../scripts/lib.mjs";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";

let smtp: TestSmtpServer;
const children: ChildProcess[] = [];
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
afterEach(async () => {
  await Promise.all(
    children.splice(0).map((child) => new Promise((resolve) => (child.once("exit", resolve), child.kill()))),
  );
  await db.outboxEmail.deleteMany();
  await db.lease.deleteMany();
});

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

describe("starting the background work", () => {
  it("importing the server entry starts nothing; startBackgroundWork() starts the outbox and the reply listener", async () => {
    const inboundPort = await freePort();
    const child = spawn(process.execPath, [tsx, "tests/support/server-entry-process.ts"], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        SMTP_URL: smtp.url,
        OUTBOX_POLL_MS: "50",
        INBOUND_SMTP_PORT: String(inboundPort),
      },
      stdio: ["pipe", "pipe", "inherit"],
    });
    children.push(child);
    let output = "";
    const printed = (word: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => output.includes(word) && resolve();
        child.stdout!.on("data", (chunk: Buffer) => ((output += chunk.toString()), check()));
        child.once("exit", (code) => reject(new Error(`exited (${code}) before "${word}":\n${output}`)));
        check();
      });
    await printed("imported");
    const [row] = await db.$transaction((tx) =>
      Promise.all([
        sendEmail(tx, {
          to: "personne@exemple.ca",
          toName: "",
          locale: "fr",
          template: "noAccount",
          params: { signUpLink: "http://chevronne.test/signup" },
        }),
      ]),
    );

    // with a 50 ms poll, a started worker would have sent it many times over
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(smtp.messages).toHaveLength(0);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: row.id }, select: { status: true } })).toEqual({
      status: "pending",
    });
    expect(await db.lease.count()).toBe(0);
    expect(await accepts(inboundPort)).toBe(false);

    child.stdin!.write("start\n");
    await printed("started");
    await smtp.waitForMessage((message) => message.messageId === row.messageId, 30_000);
    await expect
      .poll(() => db.lease.findUnique({ where: { name: "inbound-mail-listener" } }), { timeout: 30_000 })
      .toBeTruthy();
    await expect.poll(() => accepts(inboundPort), { timeout: 30_000 }).toBe(true);
  }, 90_000); // a process that loads the whole server entry, on a busy machine
});
