import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";

type Place = { address: string; accessNotes: string; callNumber: string; videoLink: string };

/** How an interview takes place, in the same words as its emails. */
export function InterviewPlace({ format, place, recruiter, className = "mt-4" }: { format: string; place: Place; recruiter: string; className?: string }) {
  const { t } = useI18n();
  const key = { in_person: "interviews.email.place.inPerson", phone: "interviews.email.place.phone", video: "interviews.email.place.video" }[format] as TranslationKey;
  return (
    <div className={className}>
      <p className="text-lg">{t(key, { address: place.address, recruiter, number: place.callNumber, link: place.videoLink })}</p>
      {format === "in_person" && place.accessNotes ? <p className="mt-2">{t("interviews.email.place.access", { notes: place.accessNotes })}</p> : null}
    </div>
  );
}
