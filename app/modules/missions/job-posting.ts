// schema.org JobPosting for a published mission, with every field Google requires (title, description,
// datePosted, hiringOrganization, jobLocation) and the recommended validThrough, employmentType and baseSalary.
// A closed mission gets none: search engines must not list it.
import { richTextToHtml } from "~/modules/formatting/rich-text";
import type { Locale } from "~/modules/i18n/locales";
import { publicPageUrl } from "~/modules/i18n/public-page-url.server";
type PostingInput = {
  id: string;
  title: string;
  summary: string;
  description: string;
  publishedAt: Date | null;
  closesAt: Date | null;
  hoursPerWeekMax: number;
  payMinCents: number | null;
  payMaxCents: number | null;
  address: string;
  town: string;
  postalCode: string;
  employer: { name: string; slug: string; website: string | null };
};

/** The posting as read on the mission's page in `locale`: its addresses are that language's. */
export function jobPosting(mission: PostingInput, locale: Locale) {
  if (!mission.publishedAt) return null;
  const pay =
    mission.payMinCents !== null
      ? {
          baseSalary: {
            "@type": "MonetaryAmount",
            currency: "CAD",
            value: {
              "@type": "QuantitativeValue",
              minValue: mission.payMinCents / 100,
              maxValue: (mission.payMaxCents ?? mission.payMinCents) / 100,
              unitText: "HOUR",
            },
          },
        }
      : {};
  return {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    title: mission.title,
    description: richTextToHtml(`${mission.summary}\n\n${mission.description}`),
    identifier: { "@type": "PropertyValue", name: mission.employer.name, value: mission.id },
    datePosted: mission.publishedAt.toISOString(),
    ...(mission.closesAt ? { validThrough: mission.closesAt.toISOString() } : {}),
    employmentType: mission.hoursPerWeekMax >= 30 ? "FULL_TIME" : "PART_TIME",
    hiringOrganization: {
      "@type": "Organization",
      name: mission.employer.name,
      sameAs: mission.employer.website ?? publicPageUrl(`/employers/${mission.employer.slug}`, locale),
    },
    jobLocation: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        streetAddress: mission.address,
        addressLocality: mission.town,
        addressRegion: "QC",
        postalCode: mission.postalCode,
        addressCountry: "CA",
      },
    },
    directApply: true,
    url: publicPageUrl(`/missions/${mission.id}`, locale),
    ...pay,
  };
}

/** JSON for a <script> element: "<" is escaped so that text like "</script>" cannot end the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
