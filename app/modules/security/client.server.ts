// Who is asking, for limits per client: the address the request came from, as scripts/server.mjs hands it to every
// loader and action (context.clientAddress). Behind proxies (TRUST_PROXY = how many), X-Forwarded-For is read from
// the right: each trusted proxy appends the address it saw, so the entry just before theirs is the client's, and
// whatever the client wrote itself, further left, is never believed.
import { BlockList, isIP, isIPv6 } from "node:net";
import { env } from "~/env.server";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** the connection's remote address; absent under the Vite dev server, which serves one person */
    clientAddress?: string;
  }
}

type Settings = { trustedProxies: number; exempt: string[] };

/**
 * The key a client's requests are counted under, or null when the client is exempt (LIMITS_EXEMPT_CLIENTS).
 * IPv6 clients are counted per /64 network: one connection usually holds a whole /64 and could rotate through it.
 */
export function clientKey(
  request: Request,
  context: { clientAddress?: string },
  settings: Settings = defaultSettings(),
): string | null {
  const address = clientAddress(request, context, settings);
  if (settings.exempt.includes(address)) return null;
  return isIPv6(address) ? ipv6Network(address) : address;
}

/** The client's address: the connection's own, or behind TRUST_PROXY proxies the one the first of them saw. */
export function clientAddress(
  request: Request,
  context: { clientAddress?: string },
  settings: Settings = defaultSettings(),
): string {
  const hops = [...forwardedHops(request, settings.trustedProxies > 0), context.clientAddress ?? "local"];
  return withoutIpv4Prefix(hops[Math.max(0, hops.length - 1 - settings.trustedProxies)]);
}

/**
 * Whether the request comes from this computer (the demo mailbox answers no one else). Every address it passed
 * through must be a loopback one, forwarded ones included even when TRUST_PROXY does not count them: a proxy on this
 * computer relaying someone else's request is not this computer. No socket address means the Vite dev server.
 */
export function isLoopbackClient(
  request: Request,
  context: { clientAddress?: string },
  settings: Settings = defaultSettings(),
): boolean {
  const hops = [
    ...forwardedHops(request, true),
    ...rfc7239Hops(request),
    clientAddress(request, context, settings),
    context.clientAddress ?? "local",
  ];
  return hops.every((hop) => hop === "local" || isLoopbackAddress(withoutIpv4Prefix(hop)));
}

function defaultSettings(): Settings {
  return { trustedProxies: env.trustedProxies, exempt: env.limitsExemptClients };
}

function forwardedHops(request: Request, read: boolean): string[] {
  return read
    ? (request.headers.get("X-Forwarded-For") ?? "")
        .split(",")
        .map((hop) => hop.trim())
        .filter(Boolean)
    : [];
}

/** The `for=` addresses of a standard Forwarded header ("for=192.0.2.1", "for=\"[2001:db8::1]:80\""). */
function rfc7239Hops(request: Request): string[] {
  const header = request.headers.get("Forwarded") ?? "";
  return [...header.matchAll(/for=("?)\[?([^\]";,]*)/gi)]
    .map((match) => match[2].replace(/:\d+$/, ""))
    .filter((hop) => hop !== "");
}

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

function isLoopbackAddress(address: string): boolean {
  const family = isIP(address);
  return family !== 0 && loopback.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** "::ffff:192.0.2.1", how a dual-stack socket shows an IPv4 client, is that IPv4 client. */
function withoutIpv4Prefix(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
}

/** The first four groups of an IPv6 address, written out ("2001:db8:0:12::/64"). */
function ipv6Network(address: string): string {
  const [head, tail] = address.split("%")[0].split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}
