// The page states issue 13 added to an owner's pages, written straight to the database for the reflow and axe specs:
// a new organisation (its profile not filled in, so the dashboard lists its first steps) whose owner also belongs to
// a second one (the header's organisation switch), two applications that arrived since the owner joined ("new since
// your last visit", the account page's "Nouvelles candidatures"), a booked interview (the recruiter's and the
// candidate's cancellation pages) and a recruiter (the team's removal page).
import { createHash, createHmac, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { e2eQuery } from "./e2e-database";
import { demo, uniqueEmail } from "./e2e-helpers";
import { tmpDir } from "./paths";

export type NewOrganisation = {
  ownerEmail: string;
  applicationId: string;
  interviewToken: string;
  recruiterMembershipId: string;
};

type OrganisationRow = { name: string; sector?: string; purpose?: string; values?: string; town?: string };

/** An organisation's row, verified; its members are added apart. */
async function insertEmployer({
  name,
  sector = "culture",
  purpose = "",
  values = "",
  town = "Québec",
}: OrganisationRow): Promise<string> {
  const id = randomUUID();
  await e2eQuery(
    `INSERT INTO "Employer" (id, slug, name, sector, purpose, "values", town, "verificationStatus", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'verified', now())`,
    [id, `e2e-${id.slice(0, 8)}`, name, sector, purpose, values, town],
  );
  return id;
}

/** An organisation and its owner, who signs in with the demo password. */
export async function insertOrganisationWithOwner(
  organisation: OrganisationRow,
  emailPrefix: string,
): Promise<{ ownerEmail: string; employerId: string }> {
  const ownerEmail = uniqueEmail(emailPrefix);
  const employerId = await insertEmployer(organisation);
  const ownerId = await insertUser(ownerEmail, "Hélène Roy", "employer", "fr");
  await e2eQuery(`INSERT INTO "Membership" (id, "employerId", "userId", role) VALUES ($1, $2, $3, 'owner')`, [
    randomUUID(),
    employerId,
    ownerId,
  ]);
  return { ownerEmail, employerId };
}

async function insertUser(
  email: string,
  name: string,
  kind: "employer" | "candidate",
  locale: "fr" | "en",
): Promise<string> {
  const id = randomUUID();
  await e2eQuery(
    `INSERT INTO "User" (id, email, name, kind, locale, "passwordHash", "updatedAt") SELECT $1, $2, $3, $4, $5, "passwordHash", now() FROM "User" WHERE email = $6`,
    [id, email, name, kind, locale, demo.employer],
  );
  return id;
}

/** A booked interview of `recruiterId`, inserted as the app writes one (its token derived from its id). */
async function insertBookedInterview(applicationId: string, recruiterId: string): Promise<string> {
  const id = `e2e${randomUUID().replace(/-/g, "")}`;
  const secret = fs.readFileSync(path.join(tmpDir, "session-secret"), "utf8").trim();
  const token = createHmac("sha256", secret).update(`interview:${id}`).digest("hex").slice(0, 40);
  const startsAt = new Date(Date.UTC(2033, 2, 1 + Math.floor(Math.random() * 300), 14, 0));
  await e2eQuery(
    `INSERT INTO "Interview" (id, "applicationId", "recruiterId", status, format, address, "recruiterPhone", "timeZone", "tokenHash", "calendarUid", sequence, "bookedPosition", "startsAt", "endsAt", "updatedAt")
     VALUES ($1, $2, $3, 'booked', 'in_person', '5000, rue Saint-Denis, Montréal', '514 555-0142', 'America/Toronto', $4, $5, 0, 1, $6, $7, now())`,
    [
      id,
      applicationId,
      recruiterId,
      createHash("sha256").update(token).digest("hex"),
      `${id}@chevronne.test`,
      startsAt,
      new Date(startsAt.getTime() + 45 * 60_000),
    ],
  );
  await e2eQuery(
    `INSERT INTO "InterviewSlot" (id, "interviewId", position, "startsAt", "durationMinutes") VALUES ($1, $2, 1, $3, 45)`,
    [randomUUID(), id, startsAt],
  );
  await e2eQuery(`UPDATE "Application" SET stage = 'interview' WHERE id = $1`, [applicationId]);
  return token;
}

export async function insertNewOrganisation(locale: "fr" | "en"): Promise<NewOrganisation> {
  const ownerEmail = uniqueEmail(`new-org-${locale}`);
  const ownerId = await insertUser(ownerEmail, "Marie-Élisabeth Bouchard-Villeneuve", "employer", locale);
  // the older membership is the one a new session starts in: the new organisation, its profile still to write
  const employerId = await insertEmployer({ name: "Société d’histoire et de généalogie de Charlesbourg-Beauport" });
  const otherId = await insertEmployer({ name: "Musée régional des métiers d’autrefois", values: "Le respect." });
  await e2eQuery(
    `INSERT INTO "Membership" (id, "employerId", "userId", role, "createdAt") VALUES ($1, $2, $3, 'owner', now() - interval '1 day')`,
    [randomUUID(), employerId, ownerId],
  );
  await e2eQuery(
    `INSERT INTO "Membership" (id, "employerId", "userId", role, "createdAt") VALUES ($1, $2, $3, 'owner', now())`,
    [randomUUID(), otherId, ownerId],
  );
  const recruiterId = await insertUser(
    uniqueEmail(`new-org-recruiter-${locale}`),
    "Jean-Christophe Létourneau-Desrosiers",
    "employer",
    locale,
  );
  const recruiterMembershipId = randomUUID();
  await e2eQuery(
    `INSERT INTO "Membership" (id, "employerId", "userId", role, "createdAt") VALUES ($1, $2, $3, 'recruiter', now() - interval '1 day')`,
    [recruiterMembershipId, employerId, recruiterId],
  );

  const missionId = randomUUID();
  await e2eQuery(
    `INSERT INTO "Mission" (id, "employerId", title, summary, description, sector, "scheduleMask", "hoursPerWeekMin", "hoursPerWeekMax", town, status, "updatedAt")
     VALUES ($1, $2, 'Accompagnement des visiteurs aux archives paroissiales', 'Accueillir.', 'Accueillir les chercheurs.', 'culture', 7, 4, 8, 'Québec', 'closed', now())`,
    [missionId, employerId],
  );
  const applications: string[] = [];
  for (const name of ["Marguerite-Bourgeoys Lévesque-Tremblay", "Gilles Fortin"]) {
    const candidateId = await insertUser(uniqueEmail("new-org-candidate"), name, "candidate", locale);
    const [profile] = await e2eQuery<{ id: string }>(
      `INSERT INTO "CandidateProfile" (id, "userId", "updatedAt") VALUES ($1, $2, now()) RETURNING id`,
      [randomUUID(), candidateId],
    );
    const applicationId = randomUUID();
    await e2eQuery(
      `INSERT INTO "Application" (id, "missionId", "candidateId", stage, "updatedAt") VALUES ($1, $2, $3, 'new', now())`,
      [applicationId, missionId, profile!.id],
    );
    await e2eQuery(
      `INSERT INTO "ApplicationEvent" (id, "applicationId", "actorId", kind) VALUES ($1, $2, $3, 'applied')`,
      [randomUUID(), applicationId, candidateId],
    );
    applications.push(applicationId);
  }
  const interviewToken = await insertBookedInterview(applications[0]!, ownerId);
  return { ownerEmail, applicationId: applications[0]!, interviewToken, recruiterMembershipId };
}
