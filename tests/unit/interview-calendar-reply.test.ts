// Reading a calendar program's answer to an invitation (iTIP REPLY): what Gmail, Outlook and Apple Calendar send back
// to the ORGANIZER, folded lines and letter case included.
import { describe, expect, it } from "vitest";
import { readCalendarReply } from "~/modules/interviews/calendar-reply";

const calendar = (...lines: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", ...lines, "END:VCALENDAR", ""].join("\r\n");
const event = (...lines: string[]) => [
  "BEGIN:VEVENT",
  "UID:cm123@chevronne.test",
  "DTSTAMP:20270901T120000Z",
  ...lines,
  "END:VEVENT",
];

describe("readCalendarReply", () => {
  it.each(["ACCEPTED", "TENTATIVE", "DECLINED"])("reads %s with the UID, the SEQUENCE and the attendee", (partstat) => {
    const text = calendar(
      "METHOD:REPLY",
      ...event("SEQUENCE:2", `ATTENDEE;CN="Louise Tremblay";PARTSTAT=${partstat}:mailto:Louise.Tremblay@Exemple.CA`),
    );
    expect(readCalendarReply(text)).toEqual({
      uid: "cm123@chevronne.test",
      sequence: 2,
      attendees: [{ email: "louise.tremblay@exemple.ca", partstat }],
    });
  });

  it("unfolds long lines and reads parameters in any case, as Outlook writes them", () => {
    const text = calendar(
      "METHOD:Reply",
      ...event("ATTENDEE;partstat=declined;CN=Louise Tremblay;RSVP=FALSE:MAILTO:louise.tr", " emblay@exemple.ca"),
    );
    expect(readCalendarReply(text)).toEqual({
      uid: "cm123@chevronne.test",
      sequence: null,
      attendees: [{ email: "louise.tremblay@exemple.ca", partstat: "DECLINED" }],
    });
  });

  it("leaves out answers that are not yes, maybe or no (a delegation, no answer yet)", () => {
    const text = calendar(
      "METHOD:REPLY",
      ...event("ATTENDEE;PARTSTAT=DELEGATED:mailto:a@exemple.ca", "ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:b@exemple.ca"),
    );
    expect(readCalendarReply(text)?.attendees).toEqual([]);
  });

  it("is null for anything but a REPLY with an event: an invitation, a cancellation, no event, words, a broken file", () => {
    expect(
      readCalendarReply(calendar("METHOD:REQUEST", ...event("ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@exemple.ca"))),
    ).toBeNull();
    expect(readCalendarReply(calendar("METHOD:CANCEL", ...event()))).toBeNull();
    expect(readCalendarReply(calendar("METHOD:REPLY"))).toBeNull();
    expect(readCalendarReply("Oui, je serai là.")).toBeNull();
    expect(readCalendarReply("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n")).toBeNull();
  });
});
