// Renders every page on the server. Deliberate choices:
// - We wait for the whole document (onAllReady) so pages work completely without JavaScript, and send it in one
//   piece with its length: nothing is gained streaming a page already complete, and collecting it costs less than
//   passing it through a Node stream and a web stream.
// - React 18's stream can leave stray NUL bytes where a multi-byte character (é, ’, €) meets its internal buffer
//   boundary (facebook/react#31134). UTF-8 never uses the byte 0x00 inside a character, so dropping every NUL
//   byte is safe, and a regression test compares the result with renderToString.
// - Each page gets its own CSP nonce: its scripts (Remix's, React's) bear it, and its policy names it. The other
//   security headers are set for every response by the server (app/modules/security/headers.server.mjs).
// - React writes `</body></html>` with the shell, and whatever completes after it (the scripts that stream the page's
//   data for single fetch, React's boundary scripts) behind it: invalid HTML ("stray start tag script"). The page is
//   whole before it is sent, so the closing tags are moved to the very end (closingTagsLast; decision 0031).
// - Who may keep a copy is decided in one place, for pages here and for their data in handleDataRequest
//   (modules/http-cache/cache-policy.server.ts): an anonymous public page is shared, with a validator; every other
//   answer is private, no-store. A shared page has no nonce (it would be the same for every visitor who gets the
//   copy): its inline scripts are allowed by their hashes instead (docs/decisions/0027-http-caching.md).
import { Writable } from "node:stream";
import type { EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import type { ReactNode } from "react";
import { NonceProvider } from "~/components/nonce";
import { createNonce, hashedPagePolicy, pagePolicy } from "~/modules/security/headers.server.mjs";
import { decideDataCaching, markPrivate, mayShare, sharedAnswer } from "~/modules/http-cache/cache-policy.server";
import { inlineScriptHashes } from "~/modules/http-cache/script-hashes.server";
import { rememberLinkLanguage } from "~/modules/i18n/preferences.server";
import { startBackgroundJobs } from "~/modules/background-jobs.server";
import { findTown } from "~/modules/places/towns.server";

export const streamTimeout = 5_000;

/** The servers (scripts/server.mjs, the dev server's plugin) ask it before any route runs: build.entry.module. */
export { refuseBeforeRoutes } from "~/modules/request-gate/request-gate.server";
/** What reaches the log: a refused request in one line, any other error whole. */
export { handleError } from "~/modules/security/refusal-log.server";
/** The data of a page (single fetch `.data`) is kept by caches on the same terms as the page. */
export const handleDataRequest = (response: Response, { request }: { request: Request }) =>
  decideDataCaching(response, request);

/**
 * Starts the work beside the pages (modules/background-jobs.server.ts). Importing this module starts nothing: the
 * server calls it once it listens (scripts/server.mjs, the dev server's plugin in vite.config.ts; decision 0033).
 */
export function startBackgroundWork() {
  startBackgroundJobs();
  // the towns dataset takes about half a second to load: pay it at boot, not on someone's first search
  setImmediate(() => findTown("Montréal"));
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const development = import.meta.env.DEV;
  if (mayShare(request, responseStatusCode, responseHeaders)) {
    const { html, failed } = await renderDocument(
      <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} />,
    );
    responseHeaders.set("Content-Type", "text/html; charset=utf-8");
    responseHeaders.set("Content-Security-Policy", hashedPagePolicy(inlineScriptHashes(html), { development }));
    if (!failed) return sharedAnswer(request, html, responseStatusCode, responseHeaders);
    markPrivate(responseHeaders);
    responseHeaders.set("Content-Length", String(html.byteLength));
    return new Response(html, { headers: responseHeaders, status: 500 });
  }
  const nonce = createNonce();
  const { html, failed } = await renderDocument(
    <NonceProvider value={nonce}>
      <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
    </NonceProvider>,
    { nonce },
  );
  markPrivate(responseHeaders);
  const linkLanguage = await rememberLinkLanguage(request);
  if (linkLanguage) responseHeaders.append("Set-Cookie", linkLanguage);
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  responseHeaders.set("Content-Length", String(html.byteLength));
  responseHeaders.set("Content-Security-Policy", pagePolicy(nonce, { development }));
  return new Response(html, { headers: responseHeaders, status: failed ? 500 : responseStatusCode });
}

/**
 * The whole HTML of a page, once every part has rendered. `failed` says an error was caught inside the page (React
 * rendered a fallback for it). Rejects when the page cannot render at all, so that Remix shows its error page.
 */
export function renderDocument(
  page: ReactNode,
  { nonce }: { nonce?: string } = {},
): Promise<{ html: Buffer<ArrayBuffer>; failed: boolean }> {
  return new Promise((resolve, reject) => {
    let failed = false;
    let allReady = false;
    const chunks: Buffer[] = [];
    const collector = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
      final(callback) {
        clearTimeout(timer);
        const html = Buffer.concat(chunks);
        resolve({ html: closingTagsLast(withoutNulBytes(html)), failed });
        callback();
      },
    });
    const { pipe, abort } = renderToPipeableStream(page, {
      nonce,
      onAllReady() {
        allReady = true;
        pipe(collector);
      },
      onShellError: reject,
      onError(error: unknown) {
        failed = true;
        if (allReady) console.error(error);
      },
    });
    const timer = setTimeout(abort, streamTimeout + 1000);
  });
}

/**
 * The document without React's stray NUL bytes (see the top of this file), cut around each by the native search:
 * filtering byte by byte in JavaScript cost about 3 ms on a search page, a tenth of the server's time under load.
 */
export function withoutNulBytes(html: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  let nul = html.indexOf(0);
  if (nul === -1) return html;
  const parts: Buffer<ArrayBuffer>[] = [];
  let from = 0;
  for (; nul !== -1; nul = html.indexOf(0, from)) {
    parts.push(html.subarray(from, nul));
    from = nul + 1;
  }
  parts.push(html.subarray(from));
  return Buffer.concat(parts);
}

const closingTags = Buffer.from("</body></html>");

/**
 * The document with `</body></html>` moved after what React wrote behind it (late boundaries, the data scripts).
 * Text and attribute values never hold a raw `<`, and the data scripts escape it, so the first occurrence is React's.
 */
export function closingTagsLast(html: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  const at = html.indexOf(closingTags);
  if (at === -1 || at + closingTags.length === html.length) return html;
  return Buffer.concat([html.subarray(0, at), html.subarray(at + closingTags.length), closingTags]);
}
