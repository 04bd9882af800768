// Configuration, read and validated once. Demo mode (the default) is what `npm start` runs on a laptop;
// production must be declared with CHEVRONNE_MODE=production and then refuses to start without its secrets.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

/** A setting left empty (`PRIVACY_OFFICER_NAME=`) counts as not set. */
function unlessBlank<T extends z.ZodType>(value: T) {
  return z.preprocess((raw) => (typeof raw === "string" && raw.trim() === "" ? undefined : raw), value.optional());
}

const schema = z.object({
  CHEVRONNE_MODE: z.enum(["demo", "production"]).default("demo"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.url().optional(),
  // production wants https; "1" accepts http for a private network where nothing crosses the internet
  ALLOW_HTTP_APP_URL: z.enum(["0", "1"]).default("0"),
  // `npm start` and `npm test` set it to their embedded server; production names its own
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      "DATABASE_URL must be a PostgreSQL address (postgres://user:password@host:port/database)",
    )
    .optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.email().default("bonjour@chevronne.localhost"),
  MAIL_FROM_NAME: z
    .string()
    .regex(/^[^\r\n<>"]*$/)
    .default("Chevronné"),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(2000),
  DEFAULT_TIME_ZONE: z.string().default("America/Toronto"),
  DATA_DIR: z.string().default("data"),
  // `npm run bench` only: serves /bench/cards, the framework's floor (app/routes/bench.cards.tsx)
  BENCH_PAGES: z.enum(["on", "off"]).default("off"),
  // Replies to interview proposals: an inbound SMTP listener (off unless a port is set) and the domain of the
  // per-interview reply addresses, whose MX must point at it.
  INBOUND_SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  INBOUND_SMTP_HOST: z.string().default("127.0.0.1"),
  REPLY_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/i)
    .default("reponses.chevronne.localhost"),
  // Interview rules: hours before the start when reminders go out; how often and how late a candidate may reschedule.
  INTERVIEW_REMINDER_HOURS: z
    .string()
    .regex(/^\d+(,\d+)*$/, "INTERVIEW_REMINDER_HOURS is a comma-separated list of hours, such as 24,2")
    .default("24,2"),
  INTERVIEW_RESCHEDULE_LIMIT: z.coerce.number().int().min(0).default(2),
  INTERVIEW_RESCHEDULE_CUTOFF_HOURS: z.coerce.number().min(0).default(12),
  // The person in charge of the protection of personal information (Québec's Law 25), shown on /privacy: production
  // must name them; demo mode shows an invented person.
  PRIVACY_OFFICER_NAME: unlessBlank(z.string().trim().max(120)),
  PRIVACY_OFFICER_TITLE: unlessBlank(z.string().trim().max(200)),
  PRIVACY_OFFICER_EMAIL: unlessBlank(z.email("PRIVACY_OFFICER_EMAIL must be an email address")),
  // Limits per client (app/modules/security/limits.server.ts): how many proxies in front append to X-Forwarded-For
  // (0: the connection's own address is the client's), and addresses never counted per client (a monitoring probe).
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  LIMITS_EXEMPT_CLIENTS: z
    .string()
    .refine(
      (list) => list === "" || list.split(",").every((address) => isIP(address.trim()) !== 0),
      "LIMITS_EXEMPT_CLIENTS is a comma-separated list of IP addresses",
    )
    .default(""),
  // "off" for a private installation: a new organisation is verified at once instead of waiting for an administrator
  EMPLOYER_VERIFICATION: z.enum(["on", "off"]).default("on"),
});

export type Env = ReturnType<typeof loadEnv>;

export function loadEnv(source: Record<string, string | undefined>) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Chevronné cannot start, the configuration is not valid:\n${problems}`);
  }
  const env = parsed.data;
  const isProduction = env.CHEVRONNE_MODE === "production";
  if (isProduction) {
    const missing = (["APP_URL", "SESSION_SECRET", "SMTP_URL", "DATABASE_URL"] as const).filter((name) => !env[name]);
    if (missing.length > 0) {
      throw new Error(
        `Chevronné cannot start in production: set ${missing.join(", ")}. ` +
          "Production never falls back to the development mailbox or to a generated secret.",
      );
    }
    const appUrlProblem = httpsAppUrlProblem(env.APP_URL!, env.ALLOW_HTTP_APP_URL === "1");
    if (appUrlProblem) throw new Error(`Chevronné cannot start in production: ${appUrlProblem}`);
    const officerMissing = privacyOfficerVariables.filter((name) => !env[name]);
    if (officerMissing.length > 0)
      throw new Error(`Chevronné cannot start in production: ${privacyOfficerProblem(officerMissing)}`);
  }
  const dataDir = path.resolve(env.DATA_DIR);
  return {
    isProduction,
    dataDir,
    port: env.PORT,
    appUrl: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    /** empty when unset: only scripts that never open the database (the unit tests) go without one */
    databaseUrl: env.DATABASE_URL ?? "",
    sessionSecret: env.SESSION_SECRET ?? localSecret(dataDir),
    smtpUrl: env.SMTP_URL,
    mailFrom: { address: env.MAIL_FROM, name: env.MAIL_FROM_NAME },
    /** the domain of our own identifiers in mail: Message-IDs, calendar UIDs */
    mailDomain: env.MAIL_FROM.split("@")[1],
    outboxPollMs: env.OUTBOX_POLL_MS,
    benchPages: env.BENCH_PAGES === "on",
    defaultTimeZone: env.DEFAULT_TIME_ZONE,
    inboundSmtp: env.INBOUND_SMTP_PORT ? { port: env.INBOUND_SMTP_PORT, host: env.INBOUND_SMTP_HOST } : null,
    replyDomain: env.REPLY_DOMAIN,
    interviews: {
      reminderHours: [...new Set(env.INTERVIEW_REMINDER_HOURS.split(",").map(Number))].sort((a, b) => b - a),
      candidateRescheduleLimit: env.INTERVIEW_RESCHEDULE_LIMIT,
      rescheduleCutoffHours: env.INTERVIEW_RESCHEDULE_CUTOFF_HOURS,
    },
    trustedProxies: env.TRUST_PROXY,
    limitsExemptClients: env.LIMITS_EXEMPT_CLIENTS.split(",")
      .map((address) => address.trim())
      .filter(Boolean),
    /** shown on /privacy with a way to write to them; demo mode's is invented */
    privacyOfficer: {
      name: env.PRIVACY_OFFICER_NAME ?? "Camille Demo",
      title: env.PRIVACY_OFFICER_TITLE ?? "Responsable de la protection des renseignements personnels (démonstration)",
      email: env.PRIVACY_OFFICER_EMAIL ?? "vie-privee@chevronne.localhost",
    },
    /** whether a new organisation waits for an administrator before its missions are shown (EMPLOYER_VERIFICATION) */
    employerVerification: env.EMPLOYER_VERIFICATION === "on",
  };
}

/** Why an APP_URL will not do in production, or null. Sign-in links and cookies travel in it: only https protects them. */
export function httpsAppUrlProblem(appUrl: string, allowHttp: boolean): string | null {
  const protocol = new URL(appUrl).protocol;
  if (protocol === "https:" || (protocol === "http:" && allowHttp)) return null;
  return (
    `APP_URL must start with https:// (it is ${appUrl}). Sign-in links and session cookies travel in the clear over http. ` +
    "On a private network where no request crosses the internet, set ALLOW_HTTP_APP_URL=1 to accept http."
  );
}

const privacyOfficerVariables = ["PRIVACY_OFFICER_NAME", "PRIVACY_OFFICER_TITLE", "PRIVACY_OFFICER_EMAIL"] as const;

/** The refusal when production does not name the person in charge of privacy (scripts/production-checks.mjs says the same). */
function privacyOfficerProblem(missing: readonly string[]): string {
  return (
    `set ${missing.join(", ")}. Québec's Law 25 requires a person in charge of the protection of personal information, ` +
    "named with their title and a way to reach them on the privacy page (/privacy)."
  );
}

/** Demo mode keeps a generated secret in the git-ignored data folder, so no secret lives in the repository. */
function localSecret(dataDir: string): string {
  const file = path.join(dataDir, "session-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export const env = loadEnv(process.env);
