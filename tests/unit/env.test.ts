import { describe, expect, it } from "vitest";
import { loadEnv } from "~/env.server";

const privacyOfficer = {
  PRIVACY_OFFICER_NAME: "Hélène Fortin",
  PRIVACY_OFFICER_TITLE: "Responsable de la protection des renseignements personnels",
  PRIVACY_OFFICER_EMAIL: "vie-privee@exemple.ca",
};

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
      loadEnv({
        CHEVRONNE_MODE: "production",
        APP_URL: "https://chevronne.example",
        SESSION_SECRET: "s".repeat(40),
        DATABASE_URL: "postgres://chevronne@db.example:5432/chevronne",
      }),
    ).toThrow(/set SMTP_URL/);
  });

  it("starts in production when everything is declared", () => {
    const env = loadEnv({
      CHEVRONNE_MODE: "production",
      APP_URL: "https://chevronne.example/",
      SESSION_SECRET: "s".repeat(40),
      DATABASE_URL: "postgres://chevronne@db.example:5432/chevronne",
      SMTP_URL: "smtps://user:pass@mail.example:465",
      ...privacyOfficer,
    });
    expect(env.isProduction).toBe(true);
    expect(env.appUrl).toBe("https://chevronne.example");
    expect(env.privacyOfficer).toEqual({
      name: "Hélène Fortin",
      title: "Responsable de la protection des renseignements personnels",
      email: "vie-privee@exemple.ca",
    });
  });

  it("refuses to start in production without the person in charge of privacy; demo mode shows an invented one", () => {
    const production = {
      CHEVRONNE_MODE: "production",
      APP_URL: "https://chevronne.example",
      SESSION_SECRET: "s".repeat(40),
      DATABASE_URL: "postgres://chevronne@db.example:5432/chevronne",
      SMTP_URL: "smtp://mail.example:25",
    };
    expect(() => loadEnv(production)).toThrow(
      /set PRIVACY_OFFICER_NAME, PRIVACY_OFFICER_TITLE, PRIVACY_OFFICER_EMAIL\. Québec's Law 25/,
    );
    expect(() => loadEnv({ ...production, ...privacyOfficer, PRIVACY_OFFICER_TITLE: "  " })).toThrow(
      /set PRIVACY_OFFICER_TITLE\./,
    );
    expect(() => loadEnv({ ...production, ...privacyOfficer, PRIVACY_OFFICER_EMAIL: "not an address" })).toThrow(
      /PRIVACY_OFFICER_EMAIL must be an email address/,
    );
    expect(loadEnv({ DATA_DIR: "tests/.tmp" }).privacyOfficer.email).toBe("vie-privee@chevronne.localhost");
  });

  it("explains a malformed setting", () => {
    expect(() => loadEnv({ SMTP_URL: "mail.example" })).toThrow(/SMTP_URL must start with smtp/);
  });

  it("refuses an APP_URL that is not https in production, unless ALLOW_HTTP_APP_URL=1 says it is a private network", () => {
    const production = {
      CHEVRONNE_MODE: "production",
      SESSION_SECRET: "s".repeat(40),
      DATABASE_URL: "postgres://chevronne@db.example:5432/chevronne",
      SMTP_URL: "smtp://mail.example:25",
      ...privacyOfficer,
    };
    expect(() => loadEnv({ ...production, APP_URL: "http://chevronne.intranet" })).toThrow(
      /APP_URL must start with https:\/\/.*ALLOW_HTTP_APP_URL=1/s,
    );
    expect(loadEnv({ ...production, APP_URL: "http://chevronne.intranet", ALLOW_HTTP_APP_URL: "1" }).appUrl).toBe(
      "http://chevronne.intranet",
    );
    // demo mode on a laptop stays on http
    expect(loadEnv({ DATA_DIR: "tests/.tmp", APP_URL: "http://localhost:3000" }).appUrl).toBe("http://localhost:3000");
  });
});
