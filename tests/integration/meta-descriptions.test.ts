// Every public page a search engine lists has a description in the page's language (issue 14, item 5; Lighthouse's
// SEO audit): home and the search page from app/modules/i18n/dictionaries/meta-descriptions.*.ts, a mission and an
// organisation from their own summary and purpose. The meta exports are called as Remix calls them, with the root
// route's data carrying the locale. Lighthouse reads them in the served page: `npm run bench -- --only lighthouse`.
import type { MetaDescriptor } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { en } from "~/modules/i18n/dictionaries/en";
import { fr } from "~/modules/i18n/dictionaries/fr";
import { meta as homeMeta } from "~/routes/($lang)._index";
import { meta as employerMeta, loader as employerLoader } from "~/routes/($lang).employers.$slug";
import { meta as missionMeta, loader as missionLoader } from "~/routes/($lang).missions.$id._index";
import { meta as searchMeta } from "~/routes/($lang).missions._index";
import { createEmployerWithMission } from "../support/fixtures";

type AnyMeta = (args: never) => MetaDescriptor[] | undefined;

function metaOf(metaFunction: unknown, locale: "fr" | "en", data?: unknown): MetaDescriptor[] {
  const args = { data, matches: [{ id: "root", data: { locale } }], params: {}, location: {} };
  return (metaFunction as AnyMeta)(args as never) ?? [];
}

function description(descriptors: MetaDescriptor[]): string | undefined {
  const found = descriptors.find((descriptor) => "name" in descriptor && descriptor.name === "description");
  return found && "content" in found ? String(found.content) : undefined;
}

describe("meta descriptions", () => {
  for (const [locale, dictionary] of [
    ["fr", fr],
    ["en", en],
  ] as const) {
    it(`describes home and the search page in ${locale}`, () => {
      expect(description(metaOf(homeMeta, locale))).toBe(dictionary.metaDescriptions.home);
      expect(description(metaOf(searchMeta, locale))).toBe(dictionary.metaDescriptions.missions);
    });
  }

  it("differs between the two languages and stays within what search engines show", () => {
    for (const key of ["home", "missions"] as const) {
      expect(fr.metaDescriptions[key]).not.toBe(en.metaDescriptions[key]);
      for (const text of [fr.metaDescriptions[key], en.metaDescriptions[key]]) expect(text.length).toBeGreaterThan(50);
      for (const text of [fr.metaDescriptions[key], en.metaDescriptions[key]])
        expect(text.length).toBeLessThanOrEqual(170);
    }
  });

  it("describes a mission by its summary and an organisation by its purpose", async () => {
    const { employer, mission } = await createEmployerWithMission();
    const missionData = await missionLoader({
      request: new Request(`http://chevronne.test/missions/${mission.id}`),
      params: { id: mission.id },
      context: {},
    });
    expect(description(metaOf(missionMeta, "en", missionData))).toBe(mission.summary);
    const employerData = await employerLoader({
      request: new Request(`http://chevronne.test/employers/${employer.slug}`),
      params: { slug: employer.slug },
      context: {},
    });
    expect(description(metaOf(employerMeta, "fr", employerData))).toBe(employer.purpose);
  });
});
