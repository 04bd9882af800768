// Issue 13, points 13 and 14, in a browser: the compact board (23 cards under 2 000 px at 1280×800), a move by
// keyboard without JavaScript, a rejection whose email is read, edited, sent 5 minutes later unless undone (and
// here undone), a card dragged with the mouse onto another column, and a bulk move that counts who is emailed first.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { e2eQuery } from "../support/e2e-database";
import { demo, expectNoAxeViolations, signInWithPassword, uniqueEmail } from "../support/e2e-helpers";

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * A mission of the demo employer of its own (closed, so no other spec finds it in the search), with 23 applications
 * spread over the stages as a real board is.
 */
async function boardOf23(): Promise<{ missionId: string; names: string[] }> {
  const missionId = randomUUID();
  await e2eQuery(
    `INSERT INTO "Mission" SELECT (jsonb_populate_record(NULL::"Mission", to_jsonb(m) || jsonb_build_object('id', $1::text, 'title', 'Accueil du tableau ' || $1::text, 'status', 'closed'))).* FROM "Mission" m WHERE id = 'seed-mission-001'`,
    [missionId],
  );
  const spread = { new: 7, screening: 6, interview: 4, offer: 2, hired: 1, not_selected: 3 } as const;
  const names: string[] = [];
  for (const [stage, count] of Object.entries(spread)) {
    for (let index = 0; index < count; index += 1) {
      const name = `Personne ${stage} ${index + 1}`;
      names.push(name);
      await e2eQuery(
        `WITH person AS (
           INSERT INTO "User" (id, email, name, kind, locale, "timeZone", "updatedAt") VALUES ($1, $2, $3, 'candidate', $4, 'America/Toronto', now()) RETURNING id),
         profile AS (
           INSERT INTO "CandidateProfile" (id, "userId", "updatedAt") SELECT $5, id, now() FROM person RETURNING id)
         INSERT INTO "Application" (id, "missionId", "candidateId", stage, "updatedAt") SELECT $6, $7, id, $8, now() FROM profile`,
        [
          randomUUID(),
          uniqueEmail("board"),
          name,
          index % 3 === 0 ? "en" : "fr",
          randomUUID(),
          randomUUID(),
          missionId,
          stage,
        ],
      );
    }
  }
  return { missionId, names };
}

const column = (page: Page, heading: RegExp) =>
  page.locator("section", { has: page.getByRole("heading", { name: heading }) });

test("the board of 23 cards stays short, and a card moves by keyboard without JavaScript", async ({ browser }) => {
  const { missionId } = await boardOf23();
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInWithPassword(page, demo.employer);
  await page.goto(`/employer/pipeline?mission=${missionId}`);
  await expect(page.getByRole("heading", { name: "Nouvelles (7)" })).toBeVisible();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, `board height ${height}px`).toBeLessThan(2000);

  // The card's "Déplacer" link, Enter; Space on the stage, Tab to "Continuer", Enter; untick, Enter on "Déplacer".
  await page.getByRole("link", { name: "Déplacer Personne new 2" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Déplacer la candidature de Personne new 2" })).toBeVisible();
  await page.getByRole("radio", { name: "En examen" }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Continuer" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Personne new 2 passera de « Nouvelles » à « En examen ».")).toBeVisible();
  await expect(page.getByLabel("Envoyer ce courriel à Personne new 2")).toBeChecked();
  await page.getByLabel("Envoyer ce courriel à Personne new 2").press("Space");
  await page.getByRole("button", { name: "Déplacer", exact: true }).press("Enter");
  await expect(page.getByRole("heading", { name: "En examen (7)" })).toBeVisible();
  await expect(column(page, /^En examen/).getByRole("link", { name: "Personne new 2", exact: true })).toBeVisible();
  await context.close();
});

test("a rejection's email is read, edited, held 5 minutes and withdrawn with 'Annuler l'envoi'", async ({ page }) => {
  const { missionId } = await boardOf23();
  await signInWithPassword(page, demo.employer);
  await page.goto(`/employer/pipeline?mission=${missionId}`);
  // axe runs in the page's JavaScript, so the new page states are checked here, with it on
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Déplacer Personne interview 2" }).click();
  await expect(page.getByRole("heading", { name: "Déplacer la candidature de Personne interview 2" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "Non retenue" }).check();
  await page.getByRole("button", { name: "Continuer" }).click();
  const notify = page.getByLabel("Envoyer ce courriel à Personne interview 2");
  await expect(notify).not.toBeChecked();
  const body = page.getByLabel("Message");
  await expect(body).toHaveValue(/Personne interview 2/);
  await body.fill("Bonjour,\n\nNous avons retenu une personne qui habite plus près. Merci de votre intérêt sincère.");
  await expectNoAxeViolations(page);
  await notify.check();
  await page.getByRole("button", { name: "Déplacer", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Courriels en attente d’envoi" })).toBeVisible();
  const [queued] = await e2eQuery<{ id: string; text: string; status: string }>(
    `SELECT o.id, o.text, o.status FROM "OutboxEmail" o JOIN "Application" a ON o.topic = 'candidate-move:' || a.id JOIN "CandidateProfile" p ON p.id = a."candidateId" JOIN "User" u ON u.id = p."userId" WHERE u.name = 'Personne interview 2' AND a."missionId" = $1`,
    [missionId],
  );
  expect(queued.status).toBe("pending");
  expect(queued.text).toContain("Nous avons retenu une personne qui habite plus près.");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Annuler l’envoi du courriel à Personne interview 2" }).click();
  await expect(page.getByText("L’envoi est annulé : la personne ne recevra pas ce courriel.")).toBeVisible();
  // this email only: the list is the organisation's, and the tests beside this one queue emails of their own
  await expect(page.getByRole("button", { name: "Annuler l’envoi du courriel à Personne interview 2" })).toHaveCount(0);
  const [withdrawn] = await e2eQuery<{ status: string }>(`SELECT status FROM "OutboxEmail" WHERE id = $1`, [queued.id]);
  expect(withdrawn.status).toBe("withdrawn");
  await expect(
    column(page, /^Non retenue/).getByRole("link", { name: "Personne interview 2", exact: true }),
  ).toBeVisible();
});

test("a card dragged with the mouse opens the same move step; a bulk move counts who is emailed before confirming", async ({
  page,
}) => {
  const { missionId } = await boardOf23();
  await signInWithPassword(page, demo.employer);
  await page.goto(`/employer/pipeline?mission=${missionId}`);
  // cards become draggable once the page's script runs
  const card = page.locator('li[draggable="true"]', {
    has: page.getByRole("link", { name: "Personne screening 1", exact: true }),
  });
  await card.dragTo(column(page, /^Offre/));
  // the card under the pointer as the drag starts (the page may scroll the column into view first)
  await expect(page.getByText(/^Personne screening \d passera de « En examen » à « Offre »\.$/)).toBeVisible();
  await page.getByRole("button", { name: "Déplacer", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Offre (3)" })).toBeVisible();

  await page.getByRole("link", { name: "Liste" }).click();
  await page.getByLabel("Choisir Personne new 1").check();
  await page.getByLabel("Choisir Personne new 3").check();
  await page.getByLabel("Déplacer vers").selectOption("not_selected");
  await page.getByRole("button", { name: "Voir avant de déplacer" }).click();
  await expect(page.getByText("2 candidatures passeront à l’étape « Non retenue ».")).toBeVisible();
  await expect(page.getByLabel("Envoyer un courriel à 2 personnes")).not.toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirmer le déplacement" }).click();
  await expect(page.getByText("2 candidatures déplacées.")).toBeVisible();
  const [{ count }] = await e2eQuery<{ count: string }>(
    `SELECT count(*) FROM "OutboxEmail" o JOIN "Application" a ON o.topic = 'candidate-move:' || a.id WHERE a."missionId" = $1`,
    [missionId],
  );
  expect(Number(count)).toBe(1);
});
