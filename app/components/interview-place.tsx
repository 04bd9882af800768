// Where or how an interview happens (address, video link, phone), worded for the candidate or the recruiter.
import {
  placeLines,
  type Audience,
  type InterviewPlace as Place,
  type PlacePeople,
} from "~/modules/email/templates/interview";
import { useI18n } from "~/modules/i18n/use-i18n";

/** How an interview takes place, in the words of its emails, said to the candidate or to the recruiter who calls. */
export function InterviewPlace({
  place,
  people,
  audience,
  className = "mt-4",
}: {
  place: Place;
  people: PlacePeople;
  audience: Audience;
  className?: string;
}) {
  const { t } = useI18n();
  const [first, ...more] = placeLines(place, audience, people, t);
  return (
    <div className={className}>
      <p className="text-lg">{first}</p>
      {more.map((line) => (
        <p key={line} className="mt-2">
          {line}
        </p>
      ))}
    </div>
  );
}
