import { describe, expect, it } from "vitest";
import { loadEnv } from "~/env.server";

describe("configuration", () => {
  it("runs in demo mode with no settings, with the dev mailbox (no SMTP) and a generated secret", () => {
    const env = loadEnv({ DATA_DIR: "tests/.tmp" });
    expect(env.isProduction).toBe(false);
    expect(env.smtpUrl).toBeUndefined();
    expect(env.sessionSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(env.appUrl).toBe("http://localhost:3000");
  });

  it("refuses to start in production without SMTP_URL, naming what is missing", () => {
    expect(() =>
      loadEnv({ CHEVRONNE_MODE: "production", APP_URL: "https://chevronne.example", SESSION_SECRET: "s".repeat(40), DATABASE_URL: "postgres://chevronne@db.example:5432/chevronne" }),
    ).toThrow(/set SMTP_URL/);
  });

  it("starts in production when everything is declared", () => {
    const env = loadEnv({
      CHEVRONNE_MODE: "production",
      APP_URL: "https://chevronne.example/",
      SESSION_SECRET: "s".repeat(40),
      DATABASE_URL: "postgres://chevronne@db.example:5432/chevronne",
      SMTP_URL: "smtps://user:pass@mail.example:465",
    });
    expect(env.isProduction).toBe(true);
    expect(env.appUrl).toBe("https://chevronne.example");
  });

  it("explains a malformed setting", () => {
    expect(() => loadEnv({ SMTP_URL: "mail.example" })).toThrow(/SMTP_URL must start with smtp/);
  });

  it("refuses an APP_URL that is not https in production, unless ALLOW_HTTP_APP_URL=1 says it is a private network", () => {
    const production = { CHEVRONNE_MODE: "production", SESSION_SECRET: "s".repeat(40), DATABASE_URL: "postgres://chevronne@db.example:5432/chevronne", SMTP_URL: "smtp://mail.example:25" };
    expect(() => loadEnv({ ...production, APP_URL: "http://chevronne.intranet" })).toThrow(/APP_URL must start with https:\/\/.*ALLOW_HTTP_APP_URL=1/s);
    expect(loadEnv({ ...production, APP_URL: "http://chevronne.intranet", ALLOW_HTTP_APP_URL: "1" }).appUrl).toBe("http://chevronne.intranet");
    // demo mode on a laptop stays on http
    expect(loadEnv({ DATA_DIR: "tests/.tmp", APP_URL: "http://localhost:3000" }).appUrl).toBe("http://localhost:3000");
  });
});
