// In production the development mailbox does not exist, and cookies are Secure.
import { describe, expect, it } from "vitest";

Object.assign(process.env, {
  CHEVRONNE_MODE: "production",
  SMTP_URL: "smtp://127.0.0.1:1",
  SESSION_SECRET: "p".repeat(48),
  APP_URL: "https://chevronne.example",
  PRIVACY_OFFICER_NAME: "Hélène Fortin",
  PRIVACY_OFFICER_TITLE: "Responsable de la protection des renseignements personnels",
  PRIVACY_OFFICER_EMAIL: "vie-privee@exemple.ca",
});

describe("production mode", () => {
  it("answers 404 for the dev mailbox", async () => {
    const { requireDevMailbox } = await import("~/modules/email/dev-mailbox.server");
    const { NotFoundError } = await import("~/modules/errors");
    const { loader } = await import("~/routes/dev.mail._index");
    const request = new Request("http://chevronne.test/dev/mail");
    const context = { clientAddress: "127.0.0.1" };
    // the module throws the domain error, the route answers it (decision 0035)
    expect(() => requireDevMailbox({ request, context })).toThrow(NotFoundError);
    let thrown: unknown;
    try {
      await loader({ request, context, params: {} });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(404);
  });

  it("sets Secure session cookies", async () => {
    const { db } = await import("~/db.server");
    const { createSession } = await import("~/modules/auth/session.server");
    const user = await db.user.create({ data: { email: "prod@exemple.ca", name: "Prod", kind: "candidate" } });
    expect(await createSession(user.id)).toMatch(/; Secure/);
  });
});
