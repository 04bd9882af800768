// A real SMTP server for tests (the smtp-server package). Messages are read back with mailparser.
import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export type TestSmtpServer = {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** how many connections clients have opened so far */
  connections: number;
  /**
   * make the next recipients fail with this SMTP reply code (421 temporary, 550 permanent), or accept again (null);
   * `text` follows the code as it is, so a test may give an enhanced status code ("5.1.1 No such user")
   */
  refuseWith(code: number | null, text?: string): void;
  /** ask clients to sign in (AUTH) with this password (any user name) and refuse others with 535; null: no sign-in */
  requirePassword(password: string | null): void;
  waitForMessage(predicate: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
};

function smtpError(message: string, responseCode: number) {
  return Object.assign(new Error(message), { responseCode });
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  let refusal: { code: number; text: string } | null = null;
  let password: string | null = null;
  const options: SMTPServerOptions = {
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    // the reply is exactly the code and the text a test gives
    hideENHANCEDSTATUSCODES: true,
    logger: false,
    // a pooled client keeps its connections open: the test's end closes them at once instead of waiting 30 s
    closeTimeout: 100,
    onConnect(_session, callback) {
      server.connections += 1;
      callback();
    },
    onAuth(auth, _session, callback) {
      if (password !== null && auth.password !== password)
        return callback(smtpError("Authentication credentials invalid", 535));
      callback(null, { user: auth.username });
    },
    onMailFrom(_address, session, callback) {
      if (password !== null && !session.user) return callback(smtpError("Authentication required", 530));
      callback();
    },
    onRcptTo(_address, _session, callback) {
      if (refusal) return callback(smtpError(refusal.text, refusal.code));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  };
  const smtp = new SMTPServer(options);
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as AddressInfo;
  const server: TestSmtpServer = {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    connections: 0,
    refuseWith(code, text) {
      refusal = code ? { code, text: text ?? (code >= 500 ? "Mailbox unavailable" : "Try again later") } : null;
    },
    requirePassword(wanted) {
      password = wanted;
    },
    async waitForMessage(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = messages.find(predicate);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error("No matching email arrived in time");
    },
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
  return server;
}
