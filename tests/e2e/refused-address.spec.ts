// An address that refuses mail (issue 11, item 8): the person sees why on their account page and confirms the
// address with a code, with and without JavaScript; the recruiter sees "emails refused" beside the candidate.
import { expect, test } from "@playwright/test";
import { signUpCandidate } from "../support/e2e-candidate";
import { e2eQuery } from "../support/e2e-database";
import { demo, expectNoAxeViolations, signInWithPassword, uniqueEmail } from "../support/e2e-helpers";
import { codeFrom, waitForEmail } from "../support/e2e-mail";

/** Records a hard bounce for the address, as the outbox worker does when its mail server refuses it. */
function markRefused(email: string) {
  return e2eQuery(
    `INSERT INTO "RefusedAddress" (email, reply, "refusedAt") VALUES ($1, $2, now() AT TIME ZONE 'UTC')`,
    [email, `550 5.1.1 <${email}>: Recipient address rejected: User unknown`],
  );
}

for (const javaScriptEnabled of [true, false]) {
  test(`the person sees why their emails bounce and confirms the address with a code (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const email = uniqueEmail("rebond");
    await signUpCandidate(page, email, "Rita Rebond");
    await markRefused(email);

    await page.goto("/account");
    const notice = page.getByRole("region", { name: "Nos courriels ne vous parviennent pas" });
    await expect(notice).toContainText("550 5.1.1");
    await expect(notice).toContainText(email);
    // axe runs its script in the page: with JavaScript off it never answers (the server's HTML is the same)
    if (javaScriptEnabled) await expectNoAxeViolations(page);

    const since = Date.now();
    await notice.getByRole("button", { name: "M’envoyer un code à cette adresse" }).click();
    await page.getByLabel("Code reçu par courriel").fill(codeFrom(await waitForEmail(email, { since })));
    await page.getByRole("button", { name: "Me connecter" }).click();
    await expect(page).toHaveURL(/\/account\?saved=address$/);
    await expect(page.getByText("Merci : votre adresse fonctionne. Nous recommençons à vous écrire.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Nos courriels ne vous parviennent pas" })).toHaveCount(0);
    await context.close();
  });
}

test("the recruiter sees that emails to the candidate are refused, on the pipeline and the application page", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("rebond-rh");
  const candidatePage = await (await browser.newContext()).newPage();
  await signUpCandidate(candidatePage, email, "Roger Rebond");
  const [application] = await e2eQuery<{ id: string }>(
    `INSERT INTO "Application" (id, "missionId", "candidateId", "updatedAt")
     SELECT 'rebond-' || substr(md5(random()::text), 1, 12), m.id, c.id, now() AT TIME ZONE 'UTC'
     FROM "Mission" m, "CandidateProfile" c JOIN "User" u ON u.id = c."userId"
     WHERE u.email = $1 AND m.status = 'published'
       AND m."employerId" = (SELECT "employerId" FROM "Membership" ms JOIN "User" o ON o.id = ms."userId" WHERE o.email = $2)
     LIMIT 1 RETURNING id`,
    [email, demo.employer],
  );
  await markRefused(email);

  await signInWithPassword(page, demo.employer);
  await page.goto("/employer/pipeline");
  await expect(page.getByRole("listitem").filter({ hasText: "Roger Rebond" }).first()).toContainText(
    "Courriels refusés",
  );
  await page.goto(`/employer/applications/${application.id}`);
  await expect(page.getByText(/Nos courriels à cette personne sont refusés depuis le/)).toBeVisible();
  await expect(page.getByText("550 5.1.1")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
