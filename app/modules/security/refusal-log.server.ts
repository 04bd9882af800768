// One line in the log for each request refused before it could change anything (a write from another site, a form
// that cannot be read, a method no page takes): an attempt to get around a control is worth knowing about, a stack
// trace is not. Values that came from the request are quoted as JSON, so that none can start a line of its own.
import { isRouteErrorResponse } from "@remix-run/react";

export function logRefusal(what: string, request: Request, details: Record<string, string | null> = {}): void {
  const said = Object.entries(details)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => `${name} ${JSON.stringify(value)}`)
    .join(", ");
  console.warn(`[refused] ${what}: ${request.method} ${new URL(request.url).pathname}${said ? ` (${said})` : ""}`);
}

/**
 * Remix's error hook (entry.server.tsx exports it). A method no route takes (a POST to a page without a form: Remix's
 * own 405) is a refusal like the others, one line; every other error is logged whole, as Remix would.
 */
export function handleError(error: unknown, { request }: { request: Request }): void {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status === 405) return logRefusal("method", request);
  const inner: unknown = isRouteErrorResponse(error) ? (error as { error?: unknown }).error : undefined;
  console.error(inner ?? error);
}
