// The bare React floor: the least a server can do to answer with a page of 50 mission cards. A bare node:http server
// renders 50 missions, read once from the benchmark database, with React's renderToString: no router, no database
// query, no streaming. The bench's main reference is the minimal Remix app (minimal-remix/), which renders the same
// cards (cards.tsx) through Remix; this one says what Remix itself costs above React.
import http from "node:http";
import { renderToString } from "react-dom/server";
import { CardList, type Card } from "./cards";
import { newestCards } from "./cards-query.mjs";
import { benchDatabaseUrl } from "./settings.mjs";

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
          <CardList missions={missions} />
        </main>
      </body>
    </html>
  );
}

const missions: Card[] = await newestCards(benchDatabaseUrl(), 50);

const server = http.createServer((_request, response) => {
  const html = `<!DOCTYPE html>${renderToString(<Page missions={missions} />)}`;
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  response.end(html);
});
server.listen(Number(process.env.PORT), "127.0.0.1", () =>
  console.log(`floor server ready on port ${process.env.PORT}`),
);
