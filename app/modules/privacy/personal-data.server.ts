// Everything Chevronné holds about one person, gathered for their download (issue 12, point 3; decision 0018): their
// account, consents and history, sessions and the emails sent to them; a candidate's profile, applications with the
// history they see, interviews, saved missions and alerts; an employer member's organisations and the notes and
// ratings they wrote. Every query starts from the person's own id: nothing here reads another person's account, and
// what employers keep to themselves (notes, ratings, private events, recruiters' names) never reaches a candidate.
import { db } from "~/db.server";
import type { User } from "~/generated/prisma/client";
import { readProfile } from "~/modules/candidates/profile";
import { formatDateTime } from "~/modules/i18n/format";
import { localeOr } from "~/modules/i18n/locales";
import { translator, type Translate, type TranslationKey } from "~/modules/i18n/translate";
import { parseJsonObject } from "~/modules/json-columns";
import { candidateEventLine } from "~/modules/pipeline/candidate-timeline";
import { consentHistoryOf, consentsOf } from "~/modules/consents/consents.server";
import { viewsOfCandidate } from "./who-looked.server";
import type { CsvCell } from "./csv";

/** One CSV file of the download: its name in the person's language, its header and its rows. */
export type DataTable = { name: string; header: string[]; rows: CsvCell[][] };

/** A CV to copy into the download, read from the database only when the ZIP reaches it. */
export type CvToCopy = { fileId: string; originalName: string; path: string };

export type PersonalData = {
  /** the JSON file's content */
  json: Record<string, unknown>;
  tables: DataTable[];
  cvs: CvToCopy[];
};

/** Emails whose body holds a sign-in link or a code: their words are never copied into a file, even while kept. */
const templatesWithSecrets = new Set(["signIn", "proofCode", "addressCode"]);

export async function collectPersonalData(userId: string, now = new Date()): Promise<PersonalData> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const locale = localeOr(user.locale);
  const t = translator(locale);
  const when = (iso: string) => formatDateTime(new Date(iso), locale, user.timeZone);
  const column = (key: string) => t(`accountData.export.columns.${key}` as TranslationKey);
  const fileName = (key: string) => t(`accountData.export.files.${key}` as TranslationKey);

  const [consents, consentHistory, sessions, emails] = await Promise.all([
    consentsOf(user.id),
    consentHistoryOf(user.id),
    db.session.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } }),
    db.outboxEmail.findMany({
      where: { toAddress: { equals: user.email, mode: "insensitive" } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const emailList = emails.map((email) => {
    // a recruiter's interview emails name the candidate: the member gets their date and status, not their words
    const aboutSomeoneElse = user.kind !== "candidate" && email.template.startsWith("interview");
    return {
      createdAt: email.createdAt,
      sentAt: email.sentAt,
      subject: aboutSomeoneElse ? null : email.subject,
      status: email.status,
      // the words of an email are kept only until it is delivered (and an hour more in demo mode)
      text:
        email.trimmedAt === null && !templatesWithSecrets.has(email.template) && !aboutSomeoneElse ? email.text : null,
    };
  });
  const sessionList = sessions.map((session) => ({
    signedInAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    endsAt: session.expiresAt,
    provedAt: session.provedAt,
    browser: session.userAgent,
  }));

  const json: Record<string, unknown> = {
    format: "chevronne-personal-data/1",
    exportedAt: now,
    account: {
      email: user.email,
      name: user.name,
      kind: user.kind,
      locale: user.locale,
      timeZone: user.timeZone,
      hasPassword: user.passwordHash !== null,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    },
    consents: { current: consents, history: consentHistory },
    sessions: sessionList,
    emails: emailList,
  };
  const tables: DataTable[] = [
    {
      name: fileName("consents"),
      header: [column("at"), column("purpose"), column("granted"), column("source")],
      rows: consentHistory.map((change) => [
        change.at,
        t(`accountData.export.purposes.${change.purpose}` as TranslationKey),
        change.granted ? t("accountData.export.yes") : t("accountData.export.no"),
        change.source,
      ]),
    },
    {
      name: fileName("sessions"),
      header: [column("signedInAt"), column("lastSeenAt"), column("endsAt"), column("browser")],
      rows: sessionList.map((session) => [session.signedInAt, session.lastSeenAt, session.endsAt, session.browser]),
    },
    {
      name: fileName("emails"),
      header: [column("createdAt"), column("sentAt"), column("subject"), column("status"), column("text")],
      rows: emailList.map((email) => [email.createdAt, email.sentAt, email.subject, email.status, email.text]),
    },
  ];
  const cvs: CvToCopy[] = [];

  const candidate = await candidateData(user, { t, when, column, fileName });
  if (candidate) {
    Object.assign(json, candidate.json);
    tables.push(...candidate.tables);
    cvs.push(...candidate.cvs);
  }
  const member = await memberData(user, { t, column, fileName });
  if (member) {
    Object.assign(json, member.json);
    tables.push(...member.tables);
  }
  return { json, tables, cvs };
}

type Words = {
  t: Translate;
  when: (iso: string) => string;
  column: (key: string) => string;
  fileName: (key: string) => string;
};

/** A name a file may have inside the ZIP: no folders, no control or reserved characters, at most 80 characters. */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, "_")
    .replace(/^[.\s]+|[.\s]+$/g, "");
  if (!cleaned) return fallback;
  if (cleaned.length <= 80) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, 80 - extension.length) + extension;
}

async function candidateData(
  user: User,
  words: Words,
): Promise<(Omit<PersonalData, "json"> & { json: Record<string, unknown> }) | null> {
  const { t, when, column, fileName } = words;
  const profileRow = await db.candidateProfile.findUnique({ where: { userId: user.id } });
  if (!profileRow) return null;
  const [applications, interviews, saved, alerts, viewedBy] = await Promise.all([
    db.application.findMany({
      where: { candidateId: profileRow.id },
      orderBy: { createdAt: "asc" },
      include: {
        mission: { select: { id: true, title: true, town: true, employer: { select: { name: true } } } },
        cvFile: { select: { id: true, originalName: true, contentType: true, size: true } },
        // what the candidate's own page shows: never the employer's private notes, ratings or emails
        events: {
          where: { private: false },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { kind: true, details: true, createdAt: true },
        },
      },
    }),
    db.interview.findMany({
      where: { application: { candidateId: profileRow.id } },
      orderBy: { createdAt: "asc" },
      include: {
        slots: { orderBy: { position: "asc" } },
        application: { select: { mission: { select: { title: true, employer: { select: { name: true } } } } } },
      },
    }),
    db.savedMission.findMany({
      where: { candidateId: profileRow.id },
      orderBy: { createdAt: "asc" },
      include: { mission: { select: { id: true, title: true, employer: { select: { name: true } } } } },
    }),
    db.searchAlert.findMany({ where: { candidateId: profileRow.id }, orderBy: { createdAt: "asc" } }),
    // who looked: the organisations, never the members, as the account page shows them
    viewsOfCandidate(user.id),
  ]);

  const usedNames = new Set<string>();
  const cvs: CvToCopy[] = [];
  const applicationList = applications.map((application) => {
    let cvPath: string | null = null;
    if (application.cvFile) {
      const extension = application.cvFile.contentType === "application/pdf" ? "pdf" : "docx";
      let name = safeFileName(application.cvFile.originalName, `cv.${extension}`);
      // two CVs with the same name each keep their own file
      for (let copy = 2; usedNames.has(name.toLowerCase()); copy++)
        name = `${copy}-${safeFileName(application.cvFile.originalName, `cv.${extension}`)}`;
      usedNames.add(name.toLowerCase());
      cvPath = `${fileName("cvFolder")}/${name}`;
      cvs.push({ fileId: application.cvFile.id, originalName: application.cvFile.originalName, path: cvPath });
    }
    return {
      id: application.id,
      mission: {
        id: application.mission.id,
        title: application.mission.title,
        employer: application.mission.employer.name,
        town: application.mission.town,
      },
      stage: application.stage,
      stageInWords: t(`stages.${application.stage}` as TranslationKey),
      appliedAt: application.createdAt,
      updatedAt: application.updatedAt,
      message: application.message,
      contactSharedAt: application.contactSharedAt,
      cv: application.cvFile
        ? {
            originalName: application.cvFile.originalName,
            contentType: application.cvFile.contentType,
            size: application.cvFile.size,
            file: cvPath,
          }
        : null,
      timeline: application.events.map((event) => ({
        at: event.createdAt,
        kind: event.kind,
        description: candidateEventLine(event, t, when),
        ...candidateWords(event),
      })),
    };
  });
  const interviewList = interviews.map((interview) => ({
    mission: interview.application.mission.title,
    employer: interview.application.mission.employer.name,
    status: interview.status,
    format: interview.format,
    address: interview.address,
    accessNotes: interview.accessNotes,
    callNumber: interview.callNumber,
    videoLink: interview.videoLink,
    timeZone: interview.timeZone,
    startsAt: interview.startsAt,
    endsAt: interview.endsAt,
    proposedTimes: interview.slots.map((slot) => ({ startsAt: slot.startsAt, durationMinutes: slot.durationMinutes })),
    createdAt: interview.createdAt,
  }));
  const savedList = saved.map((entry) => ({
    missionId: entry.mission.id,
    mission: entry.mission.title,
    employer: entry.mission.employer.name,
    savedAt: entry.createdAt,
  }));
  const alertList = alerts.map((alert) => ({
    search: alert.query,
    frequency: alert.frequency,
    active: alert.active,
    createdAt: alert.createdAt,
    lastSentAt: alert.lastSentAt,
  }));

  return {
    json: {
      profile: profileForExport(readProfile(profileRow)),
      applications: applicationList,
      interviews: interviewList,
      savedMissions: savedList,
      alerts: alertList,
      viewedBy,
    },
    tables: [
      {
        name: fileName("applications"),
        header: [
          column("application"),
          column("mission"),
          column("employer"),
          column("stage"),
          column("appliedAt"),
          column("updatedAt"),
          column("message"),
          column("cv"),
          column("contactSharedAt"),
        ],
        rows: applicationList.map((a) => [
          a.id,
          a.mission.title,
          a.mission.employer,
          a.stageInWords,
          a.appliedAt,
          a.updatedAt,
          a.message,
          a.cv?.file ?? "",
          a.contactSharedAt,
        ]),
      },
      {
        name: fileName("history"),
        header: [column("application"), column("mission"), column("at"), column("event")],
        rows: applicationList.flatMap((a) =>
          a.timeline.map((event) => [a.id, a.mission.title, event.at, event.description]),
        ),
      },
      {
        name: fileName("interviews"),
        header: [
          column("mission"),
          column("employer"),
          column("status"),
          column("format"),
          column("startsAt"),
          column("endsAt"),
          column("timeZone"),
          column("place"),
        ],
        rows: interviewList.map((i) => [
          i.mission,
          i.employer,
          t(`interviews.statuses.${i.status}` as TranslationKey),
          i.format,
          i.startsAt,
          i.endsAt,
          i.timeZone,
          i.address || i.videoLink || i.callNumber,
        ]),
      },
      {
        name: fileName("savedMissions"),
        header: [column("mission"), column("employer"), column("savedAt")],
        rows: savedList.map((entry) => [entry.mission, entry.employer, entry.savedAt]),
      },
      {
        name: fileName("alerts"),
        header: [column("search"), column("frequency"), column("active"), column("createdAt"), column("lastSentAt")],
        rows: alertList.map((alert) => [
          alert.search,
          alert.frequency,
          alert.active ? t("accountData.export.yes") : t("accountData.export.no"),
          alert.createdAt,
          alert.lastSentAt,
        ]),
      },
      {
        name: fileName("viewedBy"),
        header: [column("organisation"), column("lastViewedAt"), column("whatViewed")],
        rows: viewedBy.map((view) => [
          view.organisation,
          view.lastViewedAt,
          view.what.map((what) => t(`viewedBy.whatLabels.${what}`)).join(", "),
        ]),
      },
    ],
    cvs,
  };
}

/** The profile as the person filled it in, without the database's own ids. */
function profileForExport(profile: ReturnType<typeof readProfile>) {
  return Object.fromEntries(Object.entries(profile).filter(([key]) => key !== "id" && key !== "userId"));
}

/** The candidate's own words in an event (an emailed reply, other times suggested): theirs, so in their download. */
function candidateWords(event: { kind: string; details: string }): { text?: string } {
  if (event.kind !== "interviewReply" && event.kind !== "interviewSuggestion") return {};
  const text = parseJsonObject(event.details).text;
  return typeof text === "string" ? { text } : {};
}

/**
 * An employer member's organisations, and the notes and ratings they wrote. The candidates they are about are named
 * by their application's number only: a candidate's name, contact or CV is that candidate's, not this member's.
 */
async function memberData(user: User, words: Pick<Words, "t" | "column" | "fileName">) {
  const { t, column, fileName } = words;
  const [memberships, notes, ratings] = await Promise.all([
    db.membership.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "asc" },
      include: { employer: { select: { name: true } } },
    }),
    db.applicationEvent.findMany({
      where: { actorId: user.id, kind: "note" },
      orderBy: { createdAt: "asc" },
      select: {
        applicationId: true,
        createdAt: true,
        details: true,
        application: { select: { mission: { select: { title: true, employer: { select: { name: true } } } } } },
      },
    }),
    db.applicationReview.findMany({
      where: { reviewerId: user.id },
      orderBy: { createdAt: "asc" },
      include: {
        application: { select: { mission: { select: { title: true, employer: { select: { name: true } } } } } },
      },
    }),
  ]);
  if (memberships.length === 0 && notes.length === 0 && ratings.length === 0) return null;
  const organisationList = memberships.map((membership) => ({
    organisation: membership.employer.name,
    role: membership.role,
    since: membership.createdAt,
  }));
  const noteList = notes.map((note) => ({
    application: note.applicationId,
    mission: note.application.mission.title,
    organisation: note.application.mission.employer.name,
    at: note.createdAt,
    text: String(parseJsonObject(note.details).text ?? ""),
  }));
  const ratingList = ratings.map((rating) => ({
    application: rating.applicationId,
    mission: rating.application.mission.title,
    organisation: rating.application.mission.employer.name,
    customerCare: rating.customerCare,
    reliability: rating.reliability,
    languages: rating.languages,
    teamwork: rating.teamwork,
    recommendation: rating.recommendation,
    createdAt: rating.createdAt,
    updatedAt: rating.updatedAt,
  }));
  return {
    json: { organisations: organisationList, notesWritten: noteList, ratingsGiven: ratingList },
    tables: [
      {
        name: fileName("organisations"),
        header: [column("organisation"), column("role"), column("since")],
        rows: organisationList.map((o) => [o.organisation, t(`roles.${o.role}` as TranslationKey), o.since]),
      },
      {
        name: fileName("notes"),
        header: [column("application"), column("mission"), column("organisation"), column("at"), column("text")],
        rows: noteList.map((note) => [note.application, note.mission, note.organisation, note.at, note.text]),
      },
      {
        name: fileName("ratings"),
        header: [
          column("application"),
          column("mission"),
          column("organisation"),
          column("customerCare"),
          column("reliability"),
          column("languages"),
          column("teamwork"),
          column("recommendation"),
          column("updatedAt"),
        ],
        rows: ratingList.map((r) => [
          r.application,
          r.mission,
          r.organisation,
          r.customerCare,
          r.reliability,
          r.languages,
          r.teamwork,
          r.recommendation,
          r.updatedAt,
        ]),
      },
    ],
  };
}
