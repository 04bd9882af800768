// What the interview tests share: an application ready for an interview, and invitations read back with ical.js.
import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import { db } from "~/db.server";
import { applyToMission } from "~/modules/pipeline/applications.server";
import { createCandidate, createEmployerWithMission } from "./fixtures";

let counter = 0;

export async function interviewSetup(
  options: { locale?: "fr" | "en"; candidateZone?: string; recruiterZone?: string; prefersPhone?: boolean } = {},
) {
  counter += 1;
  const { employer, mission } = await createEmployerWithMission();
  const recruiter = await db.user.create({
    data: {
      email: `rh-${counter}-${employer.id}@musee.example`,
      name: "Nadia Roy",
      kind: "employer",
      timeZone: options.recruiterZone ?? "America/Toronto",
      memberships: { create: { employerId: employer.id, role: "owner" } },
    },
  });
  const { user, profile } = await createCandidate(`cand-${counter}-${employer.id}@exemple.ca`, options.locale ?? "fr");
  const candidate = await db.user.update({
    where: { id: user.id },
    data: { timeZone: options.candidateZone ?? "America/Toronto" },
  });
  if (options.prefersPhone) {
    await db.candidateProfile.update({
      where: { id: profile.id },
      data: { contactPreference: "phone", phone: "418 555-0199" },
    });
  }
  const application = await applyToMission({
    user,
    candidateId: profile.id,
    mission: { ...mission, employer },
    message: "",
    cv: null,
  });
  await db.outboxEmail.deleteMany({ where: { toAddress: candidate.email } });
  return { employer, mission, recruiter, candidate, application };
}

export const proposal = (slots: { startsAt: Date; durationMinutes?: number }[], zone = "America/Toronto") => ({
  format: "in_person" as const,
  address: "100, rue Racine Est, Saguenay",
  accessNotes: "Entrée principale, rez-de-chaussée",
  callNumber: "",
  videoLink: "",
  recruiterPhone: "418 555-0100",
  timeZone: zone,
  slots: slots.map((slot) => ({ startsAt: slot.startsAt, durationMinutes: slot.durationMinutes ?? 45 })),
});

export type ReadInvitation = {
  method: string;
  partMethod: string | null;
  uid: string;
  sequence: number;
  status: string;
  start: Date;
  summary: string;
};

/** The .ics of an email, parsed with ical.js (its own VTIMEZONE registered), and the method of its calendar part. */
export function readInvitation(mail: ParsedMail): ReadInvitation {
  const files = mail.attachments.filter((file) => file.contentType === "text/calendar");
  if (files.length === 0) throw new Error(`No calendar part in "${mail.subject}"`);
  const text = files[0].content.toString("utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const event = calendar.getFirstSubcomponent("vevent")!;
  const contentType = files[0].headers.get("content-type") as { params?: Record<string, string> } | undefined;
  return {
    method: String(calendar.getFirstPropertyValue("method")),
    partMethod: contentType?.params?.method ?? null,
    uid: String(event.getFirstPropertyValue("uid")),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    status: String(event.getFirstPropertyValue("status")),
    start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate(),
    summary: String(event.getFirstPropertyValue("summary")),
  };
}

/** The token in an interview link of an email's text. */
export function tokenFromMail(mail: ParsedMail): string {
  const match = /\/interviews\/([a-f0-9]{40})/.exec(mail.text ?? "");
  if (!match) throw new Error(`No interview link in "${mail.subject}"`);
  return match[1];
}
