// Share cards (issue 15, item 3; docs/decisions/0031-share-cards-and-valid-html.md): the home, search, mission and
// organisation pages carry every Open Graph and Twitter card tag, in French and in English, and the image they name
// answers 200 with an image of the declared size. An organisation whose photo is large enough for Facebook, LinkedIn
// and X shows it (on its page and its missions'); one whose only image is too small shows the site's. The
// organisations are rows of their own, so no other spec sees them.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { imageSize } from "image-size";
import { e2eQuery } from "../support/e2e-database";
import { addressIn } from "../support/e2e-helpers";

test.use({ javaScriptEnabled: false });

/** A PNG of the given size, drawn by the browser itself. */
async function pngOfSize(browser: Browser, width: number, height: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(
    `<body style="margin:0;background:#7a3b00;color:#fff;font:64px sans-serif">Quincaillerie ${width}×${height}</body>`,
  );
  const png = await page.screenshot({ type: "png" });
  await page.close();
  return png;
}

/** A verified organisation with one image, either as its first photo or as its logo, and one published mission. */
async function insertOrganisation(image: Buffer, as: "photo" | "logo") {
  const [employerId, fileId, missionId] = [randomUUID(), randomUUID(), randomUUID()];
  const slug = `partage-${employerId.slice(0, 8)}`;
  await e2eQuery(
    `INSERT INTO "StoredFile" (id, "ownerId", content, "originalName", "contentType", size, "isPublic") VALUES ($1, $2, $3, 'vitrine.png', 'image/png', $4, true)`,
    [fileId, employerId, image, image.byteLength],
  );
  const photos =
    as === "photo"
      ? JSON.stringify([
          { id: fileId, path: `/images/${fileId}`, alt: "La vitrine de la quincaillerie, rue Principale" },
        ])
      : "[]";
  await e2eQuery(
    `WITH organisation AS (
       INSERT INTO "Employer" (id, slug, name, sector, purpose, town, "verificationStatus", photos, "logoFileId", "updatedAt")
       VALUES ($1, $2, 'Quincaillerie du Partage', 'retail', 'Conseiller chaque client comme un voisin.', 'Québec', 'verified', $3, $4, now()) RETURNING id)
     INSERT INTO "Mission" (id, "employerId", title, summary, description, sector, "scheduleMask", "hoursPerWeekMin", "hoursPerWeekMax",
       town, latitude, longitude, status, "publishedAt", "closesAt", "updatedAt")
     SELECT $5, organisation.id, 'Conseiller au comptoir', 'Les clients trouvent la bonne vis du premier coup.', 'Votre mission : conseiller les clients au comptoir.',
       'retail', 7, 4, 8, 'Québec', 46.81, -71.21, 'published', now(), now() + interval '30 days', now() FROM organisation`,
    [employerId, slug, photos, as === "logo" ? fileId : null, missionId],
  );
  return { slug, missionId, fileId };
}

type Card = Record<string, string>;
const tagNames = [
  "og:type",
  "og:site_name",
  "og:title",
  "og:description",
  "og:url",
  "og:locale",
  "og:locale:alternate",
  "og:image",
  "og:image:type",
  "og:image:width",
  "og:image:height",
  "og:image:alt",
  "twitter:card",
  "twitter:title",
  "twitter:description",
  "twitter:image",
  "twitter:image:alt",
];

/** Every card tag of a page as the server sent it (JavaScript is off), each exactly once. */
async function readCard(page: Page, path: string): Promise<Card> {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  const card: Card = {};
  for (const name of tagNames) {
    const tags = page.locator(`head meta[${name.startsWith("og:") ? "property" : "name"}="${name}"]`);
    await expect(tags, `${path} ${name}`).toHaveCount(1);
    card[name] = (await tags.getAttribute("content")) ?? "";
    expect(card[name], `${path} ${name}`).not.toBe("");
  }
  card.description = (await page.locator('head meta[name="description"]').getAttribute("content")) ?? "";
  card.title = await page.title();
  return card;
}

async function expectImage(request: APIRequestContext, card: Card) {
  const image = await request.get(card["og:image"]);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toMatch(/^image\//);
  expect(image.headers()["content-type"]).toBe(card["og:image:type"]);
  const size = imageSize(await image.body());
  expect([size.width, size.height]).toEqual([Number(card["og:image:width"]), Number(card["og:image:height"])]);
  // large enough for every network's large card (Facebook 600×315, LinkedIn 1200×627, X 300×157)
  expect(size.width).toBeGreaterThanOrEqual(1200);
  expect(size.height).toBeGreaterThanOrEqual(627);
}

for (const lang of ["fr", "en"] as const) {
  test(`the four public pages carry a complete card with a fetchable image (${lang})`, async ({
    page,
    baseURL,
    browser,
    request,
  }) => {
    const big = await insertOrganisation(await pngOfSize(browser, 1300, 700), "photo");
    const small = await insertOrganisation(await pngOfSize(browser, 400, 400), "logo");
    const origin = new URL(baseURL!).origin;
    const [locale, alternate] = lang === "fr" ? ["fr_CA", "en_CA"] : ["en_CA", "fr_CA"];

    // each page at its address in the language (French at the plain path, English under /en)
    const paths = {
      home: addressIn("/", lang),
      search: addressIn("/missions?q=conseiller", lang),
      bigEmployer: addressIn(`/employers/${big.slug}`, lang),
      bigMission: addressIn(`/missions/${big.missionId}`, lang),
      smallEmployer: addressIn(`/employers/${small.slug}`, lang),
      smallMission: addressIn(`/missions/${small.missionId}`, lang),
    };
    const pages: Record<keyof typeof paths, Card> = {
      home: await readCard(page, paths.home),
      search: await readCard(page, paths.search),
      bigEmployer: await readCard(page, paths.bigEmployer),
      bigMission: await readCard(page, paths.bigMission),
      smallEmployer: await readCard(page, paths.smallEmployer),
      smallMission: await readCard(page, paths.smallMission),
    };
    for (const [name, card] of Object.entries(pages)) {
      expect(card["og:locale"], name).toBe(locale);
      expect(card["og:locale:alternate"], name).toBe(alternate);
      expect(card["og:title"], name).toBe(card.title);
      expect(card["twitter:title"], name).toBe(card.title);
      // the page's own description (meta-descriptions section, a mission's summary, an organisation's purpose)
      expect(card["og:description"], name).toBe(card.description);
      expect(card["twitter:description"], name).toBe(card.description);
      expect(card["og:url"], name).toBe(`${origin}${paths[name as keyof typeof paths]}`);
      expect(card["og:site_name"], name).toBe("Chevronné");
      expect(card["twitter:card"], name).toBe("summary_large_image");
      expect(card["og:image"], name).toMatch(new RegExp(`^${origin}/`));
      expect(card["twitter:image"], name).toBe(card["og:image"]);
      expect(card["twitter:image:alt"], name).toBe(card["og:image:alt"]);
      await expectImage(request, card);
    }
    expect(pages.home.title).toContain(lang === "fr" ? "Des missions qui comptent" : "Missions that matter");

    // the site's own image where the organisation has none large enough
    for (const card of [pages.home, pages.search, pages.smallEmployer, pages.smallMission]) {
      expect(card["og:image"]).toBe(`${origin}/share-card.png`);
      expect(card["og:image:alt"]).toContain(
        lang === "fr" ? "des missions près de chez vous" : "missions close to home",
      );
    }
    // the organisation's photo, with its own words as alternative, on its page and on its mission's
    for (const card of [pages.bigEmployer, pages.bigMission]) {
      expect(card["og:image"]).toBe(`${origin}/images/${big.fileId}`);
      expect(card["og:image:alt"]).toBe("La vitrine de la quincaillerie, rue Principale");
      expect([card["og:image:width"], card["og:image:height"]]).toEqual(["1300", "700"]);
    }
    expect(pages.bigMission.description).toBe("Les clients trouvent la bonne vis du premier coup.");
  });
}

test("a page that does not exist carries no card", async ({ page }) => {
  const response = await page.goto(`/missions/${randomUUID()}`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('head meta[property^="og:"]')).toHaveCount(0);
});
