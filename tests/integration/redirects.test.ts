// Every redirect that takes its target from a request or from a stored sign-in challenge sends people to this site
// only (app/modules/security/redirects.server.ts), and a hostile value never makes a 500. The routes are called as
// Remix calls them; the browser's side of the case is tests/e2e/redirects.spec.ts.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { changePassword } from "~/modules/auth/password-sign-in.server";
import { createSession } from "~/modules/auth/session.server";
import { requestSignIn } from "~/modules/auth/sign-in.server";
import { action as suggestAction } from "~/routes/interviews.$token.suggest";
import { action as languageAction } from "~/routes/language";
import { action as codeAction } from "~/routes/signin.code";
import { action as signInAction, loader as signInLoader } from "~/routes/signin._index";
import { createCandidate } from "../support/fixtures";

const phish = "/\t/example.org/phish";

function post(path: string, fields: Record<string, string>, cookie?: string) {
  return new Request(`http://chevronne.test${path}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: cookie ? { Cookie: cookie } : {},
  });
}

/** The Location of the redirect the route answers with (thrown, as Remix routes do). */
async function locationOf(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.headers.get("Location");
    throw thrown;
  }
  throw new Error("the route did not redirect");
}

let clients = 0;
const context = () => ({ clientAddress: `203.0.113.${++clients}` });

describe("redirects after sign-in", () => {
  it("sends a password sign-in with the issue's tab to the dashboard, not to example.org", async () => {
    const { user } = await createCandidate("tab@exemple.ca");
    await changePassword(user.id, "un mot de passe solide", null);
    const location = await locationOf(() =>
      signInAction({
        request: post("/signin?index", {
          intent: "password",
          email: user.email,
          password: "un mot de passe solide",
          redirectTo: phish,
        }),
        params: {},
        context: context(),
      }),
    );
    expect(location).toBe("/dashboard");
  });

  it("keeps a path of this site", async () => {
    const { user } = await createCandidate("garde@exemple.ca");
    await changePassword(user.id, "un mot de passe solide", null);
    const location = await locationOf(() =>
      signInAction({
        request: post("/signin?index", {
          intent: "password",
          email: user.email,
          password: "un mot de passe solide",
          redirectTo: "/missions?q=caf%C3%A9",
        }),
        params: {},
        context: context(),
      }),
    );
    expect(location).toBe("/missions?q=caf%C3%A9");
  });

  it("stores no hostile target on a sign-in challenge, and never follows one already stored", async () => {
    const { user } = await createCandidate("lien@exemple.ca");
    await locationOf(() =>
      signInAction({
        request: post("/signin?index", { intent: "link", email: user.email, redirectTo: "/%2F%2Fexample.org" }),
        params: {},
        context: context(),
      }),
    );
    expect((await db.signInChallenge.findFirstOrThrow({ where: { email: user.email } })).redirectTo).toBeNull();

    // a challenge written before this check (or by anything else) holds the value
    const challengeId = await requestSignIn({ email: user.email, locale: "fr" });
    await db.signInChallenge.update({ where: { id: challengeId }, data: { redirectTo: phish } });
    const email = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: user.email },
      orderBy: { createdAt: "desc" },
    });
    const code = email.text.match(/\b(\d{6})\b/)?.[1] ?? "";
    const location = await locationOf(() =>
      codeAction({ request: post("/signin/code", { challenge: challengeId, code }), params: {}, context: context() }),
    );
    expect(location).toBe("/dashboard");
  });

  it("sends someone already signed in to the dashboard when the address's redirectTo leaves the site", async () => {
    const { user } = await createCandidate("deja@exemple.ca");
    const cookie = (await createSession(user.id)).split(";")[0];
    const request = new Request(`http://chevronne.test/signin?redirectTo=${encodeURIComponent(phish)}`, {
      headers: { Cookie: cookie },
    });
    expect(await locationOf(() => signInLoader({ request, params: {}, context: {} }))).toBe("/dashboard");
  });
});

describe("the language switch's way back", () => {
  it.each([
    ["a newline", "/\nx"],
    ["the issue's tab", phish],
    ["an encoded tab", "/%09/example.org"],
    ["two slashes", "//example.org"],
  ])("goes home instead of following %s (and never answers 500)", async (_label, returnTo) => {
    expect(
      await locationOf(() =>
        languageAction({ request: post("/language", { lang: "en", returnTo }), params: {}, context: {} }),
      ),
    ).toBe("/");
  });

  it("goes back to the page it came from", async () => {
    const location = await locationOf(() =>
      languageAction({
        request: post("/language", { lang: "en", returnTo: "/missions?q=jardin" }),
        params: {},
        context: {},
      }),
    );
    expect(location).toBe("/missions?q=jardin");
  });
});

describe("redirects built from an interview link's token", () => {
  it("stay on this site whatever the token holds (a newline never makes a 500)", async () => {
    const suggest = (token: string) =>
      locationOf(() =>
        suggestAction({
          request: post(`/interviews/x/suggest`, { text: "Je suis libre le mardi matin." }),
          params: { token },
          context: {},
        }),
      );
    expect(await suggest("x\n/\\example.org")).toBe("/");
    expect(await suggest("jeton-inconnu_123")).toBe("/interviews/jeton-inconnu_123");
  });
});
