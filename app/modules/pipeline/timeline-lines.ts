// One line of words per timeline event, for the recruiter's application page.
import { parseJsonObject } from "~/modules/json-columns";
import type { Translate, TranslationKey } from "~/modules/i18n/translate";

type TimelineEvent = { kind: string; details: string; emailStatus: string | null };

export function eventLine(event: TimelineEvent, t: Translate, formatDateTime: (date: string) => string): string {
  const data = parseJsonObject(event.details);
  const text = String(data.text ?? "");
  const when = typeof data.startsAt === "string" ? formatDateTime(data.startsAt) : "";
  switch (event.kind) {
    case "stage_changed":
      return t("candidatePage.events.stage", {
        from: t(`pipeline.stages.${String(data.from)}` as TranslationKey),
        to: t(`pipeline.stages.${String(data.to)}` as TranslationKey),
      });
    case "note":
      return t("candidatePage.events.note", { text });
    case "review":
      return t("candidatePage.events.review");
    case "email": {
      // an anonymised application's emails to the person keep their status, not their subject
      const line =
        data.subject === ""
          ? t("retention.timeline.emailErased")
          : t("candidatePage.events.email", { subject: String(data.subject ?? "") });
      const status = event.emailStatus ? t(`interviews.events.emailStatus.${event.emailStatus}` as TranslationKey) : "";
      const due =
        typeof data.sendAt === "string" && event.emailStatus === "pending"
          ? `, ${t("interviews.events.scheduledFor", { when: formatDateTime(data.sendAt) })}`
          : "";
      return status ? `${line} (${status}${due})` : line;
    }
    case "interviewProposed":
      return t("interviews.events.interviewProposed", { count: Array.isArray(data.slots) ? data.slots.length : 0 });
    case "interviewBooked":
      return t(
        data.via === "reply" ? "interviews.events.interviewBookedByReply" : "interviews.events.interviewBooked",
        { when },
      );
    case "interviewRescheduled":
      return t(
        data.by === "candidate"
          ? "interviews.events.interviewRescheduledByCandidate"
          : "interviews.events.interviewRescheduledByRecruiter",
        { when },
      );
    case "interviewCancelled":
      if (data.by === "deleted-account") return t("accountData.timeline.interviewCancelled");
      return t(
        data.by === "candidate"
          ? "interviews.events.interviewCancelledByCandidate"
          : "interviews.events.interviewCancelledByRecruiter",
      );
    case "interviewReply":
      if (data.fromCandidate === false)
        return t("interviews.events.interviewReplyFromStranger", { from: String(data.from ?? ""), text });
      return typeof data.position === "number"
        ? t("interviews.events.interviewReplyUnderstood", { position: data.position, text })
        : t("interviews.events.interviewReplyUnclear", { text });
    case "interviewCalendarReply": {
      const partstat = data.partstat === "ACCEPTED" || data.partstat === "TENTATIVE" ? data.partstat : "DECLINED";
      return t(
        data.by === "recruiter"
          ? `interviews.events.calendarReplyByRecruiter.${partstat}`
          : `interviews.events.calendarReply.${partstat}`,
        { when },
      );
    }
    case "interviewReleased":
      return t("interviews.events.interviewReleased", { when });
    case "interviewSuggestion":
      return t("interviews.events.interviewSuggestion", { text });
    case "interviewHeld":
      return t("interviews.events.interviewHeld");
    case "interviewMissed":
      return t("interviews.events.interviewMissed");
    case "anonymised":
      return t(
        data.reason === "deleted-account"
          ? "retention.timeline.anonymised.deleted-account"
          : "retention.timeline.anonymised.retention",
      );
    case "cvDeleted":
      return t("retention.timeline.cvDeleted");
    default:
      return t(`candidatePage.events.${event.kind}` as TranslationKey);
  }
}
