// The framework's floor, for `npm run bench` only (BENCH_PAGES=on; otherwise 404): the 50 newest missions' cards,
// read once and kept in memory, in the site's layout. What this page costs is what Remix, React and the layout
// cost with no data access at all; the bench prints it next to the bare React floor and the real pages.
import { useLoaderData } from "@remix-run/react";
import { MissionCard } from "~/components/mission-card";
import { cardFields, type MissionCardData } from "~/modules/missions/card";
import { env } from "~/env.server";
import { defaultMissionSearch } from "~/modules/missions/search-params";
import { searchMissions } from "~/modules/missions/search.server";

let newestCards: MissionCardData[] | null = null;

export async function loader() {
  if (!env.benchPages) throw new Response("Not found", { status: 404 });
  newestCards ??= (await searchMissions({ ...defaultMissionSearch, sort: "newest" }, { pageSize: 50 })).missions.map(
    cardFields,
  );
  return { cards: newestCards };
}

export default function BenchCards() {
  const { cards } = useLoaderData<typeof loader>();
  return (
    <ol className="mt-8 grid gap-6">
      {cards.map((card) => (
        <MissionCard key={card.id} mission={card} />
      ))}
    </ol>
  );
}
