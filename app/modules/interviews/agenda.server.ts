// A recruiter's upcoming interviews, by day, with every overlap between them pointed out: booked times, and the
// slots still proposed (a candidate may pick any of them at any moment).
import { db } from "~/db.server";
import { isoDateInZone } from "~/modules/i18n/format";
import { endOfSlot, rangesOverlap, type SlotInput, type TimeRange } from "./rules";

export type AgendaEntry = {
  key: string;
  interviewId: string;
  applicationId: string;
  candidateName: string;
  missionTitle: string;
  status: "booked" | "proposed";
  format: string;
  position: number;
  start: Date;
  end: Date;
  /** the other entries (of other interviews) this one overlaps */
  overlaps: { candidateName: string; start: Date; status: "booked" | "proposed" }[];
};

const withPeople = {
  application: {
    include: { candidate: { include: { user: { select: { name: true } } } }, mission: { select: { title: true } } },
  },
} as const;

async function upcomingEntries(
  recruiterId: string,
  employerId: string,
  now: Date,
): Promise<Omit<AgendaEntry, "overlaps">[]> {
  // an anonymised application's interviews were cancelled with it or are long past
  const mine = { recruiterId, application: { mission: { employerId }, anonymisedAt: null } };
  const [booked, proposedSlots] = await Promise.all([
    db.interview.findMany({ where: { ...mine, status: "booked", endsAt: { gt: now } }, include: withPeople }),
    db.interviewSlot.findMany({
      where: { startsAt: { gt: now }, interview: { ...mine, status: "proposed" } },
      include: { interview: { include: withPeople } },
    }),
  ]);
  const entries = [
    ...booked.map((interview) => ({
      interview,
      position: interview.bookedPosition ?? 0,
      start: interview.startsAt!,
      end: interview.endsAt!,
      status: "booked" as const,
    })),
    ...proposedSlots.map((slot) => ({
      interview: slot.interview,
      position: slot.position,
      start: slot.startsAt,
      end: endOfSlot(slot),
      status: "proposed" as const,
    })),
  ];
  return entries
    .map(({ interview, ...entry }) => ({
      ...entry,
      key: `${interview.id}:${entry.position}`,
      interviewId: interview.id,
      applicationId: interview.applicationId,
      candidateName: interview.application.candidate?.user.name ?? "",
      missionTitle: interview.application.mission.title,
      format: interview.format,
    }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The agenda grouped by day in the recruiter's zone; each entry lists what it overlaps. */
export async function recruiterAgenda(recruiterId: string, employerId: string, timeZone: string, now = new Date()) {
  const entries = await upcomingEntries(recruiterId, employerId, now);
  const withOverlaps: AgendaEntry[] = entries.map((entry) => ({
    ...entry,
    overlaps: entries
      .filter((other) => other.interviewId !== entry.interviewId && rangesOverlap(entry, other))
      .map((other) => ({ candidateName: other.candidateName, start: other.start, status: other.status })),
  }));
  const days = new Map<string, AgendaEntry[]>();
  for (const entry of withOverlaps) {
    const day = isoDateInZone(entry.start, timeZone);
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return [...days].map(([day, dayEntries]) => ({ day, entries: dayEntries }));
}

/** For a new proposal: which slots overlap the recruiter's booked interviews or other pending proposals. */
export async function overlapsForProposal(
  recruiterId: string,
  employerId: string,
  slots: SlotInput[],
  now = new Date(),
) {
  const entries = await upcomingEntries(recruiterId, employerId, now);
  return slots.flatMap((slot, index) => {
    const range: TimeRange = { start: slot.startsAt, end: endOfSlot(slot) };
    return entries
      .filter((entry) => rangesOverlap(range, entry))
      .map((entry) => ({
        slot: index + 1,
        candidateName: entry.candidateName,
        start: entry.start,
        status: entry.status,
      }));
  });
}
