// The SHA-256 of each inline script of a rendered page, for the policy of a page without a nonce (a shared one:
// modules/http-cache/cache-policy.server.ts). The hash covers the script's text exactly as sent: React writes the
// contents of a script given by dangerouslySetInnerHTML (Remix's) as they are, and a script's text cannot contain
// `</script` (Remix escapes `<` in what it serialises), so the first `</script>` closes it.
import { createHash } from "node:crypto";

const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

export function inlineScriptHashes(html: Uint8Array): string[] {
  const text = Buffer.from(html.buffer, html.byteOffset, html.byteLength).toString("utf8");
  const hashes = new Set<string>();
  for (const [, attributes, body] of text.matchAll(inlineScript)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    hashes.add(createHash("sha256").update(body, "utf8").digest("base64"));
  }
  return [...hashes];
}
