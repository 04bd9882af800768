// React 18's streaming renderer can leave NUL bytes where a multi-byte character meets its 2 KB buffer boundary
// (facebook/react#31134); unfiltered, this very page came out with 5 of them on React 18.3.1. The server entry
// strips them; this proves the result equals the non-streamed rendering.
import { PassThrough } from "node:stream";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderDocument, withoutNulBytes } from "~/entry.server";

function LongFrenchPage() {
  const sentences = Array.from({ length: 400 }, (_, index) => (
    <p key={index}>
      {`${"é".repeat(index % 7)}Élégante mission n° ${index} : « accueillir » la clientèle d’été — 18,50 € l’heure, à Québec.`}
    </p>
  ));
  return <main>{sentences}</main>;
}

/** React's own stream, unfiltered: proof that this page does meet the bug. */
function rawStream(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const { pipe } = renderToPipeableStream(<LongFrenchPage />, {
      onAllReady() {
        const sink = new PassThrough();
        sink.on("data", (chunk: Buffer) => chunks.push(chunk));
        sink.on("end", () => resolve(Buffer.concat(chunks)));
        pipe(sink);
      },
      onError: reject,
    });
  });
}

describe("streamed HTML", () => {
  it("comes out with no NUL byte and identical to renderToString", async () => {
    expect((await rawStream()).includes(0)).toBe(true);
    const { html, failed } = await renderDocument(<LongFrenchPage />);
    expect(failed).toBe(false);
    expect(html.includes(0)).toBe(false);
    expect(html.toString("utf8")).toBe(renderToString(<LongFrenchPage />));
  });
});

describe("withoutNulBytes", () => {
  const cases: [string, number[], number[]][] = [
    ["none", [60, 112, 62], [60, 112, 62]],
    ["first and last", [0, 195, 169, 0], [195, 169]],
    ["several in a row", [97, 0, 0, 0, 98], [97, 98]],
    ["only NULs", [0, 0], []],
  ];
  for (const [name, bytes, expected] of cases) {
    it(`drops every NUL byte and nothing else: ${name}`, () => {
      expect([...withoutNulBytes(Buffer.from(bytes))]).toEqual(expected);
    });
  }
});
