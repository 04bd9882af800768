// Calendar invitations of interviews: an iTIP (RFC 5546) calendar to attach to an email, and "add to calendar" links.
// Pure (no I/O). ical-generator writes the text (escaping, 75-octet folding, CRLF); we supply the VTIMEZONE.
import {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendar,
  ICalCalendarMethod,
  ICalEventStatus,
} from "ical-generator";
import { DateTime, IANAZone } from "luxon";
import { isAmbiguousInZone } from "./time";

export type CalendarInvitationMethod = "REQUEST" | "CANCEL";

export type Person = { name: string; email: string };

export type CalendarInvitationInput = {
  /** Stable for the life of the interview: a new UID would make a second event instead of an update. */
  uid: string;
  /** 0 for the first invitation, then +1 for each change or the cancellation, so clients keep the latest. */
  sequence: number;
  method: CalendarInvitationMethod;
  start: Date;
  durationMinutes: number;
  /** IANA zone the interview was set in: DTSTART/DTEND carry it so clients show the organiser's wall time. */
  timeZone: string;
  summary: string;
  description: string;
  location?: string;
  url?: string;
  organizer: Person;
  attendees: Person[];
  /** DTSTAMP; defaults to the current time. */
  now?: Date;
};

const MINUTE_MS = 60_000;
const PRODUCT_ID = { company: "Chevronne", product: "Interviews", language: "FR" };

/** The text of an .ics file (text/calendar; method=REQUEST|CANCEL) for one interview. */
export function buildCalendarInvitation(input: CalendarInvitationInput): string {
  assertValidCalendarInvitation(input);
  const end = endOf(input.start, input.durationMinutes);
  const zone = zoneForTimes(input.start, end, input.timeZone);
  const calendar = new ICalCalendar({
    prodId: PRODUCT_ID,
    method: input.method === "REQUEST" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
    // No calendar-wide name: ical-generator would then write DTSTAMP as local time rather than UTC.
    timezone: { name: null, generator: (name) => vtimezone(name, input.start) },
  });

  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.now ?? new Date(),
    // Luxon values, not Dates: with a zone set, ical-generator reads a Date's wall time in the
    // server's own zone; a luxon DateTime it converts to the event's zone itself.
    start: DateTime.fromJSDate(input.start, { zone: zone ?? "utc" }),
    end: DateTime.fromJSDate(end, { zone: zone ?? "utc" }),
    timezone: zone,
    summary: input.summary,
    description: input.description,
    location: input.location ?? null,
    url: input.url ?? null,
    status: input.method === "REQUEST" ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
    organizer: { name: parameterSafe(input.organizer.name), email: input.organizer.email },
    attendees: input.attendees.map((attendee) => ({
      name: parameterSafe(attendee.name),
      email: attendee.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: input.method === "REQUEST",
    })),
  });

  // RFC 5545 ends every content line, the last one included, with CRLF; ical-generator omits the last.
  return `${calendar.toString()}\r\n`;
}

/**
 * The zone to write DTSTART/DTEND in, or null for plain UTC. In the repeated fall-back hour, RFC 5545 says a
 * TZID time means the first occurrence, but clients disagree (ical.js, and so Thunderbird, take the second),
 * so those rare interviews are written in UTC, which every client reads the same way.
 */
function zoneForTimes(start: Date, end: Date, timeZone: string): string | null {
  return isAmbiguousInZone(start, timeZone) || isAmbiguousInZone(end, timeZone) ? null : timeZone;
}

function assertValidCalendarInvitation(input: CalendarInvitationInput): void {
  if (!Number.isInteger(input.sequence) || input.sequence < 0)
    throw new RangeError("sequence must be a non-negative integer");
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes <= 0)
    throw new RangeError("durationMinutes must be a positive integer");
  if (Number.isNaN(input.start.getTime())) throw new RangeError("start is not a valid date");
  if (!IANAZone.isValidZone(input.timeZone)) throw new RangeError(`Unknown time zone: ${input.timeZone}`);
  if (/[\r\n]/.test(input.uid) || input.uid.trim() === "") throw new RangeError("uid must be a single non-empty line");
}

/**
 * CN="…" is a quoted parameter: RFC 5545 has no escape for a double quote there (ical-generator's
 * backslash would be read literally or break the line), so quotes become apostrophes and controls go.
 */
function parameterSafe(name: string): string {
  return name
    .replace(/"/g, "'")
    .replace(/[\\\p{Cc}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function endOf(start: Date, durationMinutes: number): Date {
  return new Date(start.getTime() + durationMinutes * MINUTE_MS);
}

// ---------------------------------------------------------------------------------------------------------
// VTIMEZONE from luxon (the IANA data Node ships), so no extra package: one STANDARD/DAYLIGHT block per
// actual change from the year before the event to the year after, which covers any reasonable reminder or
// reschedule. Explicit changes rather than RRULEs: always right, even for zones whose rules have moved.
// ---------------------------------------------------------------------------------------------------------

type Transition = { at: number; from: number; to: number };

/** A VTIMEZONE component for `zone` around the year of `around`. */
export function vtimezone(zone: string, around: Date): string {
  const year = DateTime.fromJSDate(around, { zone }).year;
  const from = Date.UTC(year - 1, 0, 1);
  const to = Date.UTC(year + 2, 0, 1);
  const transitions = findTransitions(zone, from, to);
  const blocks =
    transitions.length > 0
      ? transitions.map((transition) => observance(zone, transition))
      : [
          observance(zone, {
            at: from,
            from: IANAZone.create(zone).offset(from),
            to: IANAZone.create(zone).offset(from),
          }),
        ];
  return ["BEGIN:VTIMEZONE", `TZID:${zone}`, ...blocks.flat(), "END:VTIMEZONE"].join("\r\n");
}

/** Offset changes in [from, to): a daily scan, then a binary search down to the minute. */
export function findTransitions(zone: string, from: number, to: number): Transition[] {
  const iana = IANAZone.create(zone);
  const day = 24 * 60 * MINUTE_MS;
  const transitions: Transition[] = [];
  for (let t = from; t < to; t += day) {
    const before = iana.offset(t);
    const after = iana.offset(t + day);
    if (before !== after)
      transitions.push({ at: firstMinuteWithOffset(iana, t, t + day, after), from: before, to: after });
  }
  return transitions;
}

function firstMinuteWithOffset(iana: IANAZone, low: number, high: number, offset: number): number {
  // Invariant: offset(low) differs, offset(high) === offset. Changes fall on whole minutes.
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (iana.offset(middle) === offset) high = middle;
    else low = middle;
  }
  return high;
}

function observance(zone: string, transition: Transition): string[] {
  const kind = DateTime.fromMillis(transition.at, { zone }).isInDST ? "DAYLIGHT" : "STANDARD";
  // DTSTART of an observance is the local time of the change, read on the clock in force before it.
  const localBefore = DateTime.fromMillis(transition.at + transition.from * MINUTE_MS, { zone: "utc" });
  const name = DateTime.fromMillis(transition.at, { zone }).toFormat("ZZZZ", { locale: "en-US" });
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localBefore.toFormat("yyyyLLdd'T'HHmmss")}`,
    `TZOFFSETFROM:${utcOffset(transition.from)}`,
    `TZOFFSETTO:${utcOffset(transition.to)}`,
    `TZNAME:${name}`,
    `END:${kind}`,
  ];
}

/** Minutes east of UTC as ±HHMM. */
function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}${String(absolute % 60).padStart(2, "0")}`;
}

// ---------------------------------------------------------------------------------------------------------
// "Add to calendar" links, for people whose mail client ignores the attachment. Times go in UTC, so the
// web calendar shows them in its user's own zone.
// ---------------------------------------------------------------------------------------------------------

export type CalendarLinkInput = Pick<
  CalendarInvitationInput,
  "start" | "durationMinutes" | "summary" | "description" | "location"
>;

/** https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=20270914T140000Z/20270914T150000Z&… */
export function googleCalendarLink(input: CalendarLinkInput): string {
  const end = endOf(input.start, input.durationMinutes);
  return withQuery("https://calendar.google.com/calendar/render", [
    ["action", "TEMPLATE"],
    ["text", input.summary],
    ["dates", `${compactUtc(input.start)}/${compactUtc(end)}`],
    ["details", input.description],
    ["location", input.location],
  ]);
}

/** https://outlook.live.com/calendar/0/deeplink/compose?subject=…&startdt=2027-09-14T14:00:00Z&… */
export function outlookCalendarLink(input: CalendarLinkInput): string {
  const end = endOf(input.start, input.durationMinutes);
  return withQuery("https://outlook.live.com/calendar/0/deeplink/compose", [
    ["path", "/calendar/action/compose"],
    ["rru", "addevent"],
    ["subject", input.summary],
    ["startdt", isoUtc(input.start)],
    ["enddt", isoUtc(end)],
    ["body", input.description],
    ["location", input.location],
  ]);
}

/**
 * encodeURIComponent rather than URLSearchParams: Outlook shows a "+" for a space literally.
 * "/" and ":" are legal in a query (RFC 3986) and left as is, so dates stay readable.
 */
function withQuery(base: string, params: [string, string | undefined][]): string {
  const query = params
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "")
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2F/g, "/").replace(/%3A/g, ":")}`)
    .join("&");
  return `${base}?${query}`;
}

function isoUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function compactUtc(date: Date): string {
  return isoUtc(date).replace(/[-:]/g, "");
}
