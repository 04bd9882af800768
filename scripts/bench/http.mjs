// One request on its own connection. fetch() would reuse a pooled keep-alive socket that a busy server may close
// at the same moment (its keep-alive timer fires late while it works off a load run): ECONNRESET. A fresh
// connection per one-off request avoids that race.
import http from "node:http";

/** Resolves with the status, headers and body text; never follows redirects. */
export function request(url, { method = "GET", headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method, headers, agent: false }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode,
          headers: response.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}
