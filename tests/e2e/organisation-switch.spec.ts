// Belonging to two organisations, without JavaScript (issue 13, item 12): a recruiter accepts a second organisation's
// invitation and works in it at once, switches between the two in the header and sees only the chosen one's
// pipeline; once removed from the organisation their browser works in, every employer page says so by name, without
// the employer menu, and offers the other team. axe on the header's switch and on that page, in French and English.
import { createHash, randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { e2eQuery } from "../support/e2e-database";
import { axeViolations, expectNoAxeViolations, uniqueEmail, useLanguage } from "../support/e2e-helpers";

type Organisation = { id: string; name: string; missions: string[] };

/** A verified organisation with an owner and two closed missions (closed: no other spec finds them in the search). */
async function organisation(name: string, missionTitles: string[]): Promise<Organisation> {
  const tag = `${Date.now()}-${randomBytes(3).toString("hex")}`;
  const [employer] = await e2eQuery<{ id: string }>(
    `INSERT INTO "Employer" (id, slug, name, sector, purpose, town, "verificationStatus", "updatedAt")
     VALUES ($1, $1, $2, 'culture', 'Faire aimer la lecture.', 'Québec', 'verified', now()) RETURNING id`,
    [`org-switch-${tag}`, name],
  );
  await e2eQuery(
    `INSERT INTO "User" (id, email, name, kind, "updatedAt") VALUES ($1, $2, 'Louise Tremblay', 'employer', now())`,
    [`owner-${tag}`, `owner-${tag}@exemple.ca`],
  );
  await e2eQuery(`INSERT INTO "Membership" (id, "employerId", "userId", role) VALUES ($1, $2, $3, 'owner')`, [
    `owner-membership-${tag}`,
    employer!.id,
    `owner-${tag}`,
  ]);
  for (const [index, title] of missionTitles.entries()) {
    await e2eQuery(
      `INSERT INTO "Mission" (id, "employerId", title, summary, description, sector, "scheduleMask", "hoursPerWeekMin", "hoursPerWeekMax", town, status, "updatedAt")
       VALUES ($1, $2, $3, 'Accueillir.', 'Votre mission : accueillir.', 'culture', 7, 4, 8, 'Québec', 'closed', now())`,
      [`mission-${tag}-${index}`, employer!.id, title],
    );
  }
  return { id: employer!.id, name, missions: missionTitles };
}

/** An invitation of `organisation` to `email`, as the team page writes it; returns the emailed link's path. */
async function invitation(organisation: Organisation, email: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const [owner] = await e2eQuery<{ userId: string }>(
    `SELECT "userId" FROM "Membership" WHERE "employerId" = $1 AND role = 'owner'`,
    [organisation.id],
  );
  await e2eQuery(
    `INSERT INTO "Invitation" (id, "employerId", email, "tokenHash", "invitedById", "expiresAt") VALUES ($1, $2, $3, $4, $5, now() + interval '14 days')`,
    [
      `invitation-${randomBytes(6).toString("hex")}`,
      organisation.id,
      email,
      createHash("sha256").update(token).digest("hex"),
      owner!.userId,
    ],
  );
  return `/invitations/accept?token=${token}`;
}

async function accept(page: Page, link: string, words: { accept: string; name?: string }) {
  await page.goto(link);
  if (words.name) await page.getByLabel(words.name).fill("Chantal Giroux");
  await page.getByRole("button", { name: words.accept }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** The mission names the pipeline's filter offers: the organisation's missions, and no other. */
async function pipelineMissions(page: Page, missionLabel: string) {
  const options = await page.getByLabel(missionLabel, { exact: true }).locator("option").allTextContents();
  return options.slice(1).sort();
}

const words = {
  fr: {
    accept: "Accepter l’invitation",
    name: "Votre nom",
    switchLabel: "Organisation",
    switchButton: "Changer d’organisation",
    pipelineLink: "Candidatures",
    mission: "Mission",
    removed: (name: string) => `Vous ne faites plus partie de l’équipe de ${name}`,
    goTo: (name: string) => `Aller à l’équipe de ${name}`,
    notFound: "Page introuvable",
  },
  en: {
    accept: "Accept the invitation",
    name: "Your name",
    switchLabel: "Organisation",
    switchButton: "Switch organisation",
    pipelineLink: "Applications",
    mission: "Mission",
    removed: (name: string) => `You are no longer part of ${name}’s team`,
    goTo: (name: string) => `Go to the ${name} team`,
    notFound: "Page not found",
  },
};

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ["fr", "en"] as const) {
    test(`two organisations: accept the second, switch in the header, removed from one (${lang})`, async ({
      page,
      baseURL,
    }) => {
      // two acceptances, a switch, two axe checks: slow on a loaded machine
      test.setTimeout(120_000);
      const say = words[lang];
      await useLanguage(page.context(), baseURL!, lang);
      const museum = await organisation(`Musée de la Civilisation ${lang}-${Date.now()}`, [
        `Visites guidées ${lang}`,
        `Accueil des groupes ${lang}`,
      ]);
      const library = await organisation(`Bibliothèque Gabrielle-Roy ${lang}-${Date.now()}`, [
        `Prêt et conseils ${lang}`,
        `Heure du conte ${lang}`,
      ]);
      const email = uniqueEmail("deux-equipes");

      // the first invitation: a new account, one organisation, no switch in the header
      await accept(page, await invitation(museum, email), { accept: say.accept, name: say.name });
      await expect(page.getByLabel(say.switchLabel, { exact: true })).toHaveCount(0);

      // the second: the person already has an account; the new session works in the library at once
      await accept(page, await invitation(library, email), { accept: say.accept });
      const header = page.locator("header");
      const choice = header.getByLabel(say.switchLabel, { exact: true });
      await expect(choice).toHaveValue(library.id);
      await expect(choice.locator("option")).toHaveText([museum.name, library.name]);
      await page.goto("/employer/pipeline");
      expect(await pipelineMissions(page, say.mission)).toEqual([...library.missions].sort());
      // the header's new switch (the pipeline itself is checked by accessibility.spec.ts)
      expect(await axeViolations(page, "header"), "axe violations in the header").toEqual([]);

      // switch to the museum from the header: back on the pipeline, the museum's only
      await choice.selectOption(museum.id);
      await header.getByRole("button", { name: say.switchButton }).click();
      await expect(page).toHaveURL(/\/employer\/pipeline$/);
      await expect(header.getByLabel(say.switchLabel, { exact: true })).toHaveValue(museum.id);
      expect(await pipelineMissions(page, say.mission)).toEqual([...museum.missions].sort());

      // the museum removes them while this browser works in it: every employer page says so, without the menu
      await e2eQuery(
        `DELETE FROM "Membership" WHERE "employerId" = $1 AND "userId" = (SELECT id FROM "User" WHERE email = $2)`,
        [museum.id, email],
      );
      await page.reload();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(say.removed(museum.name));
      await expect(page.getByText(say.notFound)).toHaveCount(0);
      await expect(header.getByRole("link", { name: say.pipelineLink, exact: true })).toHaveCount(0);
      await expect(header.getByLabel(say.switchLabel, { exact: true })).toHaveCount(0);
      await expectNoAxeViolations(page);
      await page.goto("/employer/missions");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(say.removed(museum.name));

      // the page offers the team they still belong to; the keyboard reaches it
      const goOn = page.getByRole("button", { name: say.goTo(library.name) });
      await goOn.focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByText(library.name).first()).toBeVisible();
      await expect(header.getByRole("link", { name: say.pipelineLink, exact: true })).toBeVisible();
      await page.goto("/employer/pipeline");
      expect(await pipelineMissions(page, say.mission)).toEqual([...library.missions].sort());
    });
  }

  test("a switch to an organisation the person does not belong to answers 404 and changes nothing", async ({
    page,
    baseURL,
  }) => {
    const museum = await organisation(`Musée du Fjord ${Date.now()}`, ["Accueil au musée"]);
    const library = await organisation(`Bibliothèque de Chicoutimi ${Date.now()}`, ["Prêt de livres"]);
    const other = await organisation(`Quincaillerie Dubé ${Date.now()}`, ["Conseils au comptoir"]);
    const email = uniqueEmail("intrus");
    await accept(page, await invitation(museum, email), { accept: words.fr.accept, name: words.fr.name });
    await accept(page, await invitation(library, email), { accept: words.fr.accept });
    const answer = await page.request.post("/employer/switch", {
      form: { organisation: other.id, returnTo: "/employer/pipeline" },
      headers: { Origin: new URL(baseURL!).origin, "Sec-Fetch-Site": "same-origin" },
      maxRedirects: 0,
    });
    expect(answer.status()).toBe(404);
    await page.goto("/employer/pipeline");
    await expect(page.locator("header").getByLabel("Organisation", { exact: true })).toHaveValue(library.id);
    expect(await pipelineMissions(page, "Mission")).toEqual(library.missions);
  });
});
