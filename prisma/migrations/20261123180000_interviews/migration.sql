-- Interviews: proposed slots, one booked time, calendar UID and SEQUENCE; outbox reply address and withdrawable topics.
ALTER TABLE "OutboxEmail" ADD COLUMN "replyTo" TEXT;
ALTER TABLE "OutboxEmail" ADD COLUMN "topic" TEXT;

CREATE TABLE "Interview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "recruiterId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "format" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "accessNotes" TEXT NOT NULL DEFAULT '',
    "callNumber" TEXT NOT NULL DEFAULT '',
    "videoLink" TEXT NOT NULL DEFAULT '',
    "recruiterPhone" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "calendarUid" TEXT NOT NULL,
    "sequence" INTEGER,
    "bookedPosition" INTEGER,
    "startsAt" DATETIME,
    "endsAt" DATETIME,
    "candidateReschedules" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Interview_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Interview_recruiterId_fkey" FOREIGN KEY ("recruiterId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "InterviewSlot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "interviewId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    CONSTRAINT "InterviewSlot_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "OutboxEmail_topic_idx" ON "OutboxEmail"("topic");
CREATE UNIQUE INDEX "Interview_tokenHash_key" ON "Interview"("tokenHash");
CREATE UNIQUE INDEX "Interview_calendarUid_key" ON "Interview"("calendarUid");
CREATE INDEX "Interview_applicationId_idx" ON "Interview"("applicationId");
CREATE INDEX "Interview_recruiterId_status_startsAt_idx" ON "Interview"("recruiterId", "status", "startsAt");
CREATE UNIQUE INDEX "InterviewSlot_interviewId_position_key" ON "InterviewSlot"("interviewId", "position");
