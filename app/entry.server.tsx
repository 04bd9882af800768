// Renders every page on the server. Two deliberate choices:
// - We wait for the whole document (onAllReady) so pages work completely without JavaScript.
// - React 18's stream can leave stray NUL bytes where a multi-byte character (é, ’, €) meets its internal buffer
//   boundary (facebook/react#31134). UTF-8 never uses the byte 0x00 inside a character, so dropping every NUL
//   byte is safe, and a regression test compares the result with renderToString.
import { PassThrough, Transform } from "node:stream";
import type { EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { startBackgroundJobs } from "~/modules/background-jobs.server";
import { missionSearchIndex } from "~/modules/missions/search-index.server";
import { findTown } from "~/modules/places/towns.server";

export const streamTimeout = 5_000;

if (process.env.NODE_ENV !== "test") {
  startBackgroundJobs();
  // the towns dataset and the search index take about half a second each to load (at 100 000 missions): pay it
  // at boot, not on someone's first search
  setImmediate(() => {
    findTown("Montréal");
    try {
      missionSearchIndex();
    } catch (error) {
      console.error("[search] the index could not load at boot; the first search will try again:", error instanceof Error ? error.message : error);
    }
  });
}

export function stripNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, chunk.includes(0) ? Buffer.from(chunk.filter((byte) => byte !== 0)) : chunk);
    },
  });
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} />,
      {
        onAllReady() {
          shellRendered = true;
          const body = new PassThrough();
          const stream = createReadableStreamFromReadable(body);
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          setSecurityHeaders(responseHeaders);
          resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
          pipe(stripNulBytes()).pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}

function setSecurityHeaders(headers: Headers) {
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Referrer-Policy", "same-origin");
  headers.set("X-Frame-Options", "DENY");
}
