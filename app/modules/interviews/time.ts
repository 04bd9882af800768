// Interview times: a local wall time chosen in a place, turned into one instant, and written back for people.
// Pure (no I/O); luxon supplies the IANA offsets, Intl the weekday and month names, the dictionaries the words
// around them (dictionaries/slot-times.*.ts).
import { DateTime, IANAZone } from "luxon";
import { sharedFormatter } from "~/modules/i18n/format";
import { intlTag, type Locale } from "~/modules/i18n/locales";
import { translate } from "~/modules/i18n/translate";

export type LocalToInstantResult = { ok: true; instant: Date } | { ok: false; reason: "nonexistent" | "invalid" };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** "10:00": hours 00–23, minutes 00–59. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

type WallTime = { year: number; month: number; day: number; hour: number; minute: number };

/**
 * A wall time ("2027-09-14", "10:00") in an IANA zone, as a UTC instant.
 *
 * - A wall time skipped by a spring-forward change (02:30 on 2027-03-14 in America/Toronto) is refused as
 *   "nonexistent": luxon and Date would silently move it an hour later, and an interview must not move.
 * - A wall time that happens twice (01:30 on 2027-11-07 in Toronto) takes the FIRST occurrence, the one
 *   still on summer time. RFC 5545 reads an ambiguous DTSTART;TZID the same way, so the invitation agrees.
 */
export function localToInstant(date: string, time: string, zone: string): LocalToInstantResult {
  const wall = parseWallTime(date, time);
  if (!wall || !IANAZone.isValidZone(zone)) return { ok: false, reason: "invalid" };

  const iana = IANAZone.create(zone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // Every offset in force within a day of the wall time: at most two, around a change.
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => iana.offset(wallAsUtc + shift)));
  const matches = [...offsets]
    .map((offsetMinutes) => wallAsUtc - offsetMinutes * MINUTE_MS)
    .filter((candidate) => iana.offset(candidate) * MINUTE_MS === wallAsUtc - candidate)
    .sort((a, b) => a - b);

  if (matches.length === 0) return { ok: false, reason: "nonexistent" };
  return { ok: true, instant: new Date(matches[0]) };
}

/** True when the instant's wall time in `zone` also happens at another instant (the repeated fall-back hour). */
export function isAmbiguousInZone(instant: Date, zone: string): boolean {
  const iana = IANAZone.create(zone);
  const at = instant.getTime();
  const wallAsUtc = at + iana.offset(at) * MINUTE_MS;
  return [-DAY_MS, DAY_MS]
    .map((shift) => iana.offset(at + shift))
    .some((offsetMinutes) => {
      const other = wallAsUtc - offsetMinutes * MINUTE_MS;
      return other !== at && iana.offset(other) === offsetMinutes;
    });
}

/** The wall time of an instant in a zone, in the shapes localToInstant accepts (to refill a form). */
export function instantToLocal(instant: Date, zone: string): { date: string; time: string } {
  const local = DateTime.fromJSDate(instant, { zone });
  return { date: local.toFormat("yyyy-LL-dd"), time: local.toFormat("HH:mm") };
}

function parseWallTime(date: string, time: string): WallTime | null {
  const dateMatch = DATE_PATTERN.exec(date);
  const timeMatch = TIME_PATTERN.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [year, month, day] = dateMatch.slice(1).map(Number);
  const [hour, minute] = timeMatch.slice(1).map(Number);
  // Reject 2027-02-30 and friends: Date.UTC would roll them over into March.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day, hour, minute };
}

// Zones with a name people use, in the dictionaries (slotTimes.zones): Montréal shares Toronto's rules
// (America/Montreal is only an alias of it), and "heure de Montréal" speaks to our users where "heure de l’Est" or
// "EDT" would not.
const namedZones = [
  "America/Toronto",
  "America/Montreal",
  "America/Halifax",
  "America/Winnipeg",
  "America/Edmonton",
  "America/Vancouver",
  "Europe/Paris",
  "Europe/Brussels",
  "Europe/London",
] as const;

/** The place a zone is named after in words: a known city, else the IANA city ("America/New_York" → "New York"). */
export function zonePlaceName(zone: string, locale: Locale): string {
  const known = namedZones.find((named) => named === zone);
  if (known) return translate(locale, `slotTimes.zones.${known}`);
  const city = zone.split("/").pop() ?? zone;
  return city.replace(/_/g, " ");
}

/**
 * An interview slot in full, with the zone named in words:
 * fr "mardi 14 septembre 2027 à 10 h 00, heure de Montréal",
 * en "Tuesday, September 14, 2027 at 10:00 AM, Montréal time".
 * The time is assembled by hand: Intl's en-CA writes "a.m." and its French varies between ICU versions.
 */
export function formatSlot(
  instant: Date,
  zone: string,
  locale: Locale,
  placeName: string = zonePlaceName(zone, locale),
): string {
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid) throw new RangeError(`Unknown time zone: ${zone}`);
  const elided = /^[aeiouyàâäéèêëîïôöûüÿæœ]/i.test(placeName);
  const twelveHours = hourCycle(locale) === "h12";
  const hour = twelveHours ? (local.hour % 12 === 0 ? 12 : local.hour % 12) : local.hour;
  return translate(locale, "slotTimes.slot", {
    day: formatLongDate(local, locale),
    time: translate(locale, local.hour < 12 ? "slotTimes.clock.am" : "slotTimes.clock.pm", {
      hour,
      minute: pad(local.minute),
    }),
    ofPlace: translate(locale, `slotTimes.ofPlace.${elided ? "vowel" : "consonant"}`, { place: placeName }),
  });
}

/** "h23" for French (10 h 00, 14 h 00), "h12" for English (10:00 AM, 2:00 PM), as Intl knows each language's clock. */
function hourCycle(locale: Locale): string | undefined {
  return sharedFormatter(
    `hour-cycle:${locale}`,
    () => new Intl.DateTimeFormat(intlTag(locale), { hour: "numeric" }),
  ).resolvedOptions().hourCycle;
}

/** The day of an instant in a zone, in full: "mardi 14 septembre 2027" / "Tuesday, September 14, 2027". */
export function formatDay(instant: Date, zone: string, locale: Locale): string {
  return formatLongDate(DateTime.fromJSDate(instant, { zone }), locale);
}

function formatLongDate(local: DateTime, locale: Locale): string {
  const parts = Object.fromEntries(
    sharedFormatter(
      `long-date:${locale}`,
      () =>
        new Intl.DateTimeFormat(intlTag(locale), {
          weekday: "long",
          day: "numeric",
          month: "long",
          year: "numeric",
          timeZone: "UTC",
        }),
    )
      // The wall date as if in UTC, so Intl cannot shift it with its own notion of the zone.
      .formatToParts(Date.UTC(local.year, local.month - 1, local.day, 12))
      .map((part) => [part.type, part.value]),
  );
  return translate(locale, "slotTimes.longDate", {
    weekday: parts.weekday,
    day: parts.day,
    month: parts.month,
    year: parts.year,
  });
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
