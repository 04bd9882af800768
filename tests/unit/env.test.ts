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
});
