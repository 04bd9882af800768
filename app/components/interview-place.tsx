import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";

type Place = { address: string; accessNotes: string; callNumber: string; videoLink: string };

type People = { recruiter: string; recruiterPhone: string; candidate: string };

/** How an interview takes place, in the same words as its emails, said to the candidate or to the recruiter who calls. */
export function InterviewPlace({ format, place, people, audience, className = "mt-4" }: { format: string; place: Place; people: People; audience: "candidate" | "recruiter"; className?: string }) {
  const { t } = useI18n();
  const phoneKey = audience === "candidate" ? "interviews.email.place.phone" : "interviews.email.place.phoneRecruiter";
  const key = { in_person: "interviews.email.place.inPerson", phone: phoneKey, video: "interviews.email.place.video" }[format] as TranslationKey;
  return (
    <div className={className}>
      <p className="text-lg">{t(key, { address: place.address, recruiter: people.recruiter, candidate: people.candidate, number: place.callNumber, from: people.recruiterPhone, link: place.videoLink })}</p>
      {format === "in_person" && place.accessNotes ? <p className="mt-2">{t("interviews.email.place.access", { notes: place.accessNotes })}</p> : null}
    </div>
  );
}
