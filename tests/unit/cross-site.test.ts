// What the servers refuse before any route runs (app/modules/request-gate/request-gate.server.ts): the cross-site rule
// and the methods no page takes, on real Request objects as the servers hand them over. APP_URL is
// http://chevronne.test in tests.
import { describe, expect, it } from "vitest";
import { crossSiteVerdict } from "~/modules/request-gate/cross-site.server";
import { refuseBeforeRoutes } from "~/modules/request-gate/request-gate.server";

const site = "http://chevronne.test";
const trust = { siteOrigin: site, acceptRequestOrigin: false };

function request(method: string, headers: Record<string, string>, url = `${site}/language`) {
  return new Request(url, { method, headers });
}

describe("the cross-site rule", () => {
  it.each([
    ["Sec-Fetch-Site: cross-site", { "Sec-Fetch-Site": "cross-site" }],
    ["Sec-Fetch-Site: cross-site with our own Origin", { "Sec-Fetch-Site": "cross-site", Origin: site }],
    [
      "Sec-Fetch-Site: same-site (a sibling subdomain)",
      { "Sec-Fetch-Site": "same-site", Origin: "https://blog.chevronne.test" },
    ],
    ["another site's Origin", { Origin: "https://evil.example" }],
    [
      "another site's Origin behind Sec-Fetch-Site: same-origin",
      { Origin: "https://evil.example", "Sec-Fetch-Site": "same-origin" },
    ],
    ["Origin: null (a sandboxed frame, a redirected post)", { Origin: "null" }],
    ["our host on another scheme", { Origin: "https://chevronne.test" }],
    ["our host on another port", { Origin: "http://chevronne.test:8080" }],
    ["a look-alike host", { Origin: "http://chevronne.test.evil.example" }],
    ["neither Origin nor Sec-Fetch-Site (curl, a script)", {}],
    ["only a Referer from another site", { Referer: "https://evil.example/form" }],
    ["a Referer that is not an address", { Referer: "not a url" }],
  ])("refuses a POST with %s", (_label, headers) => {
    expect(crossSiteVerdict(request("POST", headers), trust)).not.toBe("allowed");
  });

  it.each(["PUT", "PATCH", "DELETE", "OPTIONS"])("refuses %s from another site", (method) => {
    expect(
      crossSiteVerdict(request(method, { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" }), trust),
    ).not.toBe("allowed");
  });

  it.each([
    ["our Origin and Sec-Fetch-Site: same-origin", { Origin: site, "Sec-Fetch-Site": "same-origin" }],
    ["our Origin alone (a browser without Fetch Metadata)", { Origin: site }],
    ["Sec-Fetch-Site: same-origin alone", { "Sec-Fetch-Site": "same-origin" }],
    ["Sec-Fetch-Site: none (typed or bookmarked) with our Origin", { "Sec-Fetch-Site": "none", Origin: site }],
    ["only a Referer from one of our pages (an older browser)", { Referer: `${site}/signin` }],
  ])("lets through a POST with %s", (_label, headers) => {
    expect(crossSiteVerdict(request("POST", headers), trust)).toBe("allowed");
  });

  describe("a mail provider's one-click unsubscribe (RFC 8058), posted from its server with no Origin", () => {
    const token = "A".repeat(21) + "b-_" + "9".repeat(19);
    const unsubscribe = (query: string, headers: Record<string, string> = {}) =>
      request("POST", headers, `${site}/alerts/unsubscribe?${query}`);

    it("is let through to exactly an alert's unsubscribe address, its token and at most its language", () => {
      expect(crossSiteVerdict(unsubscribe(`token=${token}`), trust)).toBe("allowed");
      expect(crossSiteVerdict(unsubscribe(`token=${token}&locale=en`), trust)).toBe("allowed");
    });

    it.each([
      ["another path", `${site}/alerts?token=${token}`],
      ["a path below it", `${site}/alerts/unsubscribe/more?token=${token}`],
      ["no token", `${site}/alerts/unsubscribe`],
      ["a token of another shape", `${site}/alerts/unsubscribe?token=short`],
      ["two tokens", `${site}/alerts/unsubscribe?token=${token}&token=${token}`],
      ["another parameter", `${site}/alerts/unsubscribe?token=${token}&redirectTo=/account`],
      ["a language we do not speak", `${site}/alerts/unsubscribe?token=${token}&locale=de`],
    ])("is not a door to %s", (_label, url) => {
      expect(crossSiteVerdict(request("POST", {}, url), trust)).toBe("unproven");
    });

    it("still refuses a browser's post from another site to that address", () => {
      expect(crossSiteVerdict(unsubscribe(`token=${token}`, { Origin: "https://evil.example" }), trust)).toBe(
        "other-origin",
      );
      expect(crossSiteVerdict(unsubscribe(`token=${token}`, { "Sec-Fetch-Site": "cross-site" }), trust)).toBe(
        "other-site",
      );
    });
  });

  it("lets another site link to our pages (GET and HEAD change nothing)", () => {
    expect(
      crossSiteVerdict(request("GET", { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" }), trust),
    ).toBe("allowed");
    expect(crossSiteVerdict(request("HEAD", { "Sec-Fetch-Site": "cross-site" }), trust)).toBe("allowed");
  });

  it("in demo mode also trusts the address the browser used (127.0.0.1 instead of localhost), never another", () => {
    const demo = { siteOrigin: "http://localhost:3000", acceptRequestOrigin: true };
    const atAddress = (origin: string) => request("POST", { Origin: origin }, "http://127.0.0.1:3000/language");
    expect(crossSiteVerdict(atAddress("http://127.0.0.1:3000"), demo)).toBe("allowed");
    expect(crossSiteVerdict(atAddress("http://localhost:3000"), demo)).toBe("allowed");
    expect(crossSiteVerdict(atAddress("http://127.0.0.1:4000"), demo)).not.toBe("allowed");
    expect(
      crossSiteVerdict(request("POST", { Origin: "http://127.0.0.1:3000" }, "http://127.0.0.1:3000/language"), trust),
    ).not.toBe("allowed");
  });
});

describe("the refusal", () => {
  it("is a 403 page in the language of the cookie, else the browser's, else French, that nothing caches", async () => {
    const refusal = await refuseBeforeRoutes(
      request("POST", { Origin: "https://evil.example", "Accept-Language": "en-CA,en;q=0.9" }),
    );
    expect(refusal?.status).toBe(403);
    expect(refusal?.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(refusal?.headers.get("Cache-Control")).toBe("no-store");
    const html = await refusal!.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<h1>Request refused</h1>");

    const french = await refuseBeforeRoutes(request("POST", { Origin: "null", "Accept-Language": "de-DE,de;q=0.9" }));
    expect(await french!.text()).toContain("<h1>Demande refusée</h1>");

    const cookie = `chevronne_lang=${encodeURIComponent(Buffer.from(JSON.stringify("en")).toString("base64"))}`;
    const byCookie = await refuseBeforeRoutes(
      request("POST", { "Sec-Fetch-Site": "cross-site", Cookie: cookie, "Accept-Language": "fr" }),
    );
    expect(await byCookie!.text()).toContain('<html lang="en">');
  });

  it("is nothing for a request from our own pages", async () => {
    expect(await refuseBeforeRoutes(request("POST", { Origin: site, "Sec-Fetch-Site": "same-origin" }))).toBeNull();
    expect(await refuseBeforeRoutes(request("GET", { "Sec-Fetch-Site": "cross-site" }))).toBeNull();
  });

  it.each(["PUT", "PATCH", "DELETE", "OPTIONS"])(
    "is a 405 naming the methods pages take for %s, from anywhere",
    async (method) => {
      const refusal = await refuseBeforeRoutes(request(method, { Origin: site, "Sec-Fetch-Site": "same-origin" }));
      expect(refusal?.status).toBe(405);
      expect(refusal?.headers.get("Allow")).toBe("GET, HEAD, POST");
      expect(await refusal!.text()).toContain("<h1>Action non prévue</h1>");
    },
  );
});
