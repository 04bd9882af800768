// A small shared cache (what a CDN or a company proxy does, RFC 9111), put in front of the app by the caching tests: it
// keeps whatever the answer's headers allow a shared cache to keep, with no extra caution of its own, so that the
// tests prove the app's headers, not the cache's judgement. GET only; a stored answer is chosen by URL and by the
// request headers its Vary names; fresh for max-age (or s-maxage), then served stale for stale-while-revalidate while
// it revalidates in the background (If-None-Match), then revalidated before answering. Its clock is the test's.
// Each answer says where it came from in X-Shared-Cache: miss, hit, stale or revalidated.
import http from "node:http";
import type { AddressInfo } from "node:net";

type Stored = {
  status: number;
  headers: [string, string][];
  body: Buffer;
  storedAt: number;
  varyOn: Map<string, string>;
};

type Directives = {
  public: boolean;
  private: boolean;
  noStore: boolean;
  noCache: boolean;
  maxAge?: number;
  sMaxAge?: number;
  swr: number;
};

function directivesOf(cacheControl: string | null): Directives {
  const parts = new Map(
    (cacheControl ?? "")
      .split(",")
      .map((part) => part.trim().toLowerCase())
      .filter(Boolean)
      .map((part) => {
        const [name, value] = part.split("=");
        return [name.trim(), value?.trim().replace(/^"|"$/g, "")] as const;
      }),
  );
  const seconds = (name: string) => (parts.has(name) ? Number(parts.get(name)) : undefined);
  return {
    public: parts.has("public"),
    private: parts.has("private"),
    noStore: parts.has("no-store"),
    noCache: parts.has("no-cache"),
    maxAge: seconds("max-age"),
    sMaxAge: seconds("s-maxage"),
    swr: seconds("stale-while-revalidate") ?? 0,
  };
}

const hopByHop = new Set(["connection", "keep-alive", "transfer-encoding", "content-encoding", "content-length"]);

export type SharedCache = {
  url: string;
  /** Moves the cache's clock on. */
  advance(seconds: number): void;
  /** Resolves once background revalidations have finished. */
  settled(): Promise<void>;
  /** The status of each revalidation's answer from the origin (304 when the stored copy still held). */
  revalidations: number[];
  /** How many answers are stored (every variant of every URL). */
  storedCount(): number;
  close(): Promise<void>;
};

export async function startSharedCache(origin: string): Promise<SharedCache> {
  let clock = 0;
  const store = new Map<string, Stored[]>();
  const pending = new Set<Promise<unknown>>();
  const revalidations: number[] = [];

  const headerOf = (headers: http.IncomingHttpHeaders, name: string) => {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(", ") : (value ?? "");
  };

  async function fromOrigin(request: http.IncomingMessage, extra: Record<string, string> = {}) {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined || hopByHop.has(name) || name === "host" || name === "if-none-match") continue;
      headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    for (const [name, value] of Object.entries(extra)) headers.set(name, value);
    const response = await fetch(`${origin}${request.url}`, { method: request.method, headers, redirect: "manual" });
    return {
      status: response.status,
      headers: [...response.headers].filter(([name]) => !hopByHop.has(name)),
      getSetCookie: response.headers.getSetCookie(),
      body: Buffer.from(await response.arrayBuffer()),
    };
  }

  /** What RFC 9111 §3 lets a shared cache store, and for how long it stays fresh. */
  function storable(status: number, headers: [string, string][]): Directives | null {
    const get = (name: string) => headers.find(([key]) => key === name)?.[1] ?? null;
    const directives = directivesOf(get("cache-control"));
    if (directives.noStore || directives.private) return null;
    if (status !== 200) return null;
    if (get("vary")?.includes("*")) return null;
    if (directives.sMaxAge === undefined && directives.maxAge === undefined && !directives.public) return null;
    return directives;
  }

  function keep(request: http.IncomingMessage, status: number, headers: [string, string][], body: Buffer) {
    const vary = (headers.find(([key]) => key === "vary")?.[1] ?? "")
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean);
    const entry: Stored = {
      status,
      headers,
      body,
      storedAt: clock,
      varyOn: new Map(vary.map((name) => [name, headerOf(request.headers, name)])),
    };
    const others = (store.get(request.url!) ?? []).filter((stored) => !sameVariant(stored, request));
    store.set(request.url!, [...others, entry]);
    return entry;
  }

  const sameVariant = (stored: Stored, request: http.IncomingMessage) =>
    [...stored.varyOn].every(([name, value]) => headerOf(request.headers, name) === value);

  function send(
    response: http.ServerResponse,
    status: number,
    headers: [string, string][],
    body: Buffer,
    how: string,
    age?: number,
    setCookies: string[] = [],
  ) {
    for (const [name, value] of headers) if (name !== "set-cookie") response.setHeader(name, value);
    if (setCookies.length) response.setHeader("Set-Cookie", setCookies);
    if (age !== undefined) response.setHeader("Age", String(age));
    response.setHeader("X-Shared-Cache", how);
    response.setHeader("Content-Length", String(body.byteLength));
    response.writeHead(status);
    response.end(body);
  }

  /** Asks the origin whether the stored answer still holds (If-None-Match); keeps the new one either way. */
  async function revalidate(request: http.IncomingMessage, stored: Stored): Promise<Stored | null> {
    const validator = stored.headers.find(([key]) => key === "etag")?.[1];
    const answer = await fromOrigin(request, validator ? { "If-None-Match": validator } : {});
    revalidations.push(answer.status);
    if (answer.status === 304) {
      const refreshed: Stored = {
        ...stored,
        storedAt: clock,
        headers: [
          ...stored.headers.filter(([name]) => !answer.headers.some(([key]) => key === name)),
          ...answer.headers,
        ],
      };
      store.set(request.url!, [...(store.get(request.url!) ?? []).filter((entry) => entry !== stored), refreshed]);
      return refreshed;
    }
    if (storable(answer.status, answer.headers)) return keep(request, answer.status, answer.headers, answer.body);
    store.set(
      request.url!,
      (store.get(request.url!) ?? []).filter((entry) => entry !== stored),
    );
    return null;
  }

  const server = http.createServer((request, response) => {
    void (async () => {
      const stored =
        request.method === "GET"
          ? (store.get(request.url!) ?? []).find((entry) => sameVariant(entry, request))
          : undefined;
      if (stored) {
        const directives = directivesOf(stored.headers.find(([key]) => key === "cache-control")?.[1] ?? null);
        const lifetime = directives.sMaxAge ?? directives.maxAge ?? 0;
        const age = clock - stored.storedAt;
        if (!directives.noCache && age <= lifetime)
          return send(response, stored.status, stored.headers, stored.body, "hit", age);
        if (!directives.noCache && age <= lifetime + directives.swr) {
          const work = revalidate(request, stored).finally(() => pending.delete(work));
          pending.add(work);
          return send(response, stored.status, stored.headers, stored.body, "stale", age);
        }
        const fresh = await revalidate(request, stored);
        if (fresh) return send(response, fresh.status, fresh.headers, fresh.body, "revalidated", 0);
      }
      const answer = await fromOrigin(request);
      if (request.method === "GET" && storable(answer.status, answer.headers))
        keep(request, answer.status, answer.headers, answer.body);
      send(response, answer.status, answer.headers, answer.body, "miss", undefined, answer.getSetCookie);
    })().catch((error: unknown) => {
      response.writeHead(502);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    advance(seconds) {
      clock += seconds;
    },
    async settled() {
      while (pending.size) await Promise.all([...pending]);
    },
    revalidations,
    storedCount: () => [...store.values()].reduce((sum, entries) => sum + entries.length, 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
