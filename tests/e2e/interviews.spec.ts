// An interview arranged by email, in the browser: the recruiter proposes (and meets the daylight-saving refusal),
// the candidate picks a time from the emailed link with JavaScript off, both calendars get the invitation; axe
// checks every interview page on the way, in French and in English.
import { expect, test } from "@playwright/test";
import { createHash, createHmac, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { e2eQuery, insertApplicantForDemoMission } from "../support/e2e-database";
import { tmpDir } from "../support/paths";
import { demo, expectNoAxeViolations, signInWithPassword, uniqueEmail, useLanguage } from "../support/e2e-helpers";
import { linkFrom, waitForEmail } from "../support/e2e-mail";

const words = {
  fr: {
    sent: "La proposition est envoyée.",
    nonexistent: "Cette heure n’existe pas ce jour-là",
    booked: "C’est confirmé!",
    status: "Confirmée",
    timeline: "Entrevue réservée",
  },
  en: {
    sent: "The proposal is sent.",
    nonexistent: "This time does not exist on that day",
    booked: "Confirmed!",
    status: "Confirmed",
    timeline: "Interview booked",
  },
};

for (const lang of ["fr", "en"] as const) {
  test(`an interview proposed, picked by link with JavaScript off, and confirmed to both (${lang})`, async ({
    page,
    browser,
    context,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    await useLanguage(context, baseURL!, lang);
    const candidateEmail = uniqueEmail(`interview-${lang}`);
    const applicationId = await insertApplicantForDemoMission(
      candidateEmail,
      lang === "fr" ? "Lise Gagnon" : "Linda Grant",
      lang,
    );
    // each run its own days, so parallel runs never overlap in the demo recruiter's agenda
    const day = 10 + (Date.now() % 15) + (lang === "en" ? 1 : 0);
    const month = lang === "fr" ? "04" : "05";

    await signInWithPassword(page, demo.employer);
    await page.goto(`/employer/applications/${applicationId}`);
    await expectNoAxeViolations(page);
    await page
      .locator("#interview")
      .locator("..")
      .getByRole("link", { name: lang === "fr" ? "Proposer une entrevue" : "Propose an interview" })
      .click();
    await page.waitForURL(/\/interview$/);
    await expectNoAxeViolations(page);

    await page.locator("input[name=recruiterPhone]").fill("418 555-0100");
    await page.locator("input[name=date1]").fill("2027-03-14");
    await page.locator("input[name=time1]").fill("02:30");
    await page.locator("input[name=date2]").fill(`2027-${month}-${day}`);
    await page.locator("input[name=time2]").fill("14:00");
    await page
      .locator("button[type=submit]", { hasText: lang === "fr" ? "Envoyer la proposition" : "Send the proposal" })
      .click();
    await page.waitForSelector("#error-summary-title");
    await expect(page.locator("#time1-error")).toContainText(words[lang].nonexistent);
    await expect(page.locator("input[name=date2]")).toHaveValue(`2027-${month}-${day}`);
    await expectNoAxeViolations(page);

    await page.locator("input[name=date1]").fill(`2027-${month}-${day}`);
    await page.locator("input[name=time1]").fill("10:00");
    await page
      .locator("button[type=submit]", { hasText: lang === "fr" ? "Envoyer la proposition" : "Send the proposal" })
      .click();
    await page.waitForURL(/saved=interview-proposed/);
    await expect(page.getByRole("status").first()).toContainText(words[lang].sent);

    // the candidate, without JavaScript, follows the second slot's link from the email
    const proposal = await waitForEmail(candidateEmail, { match: (mail) => (mail.text ?? "").includes("/slots/2") });
    const candidate = await browser.newContext({ javaScriptEnabled: false });
    await useLanguage(candidate, baseURL!, lang);
    const candidatePage = await candidate.newPage();
    await candidatePage.goto(linkFrom(proposal, "/slots/2"));
    await expect(candidatePage.locator("main")).toContainText(`2027`);
    await candidatePage.locator("main form button[type=submit]").click();
    await candidatePage.waitForURL(/done=booked/);
    await expect(candidatePage.getByRole("status")).toContainText(words[lang].booked);
    await candidate.close();

    // axe runs in the page, so the candidate's pages are checked in a context with JavaScript
    const checker = await browser.newContext();
    await useLanguage(checker, baseURL!, lang);
    const checkerPage = await checker.newPage();
    for (const link of [linkFrom(proposal, "/slots/1"), linkFrom(proposal, "/suggest")]) {
      await checkerPage.goto(link);
      await expectNoAxeViolations(checkerPage);
    }
    await checkerPage.goto(linkFrom(proposal, "/slots/2").replace(/\/slots\/2$/, ""));
    await expect(checkerPage.locator("main")).toContainText(
      lang === "fr" ? "Votre entrevue est confirmée" : "Your interview is confirmed",
    );
    await expectNoAxeViolations(checkerPage);
    await checker.close();

    const invitation = await waitForEmail(candidateEmail, {
      match: (mail) => mail.attachments.some((file) => file.contentType === "text/calendar"),
    });
    expect(invitation.attachments.find((file) => file.contentType === "text/calendar")!.content.toString()).toContain(
      "METHOD:REQUEST",
    );

    await page.goto(`/employer/applications/${applicationId}`);
    await expect(page.locator("#interview").locator("..")).toContainText(words[lang].status);
    await expect(page.locator("#timeline").locator("..")).toContainText(words[lang].timeline);
    await expectNoAxeViolations(page);
    await page.goto("/employer/interviews");
    await expect(page.locator("main")).toContainText(lang === "fr" ? "Lise Gagnon" : "Linda Grant");
    await expectNoAxeViolations(page);
  });
}

test("an unknown interview link says so plainly", async ({ page }) => {
  const response = await page.goto(`/interviews/${"0".repeat(40)}`);
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toContainText("Ce lien ne fonctionne pas");
  await expectNoAxeViolations(page);
});

test("a candidate finds the interview waiting for them from My applications, with JavaScript off", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInWithPassword(page, demo.candidate);
  await page.goto("/applications");
  // the demo data proposes an interview to the demo candidate
  await page.getByRole("link", { name: "Choisir l’heure de votre entrevue" }).click();
  await expect(page).toHaveURL(/\/interviews\/[0-9a-f]{40}$/);
  await expect(page.locator("h1")).toContainText("Votre entrevue");
  await context.close();
});

/**
 * An interview of the demo employer's owner for an application, inserted as the app writes one (its token derived
 * from its id with the server's secret): proposed at `times`, or booked at the first of them. Returns its token.
 */
async function insertInterview(applicationId: string, times: Date[], status: "proposed" | "booked"): Promise<string> {
  const id = `e2e${randomUUID().replace(/-/g, "")}`;
  const secret = fs.readFileSync(path.join(tmpDir, "session-secret"), "utf8").trim();
  const token = createHmac("sha256", secret).update(`interview:${id}`).digest("hex").slice(0, 40);
  const booked =
    status === "booked" ? [0, 1, times[0], new Date(times[0].getTime() + 45 * 60_000)] : [null, null, null, null];
  await e2eQuery(
    `INSERT INTO "Interview" (id, "applicationId", "recruiterId", status, format, address, "recruiterPhone", "timeZone", "tokenHash", "calendarUid", sequence, "bookedPosition", "startsAt", "endsAt", "updatedAt")
     SELECT $1, $2, id, $3, 'in_person', '5000, rue Saint-Denis, Montréal', '514 555-0142', 'America/Toronto', $4, $5, $6, $7, $8, $9, now() FROM "User" WHERE email = $10`,
    [
      id,
      applicationId,
      status,
      createHash("sha256").update(token).digest("hex"),
      `${id}@chevronne.test`,
      ...booked,
      demo.employer,
    ],
  );
  for (const [index, startsAt] of times.entries()) {
    await e2eQuery(
      `INSERT INTO "InterviewSlot" (id, "interviewId", position, "startsAt", "durationMinutes") VALUES ($1, $2, $3, $4, 45)`,
      [randomUUID(), id, index + 1, startsAt],
    );
  }
  return token;
}

test.describe("an interview link opened without JavaScript in a browser set to French", () => {
  test.use({ javaScriptEnabled: false });

  test("speaks the English candidate's language, offers the switch, and offers only the times still free", async ({
    page,
    context,
    baseURL,
    browser,
  }) => {
    await useLanguage(context, baseURL!, "fr");
    // a time of the demo recruiter booked with someone else, and another still free, years from other tests' times
    const [taken, free] = [new Date("2029-03-06T15:00:00Z"), new Date("2029-03-08T15:00:00Z")];
    await insertInterview(
      await insertApplicantForDemoMission(uniqueEmail("interview-booked"), "Gilles Roy", "fr"),
      [taken],
      "booked",
    );
    const token = await insertInterview(
      await insertApplicantForDemoMission(uniqueEmail("interview-en"), "Linda Grant", "en"),
      [taken, free],
      "proposed",
    );

    await page.goto(`/interviews/${token}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("h1")).toHaveText("Your interview");
    await expect(page.locator("main").getByRole("link", { name: /^1\./ })).toHaveCount(0);
    await page.locator("main").getByRole("link", { name: /^2\./ }).waitFor();

    // the first time's link from the email: taken meanwhile, said plainly, with the time still free
    await page.goto(`/interviews/${token}/slots/1`);
    await expect(page.locator("main")).toContainText(
      "This time is no longer free: another interview has just taken it.",
    );
    await expect(page.getByRole("heading", { name: "The times still free:" })).toBeVisible();
    await expect(page.locator("main form")).toHaveCount(0);

    await page.getByRole("button", { name: "Français" }).click();
    await expect(page).toHaveURL(new RegExp(`/interviews/${token}/slots/1$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.locator("main")).toContainText(
      "Ce moment n’est plus libre : une autre entrevue vient de le prendre.",
    );
    await page.locator("main").getByRole("link", { name: /^2\./ }).click();
    await expect(page).toHaveURL(new RegExp(`/interviews/${token}/slots/2$`));
    await expect(page.getByRole("button", { name: "Oui, je confirme ce moment" })).toBeVisible();

    // axe runs in the page: the new state, in a context with JavaScript (its own cookies: the candidate's English)
    const checker = await browser.newContext({ javaScriptEnabled: true });
    const checkerPage = await checker.newPage();
    await checkerPage.goto(`${baseURL}/interviews/${token}/slots/1`);
    await expect(checkerPage.locator("main")).toContainText("This time is no longer free");
    await expectNoAxeViolations(checkerPage);
    await checker.close();
  });
});
