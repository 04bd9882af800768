// A calendar program's answer to an invitation: an iTIP REPLY (RFC 5546 3.2.3) naming the event's UID and, for the
// attendee who answered, PARTSTAT ACCEPTED, TENTATIVE or DECLINED. Pure (no I/O); ical.js reads the iCalendar text
// (unfolding, parameters, case), the same library the tests read our own invitations with.
import ICAL from "ical.js";

export type Partstat = "ACCEPTED" | "TENTATIVE" | "DECLINED";

export type CalendarReply = {
  uid: string;
  /** the SEQUENCE of the invitation answered; null when the program left it out */
  sequence: number | null;
  /** each attendee the REPLY speaks for, with their answer (other answers, such as DELEGATED, are left out) */
  attendees: { email: string; partstat: Partstat }[];
};

const PARTSTATS: readonly string[] = ["ACCEPTED", "TENTATIVE", "DECLINED"];

/** The REPLY in an iCalendar text, or null when the text is not one (unreadable, another METHOD, no event). */
export function readCalendarReply(text: string): CalendarReply | null {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch {
    return null;
  }
  if (String(calendar.getFirstPropertyValue("method") ?? "").toUpperCase() !== "REPLY") return null;
  const event = calendar.getFirstSubcomponent("vevent");
  const uid = event?.getFirstPropertyValue("uid");
  if (!event || typeof uid !== "string" || uid === "") return null;
  const sequence = Number(event.getFirstPropertyValue("sequence"));
  const attendees = event.getAllProperties("attendee").flatMap((attendee) => {
    const address = String(attendee.getFirstValue() ?? "")
      .replace(/^mailto:/i, "")
      .trim()
      .toLowerCase();
    const partstat = String(attendee.getParameter("partstat") ?? "").toUpperCase();
    return address && PARTSTATS.includes(partstat) ? [{ email: address, partstat: partstat as Partstat }] : [];
  });
  return { uid, sequence: event.hasProperty("sequence") && Number.isInteger(sequence) ? sequence : null, attendees };
}
