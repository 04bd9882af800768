// The mission card both floors render (floor-server.tsx with bare React, minimal-remix/ through Remix): markup and
// per-card formatting mirror app/components/mission-card.tsx in French, without importing the app (whose card needs
// the app's i18n context and router).

export type Card = {
  id: string;
  title: string;
  summary: string;
  town: string;
  employerName: string;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  monthsMask: number;
  payMinCents: number | null;
};

const monthNames = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

// One formatter of each kind for the whole process, as the app keeps them (app/modules/i18n/format.ts).
const monthList = new Intl.ListFormat("fr-CA", { type: "conjunction" });
const dollars = new Intl.NumberFormat("fr-CA", { style: "currency", currency: "CAD" });

/** As useSeasonText: "toute l’année", or the months as a French list. */
function seasonText(mask: number): string {
  if ((mask & 4095) === 4095) return "toute l’année";
  return monthList.format(monthNames.filter((_, index) => mask & (1 << index)));
}

function money(cents: number): string {
  return dollars.format(cents / 100);
}

export function MissionCard({ mission }: { mission: Card }) {
  return (
    <li className="card">
      <h3 className="text-xl font-bold">
        <a href={`/missions/${mission.id}`} className="link">
          {mission.title}
        </a>
      </h3>
      <p className="mt-1 font-bold text-muted">
        {mission.employerName} · {mission.town}
      </p>
      <p className="mt-3">{mission.summary}</p>
      <p className="mt-3">
        {`De ${mission.hoursPerWeekMin} à ${mission.hoursPerWeekMax} heures par semaine`} ·{" "}
        {seasonText(mission.monthsMask)}
        {mission.payMinCents !== null ? ` · à partir de ${money(mission.payMinCents)} l’heure` : ""}
      </p>
    </li>
  );
}

export function CardList({ missions }: { missions: Card[] }) {
  return (
    <ol className="mt-8 grid gap-6">
      {missions.map((mission) => (
        <MissionCard key={mission.id} mission={mission} />
      ))}
    </ol>
  );
}
