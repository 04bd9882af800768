// The data scripts streamed after React's shell belong inside the document: closingTagsLast moves `</body></html>`
// after them (app/entry.server.tsx; decision 0031). The whole built pages are validated in
// tests/e2e/valid-html.spec.ts.
import { describe, expect, it } from "vitest";
import { closingTagsLast } from "~/entry.server";

const moved = (html: string) => closingTagsLast(Buffer.from(html)).toString("utf8");

describe("closingTagsLast", () => {
  it("moves the closing tags after what React wrote behind them", () => {
    expect(
      moved('<!DOCTYPE html><html><body><p>Été</p></body></html><script>a("é")</script><script>b()</script>'),
    ).toBe('<!DOCTYPE html><html><body><p>Été</p><script>a("é")</script><script>b()</script></body></html>');
  });

  it("leaves a document that already ends with them, or has none, as it is", () => {
    for (const html of ["<!DOCTYPE html><html><body><p>x</p></body></html>", "<main>fragment</main>"]) {
      const buffer = Buffer.from(html);
      expect(closingTagsLast(buffer)).toBe(buffer);
    }
  });
});
