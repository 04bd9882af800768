// One route: the 20 missions the bench's search page shows (default) or the 50 newest (`?cards=50`, as the React
// floor and the app's /bench/cards), read once by server.mjs and handed over in the load context. The loader returns
// them as the app's loaders return theirs, so they travel in the page's data as well.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CardList, type Card } from "../../../cards";

export const meta: MetaFunction = () => [{ title: "Missions · Chevronné" }];

export function loader({ request, context }: LoaderFunctionArgs) {
  const cards = context.cards as { newest: Card[]; search: Card[] };
  return { cards: new URL(request.url).searchParams.get("cards") === "50" ? cards.newest : cards.search };
}

export default function Cards() {
  const { cards } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Missions</h1>
      <CardList missions={cards} />
    </main>
  );
}
