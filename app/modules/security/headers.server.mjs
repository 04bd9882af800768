// The security headers of every response (docs/decisions/0013-security-headers.md). Plain JavaScript so that the
// production server script (scripts/server.mjs, run by Node with no build step), the dev server (a plugin in
// vite.config.ts) and the app (entry.server.tsx, routes that send people's files) share one policy.
//
// Two layers: the server sets the floor below on every response before anything answers (static files, data,
// redirects, errors: nothing can miss it), and the app replaces only the Content-Security-Policy where a response
// needs another one: pages (scripts by nonce) and people's files (sandboxed).
import { randomBytes } from "node:crypto";

/** Features no page of ours uses: refused to our pages and to anything they might ever frame. */
const deniedFeatures = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "encrypted-media",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/** @param {Record<string, string[]>} directives */
const policy = (directives) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");

/** For whatever is not a page (data, scripts, stylesheets, redirects): nothing may run, load or frame it. */
export const lockedDownPolicy = policy({
  "default-src": ["'none'"],
  // implied by default-src, written out as ASVS 5.0 V3.4.3 asks of every response
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "frame-ancestors": ["'none'"],
});

/**
 * For files people gave us (CVs, employers' images, the dev mailbox's attachments): a sandbox, so that even a file
 * a browser would show as a page runs no script, submits no form and has an origin of its own.
 */
export const sandboxPolicy = `sandbox; ${lockedDownPolicy}`;

/** For an email's formatted part in the dev mailbox: its inline styles and data: images show; nothing else. */
export const emailPreviewPolicy = `sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/**
 * The one page other sites may frame: an organisation's careers widget (docs/decisions/0030-feeds-and-widget.md),
 * with or without a language prefix. Every other response keeps refusing to be framed.
 * @param {string} pathname
 */
export function isFrameablePage(pathname) {
  return /^(?:\/en)?\/employers\/[^/]+\/widget\/?$/.test(pathname);
}

/**
 * The careers widget's policy: no script at all, its one inline stylesheet by hash, and any site may frame it.
 * @param {string} styleHash base64 SHA-256 of its stylesheet's text
 */
export function framedWidgetPolicy(styleHash) {
  return policy({
    "default-src": ["'none'"],
    "style-src": [`'sha256-${styleHash}'`],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "frame-ancestors": ["*"],
  });
}

/** A page's nonce: 128 random bits, new for every page. */
export function createNonce() {
  return randomBytes(16).toString("base64");
}

/**
 * A page's policy: scripts run only when they bear this page's nonce or are loaded by one that does
 * ('strict-dynamic': Remix's modules, the routes it loads later); styles, images, fonts and requests only from here.
 * `development` lets the dev server's inline styles through (Remix inlines the critical CSS without a nonce).
 * @param {string} nonce
 * @param {{ development?: boolean }} [options]
 */
export function pagePolicy(nonce, { development = false } = {}) {
  return pagePolicyAllowing([`'nonce-${nonce}'`], { development });
}

/**
 * The policy of a page a shared cache may keep (docs/decisions/0027-http-caching.md): a nonce served to many visitors
 * would be known to all of them, so such a page has none, and its inline scripts run by their SHA-256 hashes
 * (what they load runs by 'strict-dynamic', as with a nonce).
 * @param {string[]} hashes base64 SHA-256 of each inline script's text
 * @param {{ development?: boolean }} [options]
 */
export function hashedPagePolicy(hashes, { development = false } = {}) {
  return pagePolicyAllowing(
    hashes.map((hash) => `'sha256-${hash}'`),
    { development },
  );
}

/**
 * @param {string[]} scriptSources
 * @param {{ development: boolean }} options
 */
function pagePolicyAllowing(scriptSources, { development }) {
  return policy({
    "default-src": ["'self'"],
    // a page with no script of its own (a public page, decision 0037) runs none at all
    "script-src": scriptSources.length > 0 ? [...scriptSources, "'strict-dynamic'"] : ["'none'"],
    "style-src": development ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
}

/**
 * The floor: the headers every response carries. HSTS only in production, where the site is served over https
 * (a browser that kept it for http://localhost would lock a developer out of the demo).
 * @param {{ production: boolean }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders({ production }) {
  return {
    "Content-Security-Policy": lockedDownPolicy,
    "X-Content-Type-Options": "nosniff",
    // our own pages may see where a visitor came from; no other site learns even our address (interview links
    // carry their token in the path). Not no-referrer: browsers then send `Origin: null` on our own forms.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": deniedFeatures.map((feature) => `${feature}=()`).join(", "),
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    // frame-ancestors says the same to current browsers; older ones read only this
    "X-Frame-Options": "DENY",
    // nothing is kept by any cache unless whoever answers says otherwise: static files (long-lived, fingerprinted),
    // and anonymous public pages, whose caching modules/http-cache/cache-policy.server.ts decides
    // (docs/decisions/0027-http-caching.md). Redirects, resource routes and refusals that say nothing stay private.
    "Cache-Control": "private, no-store",
    ...(production ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/**
 * Connect-style middleware setting the floor on a Node response before anything answers it; whatever answers
 * later may replace a header (Node gives headers passed to writeHead precedence over those set here).
 * @param {{ production: boolean }} options
 * @returns {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse, next: () => void) => void}
 */
export function securityHeadersMiddleware(options) {
  const headers = Object.entries(securityHeaders(options));
  // the careers widget answers with its own frame-ancestors; X-Frame-Options has no value that allows other sites
  const unframed = headers.filter(([name]) => name !== "X-Frame-Options");
  return (request, response, next) => {
    const pathname = (request.url ?? "/").split("?")[0];
    for (const [name, value] of isFrameablePage(pathname) ? unframed : headers) response.setHeader(name, value);
    next();
  };
}
