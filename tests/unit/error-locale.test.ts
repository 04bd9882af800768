// The language an error page speaks when the root's loader did not run (i18n/use-i18n.ts errorLocale): read by shape
// since issue 16 (i18n no longer imports forms/ or auth/), it must agree with the two readers it replaced.
import { describe, expect, it } from "vitest";
import { removedFromTeamData, removedFromTeamOf } from "~/modules/auth/removed-from-team";
import { formRefusalOf } from "~/modules/forms/refusal";
import { errorLocale } from "~/modules/i18n/use-i18n";

const thrown = (status: number, data: unknown) => ({ status, statusText: "", internal: false, data });

describe("errorLocale", () => {
  it("reads a refused form's language, as formRefusalOf does", () => {
    for (const locale of ["fr", "en"] as const) {
      const error = thrown(400, { refusal: "badForm", locale });
      expect(errorLocale(error)).toBe(locale);
      expect(formRefusalOf(error)?.locale).toBe(locale);
    }
  });

  it("reads the language of a removal from a team, as removedFromTeamOf does", () => {
    const removed = { removedFrom: { id: "a", name: "Musée du fjord" }, organisations: [], locale: "en" as const };
    const error = thrown(403, removedFromTeamData(removed));
    expect(errorLocale(error)).toBe("en");
    expect(removedFromTeamOf(error)?.locale).toBe("en");
  });

  it("is null for any other error, an unknown language, or something thrown that is not an answer", () => {
    expect(errorLocale(thrown(404, "Not found"))).toBeNull();
    expect(errorLocale(thrown(400, { refusal: "badForm", locale: "de" }))).toBeNull();
    expect(errorLocale(thrown(403, { removedFromTeam: { locale: 3 } }))).toBeNull();
    expect(errorLocale(new Error("boom"))).toBeNull();
    expect(errorLocale(null)).toBeNull();
  });
});
