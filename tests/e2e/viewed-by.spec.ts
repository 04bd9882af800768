// Who looked (issue 12, point 6): an employer opens a candidate's application, and the candidate's account page then
// names that organisation with what it saw, in French and in English, with no axe violation.
import { expect, test } from "@playwright/test";
import { e2eQuery } from "../support/e2e-database";
import { demo, expectNoAxeViolations, signInWithPassword, useLanguage } from "../support/e2e-helpers";

test("the candidate sees on their account page that an employer opened their application", async ({
  browser,
  baseURL,
}) => {
  const [row] = await e2eQuery<{ id: string; organisation: string; candidate: string; member: string }>(
    `SELECT a.id, e.name AS organisation, cu.name AS candidate, eu.name AS member
     FROM "Application" a
     JOIN "CandidateProfile" p ON p.id = a."candidateId" JOIN "User" cu ON cu.id = p."userId"
     JOIN "Mission" m ON m.id = a."missionId" JOIN "Employer" e ON e.id = m."employerId"
     JOIN "Membership" ms ON ms."employerId" = e.id JOIN "User" eu ON eu.id = ms."userId"
     WHERE cu.email = $1 AND eu.email = $2 LIMIT 1`,
    [demo.candidate, demo.employer],
  );
  expect(row, "the demo candidate has an application at the demo employer").toBeTruthy();

  const employer = await (await browser.newContext()).newPage();
  await signInWithPassword(employer, demo.employer);
  await employer.goto(`/employer/applications/${row.id}`);
  await expect(employer.getByRole("heading", { level: 1, name: row.candidate })).toBeVisible();

  const candidateContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  await signInWithPassword(candidate, demo.candidate);
  await candidate.goto("/account");
  const section = candidate.locator("section", { has: candidate.locator("#viewed-by-title") });
  await expect(section.getByRole("heading", { name: "Qui a consulté vos renseignements" })).toBeVisible();
  const entry = section
    .getByRole("listitem")
    .filter({ has: candidate.getByRole("heading", { name: row.organisation }) });
  await expect(entry).toContainText("votre candidature");
  await expect(entry).toContainText("Dernière fois");
  // the organisation, never the person who looked
  await expect(section).not.toContainText(row.member);
  await expectNoAxeViolations(candidate);

  await useLanguage(candidateContext, baseURL!, "en");
  await candidate.goto("/account");
  const english = candidate.locator("section", { has: candidate.locator("#viewed-by-title") });
  await expect(english.getByRole("heading", { name: "Who looked at your information" })).toBeVisible();
  await expect(
    english.getByRole("listitem").filter({ has: candidate.getByRole("heading", { name: row.organisation }) }),
  ).toContainText("your application");
});
