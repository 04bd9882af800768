// Makes public/share-card.png, the site's share card image (Open Graph, Twitter): 1200×630, the size Facebook,
// LinkedIn and X show as a large card. Plain and high contrast: the chevron of the favicon, the name and the promise
// in both languages, white on the site's dark teal. Run once after changing it: `node scripts/make-share-image.mjs`
// (it uses the Chromium the browser tests use; decision 0031).
import path from "node:path";
import { chromium } from "@playwright/test";
import { root } from "./lib.mjs";

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; background: #0b4f5c; color: #fff; font-family: "DejaVu Sans", Arial, sans-serif;
         display: flex; flex-direction: column; justify-content: center; padding: 0 90px; box-sizing: border-box; }
  .brand { display: flex; align-items: center; gap: 36px; }
  h1 { font-size: 112px; margin: 0; letter-spacing: -2px; }
  p { font-size: 44px; line-height: 1.3; margin: 48px 0 0; }
  p + p { margin-top: 18px; font-size: 38px; color: #d8eef2; }
</style></head><body>
  <div class="brand"><svg width="140" height="140" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#fff"/><path d="M14 40 32 22l18 18" fill="none" stroke="#0b4f5c" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/></svg><h1>Chevronné</h1></div>
  <p>Des missions près de chez vous, à votre rythme, auprès d’employeurs qui valorisent l’expérience.</p>
  <p lang="en">Missions close to home, at your pace, with employers who value experience.</p>
</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
await page.setContent(html);
const file = path.join(root, "public", "share-card.png");
await page.screenshot({ path: file, type: "png" });
await browser.close();
console.log(`wrote ${file}`);
