// Demo interviews, made through the real interview module so that every link in the demo mailbox works: the demo
// candidate has a proposal from the demo employer waiting for a choice, and the demo employer's agenda holds one
// interview already booked with another candidate.
import { DateTime } from "luxon";
import type { PrismaClient } from "../../app/generated/prisma/client";
import { pickSlotByToken, proposeInterview } from "../../app/modules/interviews/lifecycle.server";
import { interviewToken } from "../../app/modules/interviews/token.server";
import { DEMO_ACCOUNTS } from "./index";

const zone = "America/Toronto";

/** `days` from now at a wall time in Montréal. */
function at(now: Date, days: number, hour: number, minute = 0): Date {
  return DateTime.fromJSDate(now, { zone }).plus({ days }).set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();
}

export async function seedDemoInterviews(prisma: PrismaClient, now = new Date()): Promise<number> {
  const owner = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.employer.email } });
  const employer = await prisma.employer.findUniqueOrThrow({ where: { slug: DEMO_ACCOUNTS.employer.employerSlug } });
  const atDemoEmployer = { mission: { employerId: employer.id }, stage: "interview" };
  const forDemoCandidate = await prisma.application.findFirstOrThrow({
    where: { ...atDemoEmployer, candidate: { user: { email: DEMO_ACCOUNTS.candidate.email } } },
  });
  const forSomeoneElse = await prisma.application.findFirstOrThrow({
    where: { ...atDemoEmployer, id: { not: forDemoCandidate.id } },
    orderBy: { id: "asc" },
  });
  const details = {
    format: "in_person" as const,
    address: [employer.address, employer.town].filter(Boolean).join(", "),
    accessNotes: "Entrée par la librairie, au rez-de-chaussée; métro Mont-Royal à 5 minutes.",
    callNumber: "",
    videoLink: "",
    recruiterPhone: "514 555-0142",
    timeZone: zone,
  };

  await proposeInterview({
    employerId: employer.id,
    actor: owner,
    applicationId: forDemoCandidate.id,
    proposal: {
      ...details,
      slots: [at(now, 3, 10), at(now, 4, 14), at(now, 6, 9, 30)].map((startsAt) => ({ startsAt, durationMinutes: 45 })),
    },
    now,
  });
  const booked = await proposeInterview({
    employerId: employer.id,
    actor: owner,
    applicationId: forSomeoneElse.id,
    proposal: {
      ...details,
      slots: [at(now, 2, 11), at(now, 5, 15, 30)].map((startsAt) => ({ startsAt, durationMinutes: 30 })),
    },
    now,
  });
  if (booked.ok)
    await pickSlotByToken(interviewToken(booked.interviewId), 1, { status: "proposed" }, { via: "link", now });
  return 2;
}
