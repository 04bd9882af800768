// The framework's floor, for `npm run bench` only (BENCH_PAGES=on; otherwise 404): the 50 newest missions' cards,
// read once and kept in memory, in the site's layout. What this page costs is what Remix, React and the layout
// cost with no data access at all; the bench prints it next to the bare React floor and the real pages.
import { useLoaderData } from "@remix-run/react";
import { cardFields, MissionCard, type MissionCardData } from "~/components/mission-card";
import { env } from "~/env.server";
import { missionSearchIndex } from "~/modules/missions/search-index.server";

let newestCards: MissionCardData[] | null = null;

export function loader() {
  if (!env.benchPages) throw new Response("Not found", { status: 404 });
  if (!newestCards) {
    const index = missionSearchIndex();
    const ids = index.missions().slice(0, 50).map((mission) => mission.id);
    const rows = new Map(index.cardRows(ids).map((row) => [row.id, row]));
    newestCards = ids.flatMap((id) => {
      const row = rows.get(id);
      return row ? [cardFields(row)] : [];
    });
  }
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
