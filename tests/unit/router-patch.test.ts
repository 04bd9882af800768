// The patch npm install applies to @remix-run/router (scripts/patches, decision 0038): the server's build keeps the
// ranked route branches of each route array and each compiled path, and still matches every address as before; the
// browser's build is left as published.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const serverBuild = require.resolve("@remix-run/router");
const router = require(serverBuild) as typeof import("@remix-run/router");

type Route = import("@remix-run/router").AgnosticRouteObject;

const matchedIds = (routes: Route[], pathname: string) =>
  router.matchRoutes(routes, pathname)?.map((match) => match.route.id) ?? null;

describe("the router patch", () => {
  it("is applied to the server's CommonJS build and not to the browser's", () => {
    expect(path.basename(serverBuild)).toBe("router.cjs.js");
    expect(fs.readFileSync(serverBuild, "utf8")).toContain("function rankedBranchesOf(routes)");
    const browserBuild = path.join(path.dirname(serverBuild), "router.js");
    expect(fs.readFileSync(browserBuild, "utf8")).not.toContain("rankedBranchesOf");
  });

  it("matches each address of a route table it has seen as a fresh table would", () => {
    const table = (): Route[] => [
      {
        id: "root",
        path: "/",
        children: [
          { id: "home", index: true },
          { id: "lang-missions", path: ":lang?/missions" },
          { id: "mission", path: ":lang?/missions/:id" },
          { id: "account", path: "account/*" },
        ],
      },
    ];
    const remembered = table();
    const addresses = ["/", "/missions", "/en/missions", "/missions/abc", "/en/missions/abc", "/account/x/y", "/nope"];
    for (let round = 0; round < 3; round++) {
      for (const address of addresses) expect(matchedIds(remembered, address)).toEqual(matchedIds(table(), address));
    }
    expect(matchedIds(remembered, "/en/missions/abc")).toEqual(["root", "mission"]);
    expect(router.matchRoutes(remembered, "/en/missions/abc")?.at(-1)?.params).toEqual({ lang: "en", id: "abc" });
  });

  it("keeps each route table's own branches: another table with the same paths matches its own routes", () => {
    const first: Route[] = [{ id: "first", path: "/missions" }];
    const second: Route[] = [{ id: "second", path: "/missions" }];
    expect(matchedIds(first, "/missions")).toEqual(["first"]);
    expect(matchedIds(second, "/missions")).toEqual(["second"]);
    expect(matchedIds(first, "/missions")).toEqual(["first"]);
  });

  it("ranks a table again once routes are added to it in place (lazy route discovery)", async () => {
    const memory = router
      .createRouter({
        routes: [{ id: "root", path: "/", children: [{ id: "a", path: "a" }] }],
        history: router.createMemoryHistory(),
        patchRoutesOnNavigation: ({ path, patch }) => {
          if (path === "/b") patch("root", [{ id: "b", path: "b" }]);
        },
      })
      .initialize();
    await memory.navigate("/a");
    expect(memory.state.matches.map((match) => match.route.id)).toEqual(["root", "a"]);
    await memory.navigate("/b");
    expect(memory.state.errors).toBeNull();
    expect(memory.state.matches.map((match) => match.route.id)).toEqual(["root", "b"]);
    memory.dispose();
  });

  it("compiles a path the same way whatever its flags, once remembered", () => {
    expect(router.matchPath({ path: "/Missions", caseSensitive: true }, "/missions")).toBeNull();
    expect(router.matchPath({ path: "/Missions", caseSensitive: false }, "/missions")?.pathname).toBe("/missions");
    expect(router.matchPath({ path: "/missions", end: false }, "/missions/abc")?.pathname).toBe("/missions");
    expect(router.matchPath({ path: "/missions", end: true }, "/missions/abc")).toBeNull();
  });
});
