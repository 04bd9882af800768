// One line in the log for each request refused before it could change anything (a write from another site, a form
// that cannot be read): an attempt to get around a control is worth knowing about, a stack trace is not. Values that
// came from the request are quoted as JSON, so that none can start a line of its own in the log.
export function logRefusal(what: string, request: Request, details: Record<string, string | null> = {}): void {
  const said = Object.entries(details)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => `${name} ${JSON.stringify(value)}`)
    .join(", ");
  console.warn(`[refused] ${what}: ${request.method} ${new URL(request.url).pathname}${said ? ` (${said})` : ""}`);
}
