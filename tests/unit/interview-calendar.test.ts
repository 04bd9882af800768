import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import {
  buildCalendarInvitation,
  googleCalendarLink,
  outlookCalendarLink,
  type CalendarInvitationInput,
} from "~/modules/interviews/calendar";
import { localToInstant } from "~/modules/interviews/time";

const MONTREAL = "America/Toronto";
const PARIS = "Europe/Paris";

function instantOf(date: string, time: string, zone: string): Date {
  const result = localToInstant(date, time, zone);
  if (!result.ok) throw new Error(`${date} ${time} ${zone}: ${result.reason}`);
  return result.instant;
}

function invitation(overrides: Partial<CalendarInvitationInput> = {}): CalendarInvitationInput {
  return {
    uid: "interview-42@chevronne.ca",
    sequence: 0,
    method: "REQUEST",
    start: instantOf("2027-09-14", "10:00", MONTREAL),
    durationMinutes: 45,
    timeZone: MONTREAL,
    summary: "Entrevue : conseillère en boutique",
    description: "Rencontre avec l’équipe.",
    location: "1200, rue Sainte-Catherine Ouest, Montréal",
    url: "https://chevronne.ca/entrevues/42",
    organizer: { name: "Équipe Chevronné", email: "rh@chevronne.ca" },
    attendees: [{ name: "Yvette Côté", email: "yvette@example.com" }],
    now: new Date("2027-09-01T12:34:56Z"),
    ...overrides,
  };
}

type Parsed = { calendar: ICAL.Component; event: ICAL.Component };

/** Parse with ical.js, registering the calendar's own VTIMEZONE so TZID times resolve through it. */
function parse(text: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  return { calendar, event: events[0] };
}

function timeOf(event: ICAL.Component, name: string): ICAL.Time {
  const value = event.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a date-time`);
  return value;
}

afterEach(() => {
  for (const zone of [MONTREAL, PARIS, "America/Regina"]) {
    if (ICAL.TimezoneService.has(zone)) ICAL.TimezoneService.remove(zone);
  }
});

describe("buildCalendarInvitation", () => {
  it("writes a REQUEST with a stable UID, sequence, UTC stamp, zoned start and end, organiser and attendee", () => {
    const text = buildCalendarInvitation(invitation());
    const { calendar, event } = parse(text);

    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(event.getFirstPropertyValue("uid")).toBe("interview-42@chevronne.ca");
    expect(event.getFirstPropertyValue("sequence")).toBe(0);
    expect(event.getFirstPropertyValue("status")).toBe("CONFIRMED");

    const stamp = timeOf(event, "dtstamp");
    expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(stamp.toJSDate().toISOString()).toBe("2027-09-01T12:34:56.000Z");
    expect(text).toMatch(/^DTSTAMP:20270901T123456Z\r$/m);

    expect(event.getFirstProperty("dtstart")?.getParameter("tzid")).toBe(MONTREAL);
    expect(event.getFirstProperty("dtend")?.getParameter("tzid")).toBe(MONTREAL);
    expect(text).toContain("DTSTART;TZID=America/Toronto:20270914T100000\r\n");
    const start = timeOf(event, "dtstart");
    expect(start.zone?.tzid).toBe(MONTREAL);
    expect(start.toJSDate().toISOString()).toBe("2027-09-14T14:00:00.000Z");
    expect(timeOf(event, "dtend").toJSDate().toISOString()).toBe("2027-09-14T14:45:00.000Z");

    const organizer = event.getFirstProperty("organizer");
    expect(String(organizer?.getFirstValue())).toMatch(/^mailto:rh@chevronne\.ca$/i);
    expect(organizer?.getParameter("cn")).toBe("Équipe Chevronné");
    const attendees = event.getAllProperties("attendee");
    expect(attendees).toHaveLength(1);
    expect(String(attendees[0].getFirstValue())).toMatch(/^mailto:yvette@example\.com$/i);
    expect(attendees[0].getParameter("cn")).toBe("Yvette Côté");
    expect(attendees[0].getParameter("partstat")).toBe("NEEDS-ACTION");
    expect(attendees[0].getParameter("rsvp")).toBe("TRUE");

    expect(event.getFirstPropertyValue("location")).toBe("1200, rue Sainte-Catherine Ouest, Montréal");
    expect(event.getFirstPropertyValue("url")).toBe("https://chevronne.ca/entrevues/42");
  });

  it("bumps SEQUENCE on a reschedule and cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID", () => {
    const first = parse(buildCalendarInvitation(invitation({ sequence: 0 })));
    const moved = parse(
      buildCalendarInvitation(invitation({ sequence: 1, start: instantOf("2027-09-15", "14:00", MONTREAL) })),
    );
    const cancelled = parse(
      buildCalendarInvitation(
        invitation({ sequence: 2, method: "CANCEL", start: instantOf("2027-09-15", "14:00", MONTREAL) }),
      ),
    );

    expect(first.event.getFirstPropertyValue("sequence")).toBe(0);
    expect(moved.event.getFirstPropertyValue("sequence")).toBe(1);
    expect(timeOf(moved.event, "dtstart").toJSDate().toISOString()).toBe("2027-09-15T18:00:00.000Z");
    expect(moved.calendar.getFirstPropertyValue("method")).toBe("REQUEST");

    expect(cancelled.calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cancelled.event.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled.event.getFirstPropertyValue("sequence")).toBe(2);
    expect(String(cancelled.event.getFirstProperty("attendee")?.getFirstValue())).toMatch(
      /^mailto:yvette@example\.com$/i,
    );
    for (const parsed of [first, moved, cancelled]) {
      expect(parsed.event.getFirstPropertyValue("uid")).toBe("interview-42@chevronne.ca");
    }
  });

  // The VTIMEZONE is ours (built from luxon), so read every side of every 2027 change back through it.
  it.each([
    [MONTREAL, "2027-03-13", "10:00", "2027-03-13T15:00:00.000Z"],
    [MONTREAL, "2027-03-14", "10:00", "2027-03-14T14:00:00.000Z"],
    [MONTREAL, "2027-03-14", "03:00", "2027-03-14T07:00:00.000Z"],
    [MONTREAL, "2027-11-06", "10:00", "2027-11-06T14:00:00.000Z"],
    [MONTREAL, "2027-11-07", "10:00", "2027-11-07T15:00:00.000Z"],
    [MONTREAL, "2027-01-10", "10:00", "2027-01-10T15:00:00.000Z"],
    [MONTREAL, "2027-12-30", "10:00", "2027-12-30T15:00:00.000Z"],
    [PARIS, "2027-03-27", "10:00", "2027-03-27T09:00:00.000Z"],
    [PARIS, "2027-03-28", "10:00", "2027-03-28T08:00:00.000Z"],
    [PARIS, "2027-10-30", "10:00", "2027-10-30T08:00:00.000Z"],
    [PARIS, "2027-10-31", "10:00", "2027-10-31T09:00:00.000Z"],
    ["America/Regina", "2027-07-01", "10:00", "2027-07-01T16:00:00.000Z"],
  ])("%s %s %s reads back through the VTIMEZONE as %s", (zone, date, time, expected) => {
    const start = instantOf(date, time, zone);
    expect(start.toISOString()).toBe(expected);
    const text = buildCalendarInvitation(invitation({ start, timeZone: zone }));
    expect(text).toContain(`DTSTART;TZID=${zone}:${date.replace(/-/g, "")}T${time.replace(":", "")}00\r\n`);
    const { calendar, event } = parse(text);
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe(zone);
    expect(timeOf(event, "dtstart").toJSDate().toISOString()).toBe(expected);
    expect(timeOf(event, "dtend").toJSDate().getTime() - start.getTime()).toBe(45 * 60_000);
  });

  // RFC 5545 reads a repeated wall time as its first occurrence, but ical.js takes the second: in that hour
  // the times go out in UTC so no client can misplace them.
  it.each([
    [MONTREAL, "2027-11-07", "01:30", "20271107T053000Z", "2027-11-07T05:30:00.000Z"],
    [PARIS, "2027-10-31", "02:30", "20271031T003000Z", "2027-10-31T00:30:00.000Z"],
    [MONTREAL, "2027-11-07", "00:30", "20271107T043000Z", "2027-11-07T04:30:00.000Z"], // ends at 01:15, in the repeated hour
  ])("%s %s %s, in the repeated hour, is written in UTC as %s", (zone, date, time, utc, expected) => {
    const text = buildCalendarInvitation(invitation({ start: instantOf(date, time, zone), timeZone: zone }));
    expect(text).toContain(`DTSTART:${utc}\r\n`);
    expect(text).not.toContain("TZID=");
    expect(timeOf(parse(text).event, "dtstart").toJSDate().toISOString()).toBe(expected);
  });

  it("lists each real change with its offsets", () => {
    const { calendar } = parse(buildCalendarInvitation(invitation()));
    const observances = calendar
      .getFirstSubcomponent("vtimezone")
      ?.getAllSubcomponents()
      .map(
        (part) =>
          `${part.name} ${String(part.getFirstPropertyValue("dtstart"))} ${String(part.getFirstPropertyValue("tzoffsetfrom"))}→${String(part.getFirstPropertyValue("tzoffsetto"))}`,
      );
    expect(observances).toContain("daylight 2027-03-14T02:00:00 -05:00→-04:00");
    expect(observances).toContain("standard 2027-11-07T02:00:00 -04:00→-05:00");
    expect(observances).toHaveLength(6); // 2026, 2027 and 2028
  });

  it("escapes commas, semicolons, backslashes and newlines so they round-trip exactly", () => {
    const summary = "Entrevue, 2e tour; C:\\dossiers\\Côté\nDeuxième ligne";
    const description = "Bonjour,\nApportez : CV; références, pièce d’identité.\n\nÀ bientôt \\o/ — l’équipe 🎉";
    const location = "Bureau 3; 2e étage, Montréal";
    const text = buildCalendarInvitation(invitation({ summary, description, location }));
    expect(text).toContain("SUMMARY:Entrevue\\, 2e tour\\; C:\\\\dossiers\\\\Côté\\nDeuxième ligne");
    const { event } = parse(text);
    expect(event.getFirstPropertyValue("summary")).toBe(summary);
    expect(event.getFirstPropertyValue("description")).toBe(description);
    expect(event.getFirstPropertyValue("location")).toBe(location);
  });

  it("folds lines at 75 octets, without splitting a character, and ends every line with CRLF", () => {
    const description =
      "Une description très longue, accentuée à l’excès — éèêëàâäîïôöùûüç — ".repeat(8) + "🎉".repeat(40);
    const text = buildCalendarInvitation(invitation({ description }));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n");
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/\uFFFD/);
    }
    expect(parse(text).event.getFirstPropertyValue("description")).toBe(description);
  });

  it("keeps a double quote in a name from breaking the CN parameter", () => {
    const { event } = parse(
      buildCalendarInvitation(invitation({ attendees: [{ name: 'Yvette "Vivi" Côté', email: "yvette@example.com" }] })),
    );
    expect(event.getFirstProperty("attendee")?.getParameter("cn")).toBe("Yvette 'Vivi' Côté");
  });

  it("does not depend on the server's own time zone", () => {
    const original = process.env.TZ;
    const reference = buildCalendarInvitation(invitation());
    try {
      for (const zone of ["Pacific/Kiritimati", "America/Los_Angeles", "UTC"]) {
        process.env.TZ = zone;
        expect(buildCalendarInvitation(invitation())).toBe(reference);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it("refuses inputs that would make a broken invitation", () => {
    expect(() => buildCalendarInvitation(invitation({ durationMinutes: 0 }))).toThrow(RangeError);
    expect(() => buildCalendarInvitation(invitation({ sequence: -1 }))).toThrow(RangeError);
    expect(() => buildCalendarInvitation(invitation({ timeZone: "Mars/Olympus_Mons" }))).toThrow(RangeError);
    expect(() => buildCalendarInvitation(invitation({ start: new Date("nope") }))).toThrow(RangeError);
    expect(() => buildCalendarInvitation(invitation({ uid: "a\r\nMETHOD:PUBLISH" }))).toThrow(RangeError);
  });
});

describe("calendar links", () => {
  const link = {
    start: instantOf("2027-11-07", "10:00", MONTREAL), // the day Montréal falls back: 15:00 UTC
    durationMinutes: 45,
    summary: "Entrevue, 2e tour & suite",
    description: "Ligne 1\nLigne 2",
    location: "Montréal, QC",
  };

  it("gives Google the UTC start and end", () => {
    const url = new URL(googleCalendarLink(link));
    expect(url.origin + url.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
    expect(url.searchParams.get("dates")).toBe("20271107T150000Z/20271107T154500Z");
    expect(url.searchParams.get("text")).toBe(link.summary);
    expect(url.searchParams.get("details")).toBe(link.description);
    expect(url.searchParams.get("location")).toBe(link.location);
    expect(url.search).not.toContain("+");
  });

  it("gives Outlook the UTC start and end as ISO 8601", () => {
    const url = new URL(outlookCalendarLink(link));
    expect(url.origin + url.pathname).toBe("https://outlook.live.com/calendar/0/deeplink/compose");
    expect(url.searchParams.get("startdt")).toBe("2027-11-07T15:00:00Z");
    expect(url.searchParams.get("enddt")).toBe("2027-11-07T15:45:00Z");
    expect(url.searchParams.get("subject")).toBe(link.summary);
    expect(url.searchParams.get("body")).toBe(link.description);
    expect(url.searchParams.get("location")).toBe(link.location);
    expect(url.search).not.toContain("+");
  });

  it("leaves out an absent location", () => {
    const withoutPlace = { ...link, location: undefined };
    expect(new URL(googleCalendarLink(withoutPlace)).searchParams.has("location")).toBe(false);
    expect(new URL(outlookCalendarLink(withoutPlace)).searchParams.has("location")).toBe(false);
  });
});
