// A local SMTP server for the benchmark that counts each message it receives by its Message-ID, and the
// connections opened, so a run can tell a missing email from one sent twice.
import { performance } from "node:perf_hooks";
import { SMTPServer } from "smtp-server";
import { freePort } from "./processes.mjs";

export async function startCountingSmtpServer() {
  const smtp = { received: new Map(), firstAt: 0, lastAt: 0, connections: 0, port: await freePort(), server: null };
  smtp.server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onConnect(_session, callback) {
      smtp.connections += 1;
      callback();
    },
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", () => {
        const headers = Buffer.concat(chunks)
          .toString("utf8")
          .split(/\r?\n\r?\n/)[0];
        const id = headers.match(/^message-id:\s*(\S+)/im)?.[1] ?? "(none)";
        smtp.received.set(id, (smtp.received.get(id) ?? 0) + 1);
        smtp.lastAt = performance.now();
        smtp.firstAt ||= smtp.lastAt;
        callback();
      });
    },
  });
  smtp.server.on("error", (error) => console.error(`[smtp] ${error.message}`));
  await new Promise((resolve) => smtp.server.listen(smtp.port, "127.0.0.1", resolve));
  return smtp;
}
