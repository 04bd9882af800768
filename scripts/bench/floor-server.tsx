// The "floor": the least a server can do to answer with a page of 50 mission cards. A bare node:http server renders
// 50 missions, read once from the benchmark database, with React's renderToString: no router, no database query,
// no streaming. Whatever the real page costs above this is what the framework, the data access and the layout add.
// Markup and per-card formatting mirror app/components/mission-card.tsx, without importing the app.
import http from "node:http";
import pg from "pg";
import { renderToString } from "react-dom/server";
import { benchDatabaseUrl } from "./settings.mjs";

type Card = {
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

const monthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

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

function MissionCard({ mission }: { mission: Card }) {
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
        {`De ${mission.hoursPerWeekMin} à ${mission.hoursPerWeekMax} heures par semaine`} · {seasonText(mission.monthsMask)}
        {mission.payMinCents !== null ? ` · à partir de ${money(mission.payMinCents)} l’heure` : ""}
      </p>
    </li>
  );
}

function Page({ missions }: { missions: Card[] }) {
  return (
    <html lang="fr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Missions · Chevronné</title>
      </head>
      <body>
        <main>
          <h1>Missions</h1>
          <ol className="mt-8 grid gap-6">
            {missions.map((mission) => (
              <MissionCard key={mission.id} mission={mission} />
            ))}
          </ol>
        </main>
      </body>
    </html>
  );
}

const client = new pg.Client({ connectionString: benchDatabaseUrl() });
await client.connect();
const { rows: missions } = await client.query<Card>(
  `SELECT m.id, m.title, m.summary, m.town, e.name AS "employerName", m."hoursPerWeekMin", m."hoursPerWeekMax",
     m."monthsMask", m."payMinCents"
   FROM "Mission" m JOIN "Employer" e ON e.id = m."employerId"
   WHERE m.status = 'published' ORDER BY m."publishedAt" DESC LIMIT 50`,
);
await client.end();

const server = http.createServer((_request, response) => {
  const html = `<!DOCTYPE html>${renderToString(<Page missions={missions} />)}`;
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  response.end(html);
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`floor server ready on port ${process.env.PORT}`));
