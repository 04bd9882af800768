// Work done beside the pages, started in every server process (and by `npm run worker`): delivering the outbox,
// listening for emailed replies to interview proposals (when INBOUND_SMTP_PORT is set), and every few minutes the
// scheduled rounds (search alerts, missions past their end date, the 10-day "still reviewing" rule, the employers'
// morning digest of new applications, pruning,
// erasing delivered emails' bodies, and retention: privacy/retention.server.ts).
// Interview reminders need no round: they wait in the outbox. Several processes share the work without doubling
// it: the outbox is claimed row by row, each round and the listener take a lease (leases.server.ts).
import { sendDueAlerts } from "~/modules/candidates/alerts.server";
import { env } from "~/env.server";
import { startInboundMailListener } from "~/modules/email/inbound.server";
import { startOutboxWorker } from "~/modules/email/worker.server";
import { handleInterviewReply } from "~/modules/interviews/replies.server";
import { closeExpiredMissions } from "~/modules/missions/editor.server";
import { pruneFormDrafts } from "~/modules/auth/form-drafts.server";
import { prunePasswordFailures } from "~/modules/auth/password-sign-in.server";
import { pruneProofCodes } from "~/modules/auth/proof-codes.server";
import { pruneSecurityNotices } from "~/modules/auth/security-notices.server";
import { pruneExpiredSessions, pruneExpiredSignInRequests } from "~/modules/auth/pruning.server";
import { pruneRefusalsWithoutAccount } from "~/modules/email/refused-addresses.server";
import { trimFinishedEmails } from "~/modules/email/retention.server";
import { remindIdleApplications } from "~/modules/pipeline/employer-pipeline.server";
import { sendApplicationDigests } from "~/modules/pipeline/application-notices.server";
import { runInOneProcess } from "~/modules/leases.server";
import { pruneExpiredLimits } from "~/modules/security/limits.server";
import { startRounds, type Round } from "~/modules/rounds.server";
import {
  anonymiseUntouchedApplications,
  deleteCvsOfEndedApplications,
  eraseSettledReportContacts,
  pruneFinishedEmails,
  pruneProfileViews,
  pruneTeamInvitations,
  warnAndDeleteUnusedAccounts,
} from "~/modules/privacy/retention.server";

const roundMs = 5 * 60_000;
/** The inbound listener's lease: renewed every 20 s, so another process takes over within a minute of its holder's death. */
const listenerLease = { leaseMs: 60_000, renewMs: 20_000 };
const globalForJobs = globalThis as unknown as { chevronneJobsStarted?: boolean };

const rounds: Round[] = [
  ["alerts", () => sendDueAlerts()],
  ["missions past their end date", () => closeExpiredMissions()],
  ["still reviewing", () => remindIdleApplications()],
  ["new applications' morning digest", () => sendApplicationDigests()],
  ["old wrong passwords", () => prunePasswordFailures()],
  ["expired limits", () => pruneExpiredLimits()],
  ["form drafts nobody came back for", () => pruneFormDrafts()],
  ["codes proving who is there", () => pruneProofCodes()],
  ["notices past their 'this was not me'", () => pruneSecurityNotices()],
  ["delivered emails' bodies", () => trimFinishedEmails()],
  ["expired sign-in requests", () => pruneExpiredSignInRequests()],
  ["expired sessions", () => pruneExpiredSessions()],
  ["refusals of addresses without an account", () => pruneRefusalsWithoutAccount()],
  ["applications untouched for 24 months", () => anonymiseUntouchedApplications()],
  ["CVs 6 months after their application ended", () => deleteCvsOfEndedApplications()],
  ["accounts unused for 3 years", () => warnAndDeleteUnusedAccounts()],
  ["who looked, after 12 months", () => pruneProfileViews()],
  ["finished emails after 24 months", () => pruneFinishedEmails()],
  ["team invitations after their end", () => pruneTeamInvitations()],
  ["visitors' addresses on settled reports", () => eraseSettledReportContacts()],
];

export function startBackgroundJobs() {
  if (globalForJobs.chevronneJobsStarted) return;
  globalForJobs.chevronneJobsStarted = true;
  startOutboxWorker();
  if (env.inboundSmtp) {
    const { port, host } = env.inboundSmtp;
    runInOneProcess("inbound-mail-listener", listenerLease, async () => {
      const listener = await startInboundMailListener({
        port,
        host,
        domain: env.replyDomain,
        onReply: (reply) => handleInterviewReply(reply),
      });
      console.log(`[inbound] listening for interview replies on ${host}:${port} (${env.replyDomain})`);
      return listener;
    });
  }
  startRounds(rounds, roundMs, 10_000);
}
