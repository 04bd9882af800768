// One route: the first 20 (default, as many as the search page shows) or 50 (`?cards=50`, as the React floor and the
// app's /bench/cards) of the 50 newest missions, read once by server.mjs and handed over in the load context. The
// loader returns them as the app's loaders return theirs, so they travel in the page's data as well.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { CardList, type Card } from "../../../cards";

export const meta: MetaFunction = () => [{ title: "Missions · Chevronné" }];

export function loader({ request, context }: LoaderFunctionArgs) {
  const count = new URL(request.url).searchParams.get("cards") === "50" ? 50 : 20;
  return { cards: (context.cards as Card[]).slice(0, count) };
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
