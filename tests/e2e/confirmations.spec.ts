// Destructive steps take a second step (issue 13, item 3), in the browser with JavaScript off, in French and English:
// the recruiter cancels an interview, the candidate cancels theirs, the owner removes a recruiter. Each button leads
// to a page saying what will happen and who will be told; "No, go back" changes nothing; "Yes" does it once, and the
// person told gets the cancellation by email (read back over SMTP, its calendar part a CANCEL). axe checks each page.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createHash, createHmac, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { e2eQuery, insertApplicantForDemoMission } from "../support/e2e-database";
import {
  demo,
  expectNoAxeViolations,
  fromOurPages,
  signInWithPassword,
  uniqueEmail,
  useLanguage as setLanguage,
} from "../support/e2e-helpers";
import { waitForEmail } from "../support/e2e-mail";
import { tmpDir } from "../support/paths";

const words = {
  fr: {
    recruiterCancel: "Annuler l’entrevue",
    recruiterTitle: "Annuler l’entrevue?",
    yesRecruiter: "Oui, annuler l’entrevue",
    back: "Non, revenir",
    told: "recevra un courriel et l’annulation dans son calendrier",
    cancelled: "L’entrevue est annulée",
    candidateCancel: "Annuler mon entrevue",
    candidateTitle: "Annuler votre entrevue?",
    yesCandidate: "Oui, annuler l’entrevue",
    remove: "Retirer de l’équipe",
    removeTitle: "Retirer {name} de l’équipe?",
    yesRemove: "Oui, retirer {name}",
    nobody: "Personne ne reçoit de courriel",
    status: "Confirmée",
  },
  en: {
    recruiterCancel: "Cancel the interview",
    recruiterTitle: "Cancel the interview?",
    yesRecruiter: "Yes, cancel the interview",
    back: "No, go back",
    told: "will get an email and the cancellation for their calendar",
    cancelled: "The interview is cancelled",
    candidateCancel: "Cancel my interview",
    candidateTitle: "Cancel your interview?",
    yesCandidate: "Yes, cancel the interview",
    remove: "Remove from the team",
    removeTitle: "Remove {name} from the team?",
    yesRemove: "Yes, remove {name}",
    nobody: "Nobody gets an email",
    status: "Confirmed",
  },
};

/** A time of the demo recruiter's agenda no other test uses: a random quarter hour in 2031–2032. */
function freeTime(): Date {
  const quarter = Math.floor(Math.random() * 2 * 365 * 40);
  return new Date(Date.UTC(2031, 0, 1 + Math.floor(quarter / 40), 12, 0) + (quarter % 40) * 15 * 60_000);
}

/** A booked interview of the demo employer's owner, inserted as the app writes one (its token derived from its id). */
async function insertBookedInterview(applicationId: string, startsAt: Date): Promise<string> {
  const id = `e2e${randomUUID().replace(/-/g, "")}`;
  const secret = fs.readFileSync(path.join(tmpDir, "session-secret"), "utf8").trim();
  const token = createHmac("sha256", secret).update(`interview:${id}`).digest("hex").slice(0, 40);
  await e2eQuery(
    `INSERT INTO "Interview" (id, "applicationId", "recruiterId", status, format, address, "recruiterPhone", "timeZone", "tokenHash", "calendarUid", sequence, "bookedPosition", "startsAt", "endsAt", "updatedAt")
     SELECT $1, $2, id, 'booked', 'in_person', '5000, rue Saint-Denis, Montréal', '514 555-0142', 'America/Toronto', $3, $4, 0, 1, $5, $6, now() FROM "User" WHERE email = $7`,
    [
      id,
      applicationId,
      createHash("sha256").update(token).digest("hex"),
      `${id}@chevronne.test`,
      startsAt,
      new Date(startsAt.getTime() + 45 * 60_000),
      demo.employer,
    ],
  );
  await e2eQuery(
    `INSERT INTO "InterviewSlot" (id, "interviewId", position, "startsAt", "durationMinutes") VALUES ($1, $2, 1, $3, 45)`,
    [randomUUID(), id, startsAt],
  );
  await e2eQuery(`UPDATE "Application" SET stage = 'interview' WHERE id = $1`, [applicationId]);
  return token;
}

const calendarMethod = (mail: { attachments: { contentType: string; content: Buffer }[] }) =>
  /METHOD:(\w+)/.exec(
    mail.attachments.find((file) => file.contentType === "text/calendar")?.content.toString() ?? "",
  )?.[1];

/** axe runs in the page: each confirmation page is checked in a context with JavaScript, signed in as `email`. */
async function checkWithAxe(browser: Browser, baseURL: string, lang: "fr" | "en", url: string, email?: string) {
  const context = await browser.newContext();
  await setLanguage(context, baseURL, lang);
  const page = await context.newPage();
  if (email) await signInWithPassword(page, email);
  await page.goto(url);
  await expect(page.locator("h1")).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
}

async function noScriptPage(browser: Browser, baseURL: string, lang: "fr" | "en"): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await setLanguage(context, baseURL, lang);
  return context.newPage();
}

for (const lang of ["fr", "en"] as const) {
  const w = words[lang];

  test(`the recruiter cancels an interview in two steps, the candidate is emailed the CANCEL (${lang})`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const candidateEmail = uniqueEmail(`confirm-recruiter-${lang}`);
    const name = lang === "fr" ? "Jeanne Tremblay" : "Joan Taylor";
    const applicationId = await insertApplicantForDemoMission(candidateEmail, name, lang);
    await insertBookedInterview(applicationId, freeTime());
    const page = await noScriptPage(browser, baseURL!, lang);
    await signInWithPassword(page, demo.employer);

    await page.goto(`/employer/applications/${applicationId}`);
    await page.getByRole("link", { name: w.recruiterCancel }).click();
    await expect(page).toHaveURL(new RegExp(`/employer/applications/${applicationId}/interview/cancel$`));
    await expect(page.locator("h1")).toHaveText(w.recruiterTitle);
    await expect(page.locator("main")).toContainText(name);
    await expect(page.locator("main")).toContainText(`${name} ${w.told}`);
    await checkWithAxe(browser, baseURL!, lang, page.url(), demo.employer);

    // "No, go back" changes nothing
    await page.getByRole("link", { name: w.back }).click();
    await expect(page).toHaveURL(new RegExp(`/employer/applications/${applicationId}#interview$`));
    await expect(page.locator("#interview").locator("..")).toContainText(w.status);

    // "Yes", reached by keyboard
    await page.getByRole("link", { name: w.recruiterCancel }).click();
    await page.getByRole("button", { name: w.yesRecruiter }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/saved=interview-cancelled/);
    await expect(page.getByRole("status").first()).toContainText(w.cancelled);

    const mail = await waitForEmail(candidateEmail, { match: (sent) => calendarMethod(sent) === "CANCEL" });
    expect(mail.subject).toBeTruthy();
    const [{ count }] = await e2eQuery<{ count: number }>(
      `SELECT COUNT(*)::int AS count FROM "OutboxEmail" WHERE "toAddress" = $1 AND template = 'interviewCancelled'`,
      [candidateEmail],
    );
    expect(count).toBe(1);
    await page.context().close();
  });

  test(`the candidate cancels their interview in two steps, the recruiter is emailed the CANCEL (${lang})`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const candidateEmail = uniqueEmail(`confirm-candidate-${lang}`);
    const name = `${lang === "fr" ? "Gisèle" : "Grace"} ${randomUUID().slice(0, 6)}`;
    const applicationId = await insertApplicantForDemoMission(candidateEmail, name, lang);
    const token = await insertBookedInterview(applicationId, freeTime());
    const since = Date.now();
    const page = await noScriptPage(browser, baseURL!, lang);

    await page.goto(`/interviews/${token}`);
    await page.getByRole("link", { name: w.candidateCancel }).click();
    await expect(page).toHaveURL(new RegExp(`/interviews/${token}/cancel$`));
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("h1")).toHaveText(w.candidateTitle);
    await expect(page.locator("main")).toContainText(w.told);
    await checkWithAxe(browser, baseURL!, lang, page.url());

    await page.getByRole("link", { name: w.back }).click();
    await expect(page).toHaveURL(new RegExp(`/interviews/${token}$`));
    await page.getByRole("link", { name: w.candidateCancel }).click();
    await page.getByRole("button", { name: w.yesCandidate }).click();
    await expect(page).toHaveURL(/done=cancelled/);

    const mail = await waitForEmail(demo.employer, {
      since,
      match: (sent) => calendarMethod(sent) === "CANCEL" && (sent.text ?? "").includes(name),
    });
    expect(mail.text).toContain(name);
    await page.context().close();
  });

  test(`the owner removes a recruiter in two steps; nobody else's member can be reached (${lang})`, async ({
    browser,
    baseURL,
    playwright,
  }) => {
    test.setTimeout(90_000);
    const name = `${lang === "fr" ? "Marc" : "Mark"} ${randomUUID().slice(0, 6)}`;
    const [userId, membershipId] = [randomUUID(), randomUUID()];
    await e2eQuery(
      `INSERT INTO "User" (id, email, name, kind, locale, "updatedAt") VALUES ($1, $2, $3, 'employer', $4, now())`,
      [userId, uniqueEmail("confirm-member"), name, lang],
    );
    await e2eQuery(
      `INSERT INTO "Membership" (id, "employerId", "userId", role) SELECT $1, "employerId", $2, 'recruiter' FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $3 AND m.role = 'owner'`,
      [membershipId, userId, demo.employer],
    );
    const page = await noScriptPage(browser, baseURL!, lang);
    await signInWithPassword(page, demo.employer);
    await page.goto("/employer/team");
    await page.getByRole("link", { name: `${w.remove} : ${name}` }).click();
    await expect(page).toHaveURL(new RegExp(`/employer/team/${membershipId}/remove$`));
    await expect(page.locator("h1")).toHaveText(w.removeTitle.replace("{name}", name));
    await expect(page.locator("main")).toContainText(w.nobody);
    await checkWithAxe(browser, baseURL!, lang, page.url(), demo.employer);

    await page.getByRole("link", { name: w.back }).click();
    await expect(page).toHaveURL(/\/employer\/team$/);
    await expect(page.locator("main")).toContainText(name);
    await page.getByRole("link", { name: `${w.remove} : ${name}` }).click();
    await page.getByRole("button", { name: w.yesRemove.replace("{name}", name) }).click();
    await expect(page).toHaveURL(/done=removed/);
    await expect(page.locator("main")).not.toContainText(name);

    // another organisation's member or application: 404 on the confirmation pages and their forms, nothing changed
    const [foreign] = await e2eQuery<{ applicationId: string; membershipId: string }>(
      `SELECT a.id AS "applicationId", ms.id AS "membershipId" FROM "Application" a JOIN "Mission" m ON m.id = a."missionId" JOIN "Membership" ms ON ms."employerId" = m."employerId"
       WHERE m."employerId" NOT IN (SELECT "employerId" FROM "Membership" JOIN "User" u ON u.id = "Membership"."userId" WHERE u.email = $1)
       AND ms.role = 'recruiter' AND a."candidateId" IS NOT NULL ORDER BY a.id LIMIT 1`,
      [demo.employer],
    );
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: fromOurPages(baseURL),
      storageState: await page.context().storageState(),
    });
    for (const target of [
      `/employer/team/${foreign.membershipId}/remove`,
      `/employer/applications/${foreign.applicationId}/interview/cancel`,
    ]) {
      expect((await request.get(target, { maxRedirects: 0 })).status(), target).toBe(404);
      expect(
        (
          await request.post(target, {
            form: { confirm: "yes", interview: "x", expected: "booked:0" },
            maxRedirects: 0,
          })
        ).status(),
        target,
      ).toBe(404);
    }
    const [{ count }] = await e2eQuery<{ count: number }>(
      `SELECT COUNT(*)::int AS count FROM "Membership" WHERE id = $1`,
      [foreign.membershipId],
    );
    expect(count).toBe(1);
    await request.dispose();
    await page.context().close();
  });
}
