import { describe, expect, it } from "vitest";
import {
  formatSlot,
  instantToLocal,
  isAmbiguousInZone,
  localToInstant,
  zonePlaceName,
} from "~/modules/interviews/time";

const MONTREAL = "America/Toronto";
const PARIS = "Europe/Paris";

function instantOf(date: string, time: string, zone: string): Date {
  const result = localToInstant(date, time, zone);
  if (!result.ok) throw new Error(`${date} ${time} ${zone}: ${result.reason}`);
  return result.instant;
}

// 2027 changes: Montréal springs forward on 03-14 and falls back on 11-07 (at 02:00 local);
// Paris on 03-28 and 10-31 (at 01:00 UTC). Between them, the gap is 5 hours instead of 6.
// [date, 10:00 Montréal in UTC, the same moment in Paris, 10:00 Paris in UTC, the same moment in Montréal]
const DST_TABLE: [string, string, string, string, string][] = [
  ["2027-03-13", "15:00", "16:00", "09:00", "04:00"],
  ["2027-03-14", "14:00", "15:00", "09:00", "05:00"],
  ["2027-03-15", "14:00", "15:00", "09:00", "05:00"],
  ["2027-03-20", "14:00", "15:00", "09:00", "05:00"],
  ["2027-03-27", "14:00", "15:00", "09:00", "05:00"],
  ["2027-03-28", "14:00", "16:00", "08:00", "04:00"],
  ["2027-03-29", "14:00", "16:00", "08:00", "04:00"],
  ["2027-03-30", "14:00", "16:00", "08:00", "04:00"],
  ["2027-10-30", "14:00", "16:00", "08:00", "04:00"],
  ["2027-10-31", "14:00", "15:00", "09:00", "05:00"],
  ["2027-11-01", "14:00", "15:00", "09:00", "05:00"],
  ["2027-11-06", "14:00", "15:00", "09:00", "05:00"],
  ["2027-11-07", "15:00", "16:00", "09:00", "04:00"],
  ["2027-11-08", "15:00", "16:00", "09:00", "04:00"],
];

describe("localToInstant across daylight-saving changes", () => {
  it.each(DST_TABLE)(
    "%s: 10:00 Montréal = %s UTC = %s Paris; 10:00 Paris = %s UTC = %s Montréal",
    (date, montrealUtc, inParis, parisUtc, inMontreal) => {
      const montrealTen = instantOf(date, "10:00", MONTREAL);
      expect(montrealTen.toISOString()).toBe(`${date}T${montrealUtc}:00.000Z`);
      expect(instantToLocal(montrealTen, PARIS)).toEqual({ date, time: inParis });
      expect(instantToLocal(montrealTen, MONTREAL)).toEqual({ date, time: "10:00" });

      const parisTen = instantOf(date, "10:00", PARIS);
      expect(parisTen.toISOString()).toBe(`${date}T${parisUtc}:00.000Z`);
      expect(instantToLocal(parisTen, MONTREAL)).toEqual({ date, time: inMontreal });
      expect(instantToLocal(parisTen, PARIS)).toEqual({ date, time: "10:00" });
    },
  );

  it("refuses wall times skipped by spring forward instead of shifting them", () => {
    for (const time of ["02:00", "02:30", "02:59"]) {
      expect(localToInstant("2027-03-14", time, MONTREAL)).toEqual({ ok: false, reason: "nonexistent" });
      expect(localToInstant("2027-03-28", time, PARIS)).toEqual({ ok: false, reason: "nonexistent" });
    }
    // The minutes either side of the gap exist.
    expect(instantOf("2027-03-14", "01:59", MONTREAL).toISOString()).toBe("2027-03-14T06:59:00.000Z");
    expect(instantOf("2027-03-14", "03:00", MONTREAL).toISOString()).toBe("2027-03-14T07:00:00.000Z");
    expect(instantOf("2027-03-28", "01:59", PARIS).toISOString()).toBe("2027-03-28T00:59:00.000Z");
    expect(instantOf("2027-03-28", "03:00", PARIS).toISOString()).toBe("2027-03-28T01:00:00.000Z");
    // 02:30 is an ordinary time in the other zone that night.
    expect(instantOf("2027-03-28", "02:30", MONTREAL).toISOString()).toBe("2027-03-28T06:30:00.000Z");
  });

  it("takes the first occurrence of a wall time repeated by fall back", () => {
    const montreal = instantOf("2027-11-07", "01:30", MONTREAL);
    expect(montreal.toISOString()).toBe("2027-11-07T05:30:00.000Z"); // 01:30 EDT, not 01:30 EST (06:30Z)
    const paris = instantOf("2027-10-31", "02:30", PARIS);
    expect(paris.toISOString()).toBe("2027-10-31T00:30:00.000Z"); // 02:30 CEST, not 02:30 CET (01:30Z)

    // Both occurrences really do read 01:30 / 02:30 on the local clock.
    expect(instantToLocal(new Date("2027-11-07T06:30:00Z"), MONTREAL).time).toBe("01:30");
    expect(instantToLocal(new Date("2027-10-31T01:30:00Z"), PARIS).time).toBe("02:30");
    // Just outside the repeated hour there is one answer.
    expect(instantOf("2027-11-07", "00:59", MONTREAL).toISOString()).toBe("2027-11-07T04:59:00.000Z");
    expect(instantOf("2027-11-07", "02:00", MONTREAL).toISOString()).toBe("2027-11-07T07:00:00.000Z");
  });

  it("tells which instants fall in a repeated hour", () => {
    expect(isAmbiguousInZone(new Date("2027-11-07T05:30:00Z"), MONTREAL)).toBe(true);
    expect(isAmbiguousInZone(new Date("2027-11-07T06:30:00Z"), MONTREAL)).toBe(true);
    expect(isAmbiguousInZone(new Date("2027-11-07T07:00:00Z"), MONTREAL)).toBe(false);
    expect(isAmbiguousInZone(new Date("2027-10-31T00:30:00Z"), PARIS)).toBe(true);
    expect(isAmbiguousInZone(new Date("2027-10-31T09:00:00Z"), PARIS)).toBe(false);
    expect(isAmbiguousInZone(new Date("2027-03-14T07:30:00Z"), MONTREAL)).toBe(false);
  });

  it("rejects malformed dates, times and zones", () => {
    const invalid = { ok: false, reason: "invalid" };
    expect(localToInstant("2027-02-30", "10:00", MONTREAL)).toEqual(invalid);
    expect(localToInstant("2027-13-01", "10:00", MONTREAL)).toEqual(invalid);
    expect(localToInstant("2027-9-14", "10:00", MONTREAL)).toEqual(invalid);
    expect(localToInstant("2027-09-14", "24:00", MONTREAL)).toEqual(invalid);
    expect(localToInstant("2027-09-14", "10:60", MONTREAL)).toEqual(invalid);
    expect(localToInstant("2027-09-14", "10:00:00", MONTREAL)).toEqual(invalid);
    expect(localToInstant("2027-09-14", "10:00", "Mars/Olympus_Mons")).toEqual(invalid);
    expect(localToInstant("", "", MONTREAL)).toEqual(invalid);
    expect(localToInstant("2028-02-29", "10:00", MONTREAL).ok).toBe(true);
  });
});

describe("formatSlot", () => {
  const slot = new Date("2027-09-14T14:00:00Z");

  it("writes the date in full with the place named, in French and English", () => {
    expect(formatSlot(slot, MONTREAL, "fr", "Montréal")).toBe("mardi 14 septembre 2027 à 10 h 00, heure de Montréal");
    expect(formatSlot(slot, MONTREAL, "en", "Montréal")).toBe("Tuesday, September 14, 2027 at 10:00 AM, Montréal time");
  });

  it("names the place from the zone by default", () => {
    expect(formatSlot(slot, MONTREAL, "fr")).toBe("mardi 14 septembre 2027 à 10 h 00, heure de Montréal");
    expect(formatSlot(slot, PARIS, "fr")).toBe("mardi 14 septembre 2027 à 16 h 00, heure de Paris");
    expect(formatSlot(slot, PARIS, "en")).toBe("Tuesday, September 14, 2027 at 4:00 PM, Paris time");
  });

  it("shows a Montréal interview at the right time to someone in Paris, either side of the changes", () => {
    const beforeParisChange = instantOf("2027-03-20", "10:00", MONTREAL);
    expect(formatSlot(beforeParisChange, PARIS, "fr")).toBe("samedi 20 mars 2027 à 15 h 00, heure de Paris");
    const afterParisChange = instantOf("2027-03-30", "10:00", MONTREAL);
    expect(formatSlot(afterParisChange, PARIS, "fr")).toBe("mardi 30 mars 2027 à 16 h 00, heure de Paris");
    expect(formatSlot(afterParisChange, PARIS, "en")).toBe("Tuesday, March 30, 2027 at 4:00 PM, Paris time");
  });

  it("writes midnight, noon and the day after in the viewer's zone", () => {
    const lateMontreal = instantOf("2027-09-14", "19:05", MONTREAL); // 01:05 the next day in Paris
    expect(formatSlot(lateMontreal, PARIS, "fr")).toBe("mercredi 15 septembre 2027 à 1 h 05, heure de Paris");
    expect(formatSlot(instantOf("2027-09-15", "00:05", MONTREAL), MONTREAL, "fr")).toBe(
      "mercredi 15 septembre 2027 à 0 h 05, heure de Montréal",
    );
    expect(formatSlot(instantOf("2027-09-15", "00:05", MONTREAL), MONTREAL, "en")).toBe(
      "Wednesday, September 15, 2027 at 12:05 AM, Montréal time",
    );
    expect(formatSlot(instantOf("2027-09-15", "12:30", MONTREAL), MONTREAL, "en")).toBe(
      "Wednesday, September 15, 2027 at 12:30 PM, Montréal time",
    );
  });

  it("elides de before a vowel in French", () => {
    expect(formatSlot(slot, MONTREAL, "fr", "Ottawa")).toBe("mardi 14 septembre 2027 à 10 h 00, heure d’Ottawa");
  });
});

describe("zonePlaceName", () => {
  it("names known zones after the place our users think of, and others after their IANA city", () => {
    expect(zonePlaceName(MONTREAL, "fr")).toBe("Montréal");
    expect(zonePlaceName(MONTREAL, "en")).toBe("Montréal");
    expect(zonePlaceName(PARIS, "fr")).toBe("Paris");
    expect(zonePlaceName("Europe/Brussels", "fr")).toBe("Bruxelles");
    expect(zonePlaceName("America/New_York", "en")).toBe("New York");
  });
});
