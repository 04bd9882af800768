// The app as the benchmark starts and uses it: a production build in demo mode, signed in through the real form.
import { request } from "./http.mjs";

/**
 * The environment of one app server. Demo mode: production mode would demand SMTP_URL and APP_URL. Without
 * `smtpUrl` nothing is sent anywhere. One process per server, as the scale run compares one server with two.
 */
export function appEnv({ databaseUrl, port, sessionSecret, smtpUrl, outboxPollMs, benchPages }) {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    CHEVRONNE_MODE: "demo",
    HOST: "127.0.0.1",
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: sessionSecret,
    OUTBOX_POLL_MS: String(outboxPollMs),
    WEB_CONCURRENCY: "1",
    BENCH_PAGES: benchPages ? "on" : "off",
    // the load comes from this machine: limits per client would soon answer 429
    LIMITS_EXEMPT_CLIENTS: "127.0.0.1",
  };
  if (smtpUrl) env.SMTP_URL = smtpUrl;
  else delete env.SMTP_URL;
  return env;
}

/** A form post as a browser sends it: same-origin, url-encoded. */
export function postForm(url, body, cookie) {
  return request(url, {
    method: "POST",
    headers: {
      origin: new URL(url).origin,
      "sec-fetch-site": "same-origin",
      "content-type": "application/x-www-form-urlencoded",
      ...(cookie ? { cookie } : {}),
    },
    body,
  });
}

/** Signs in through the real password form, as a browser without JavaScript would; resolves with the cookie. */
export async function signIn(appUrl, { email, password }, redirectTo) {
  const response = await postForm(
    `${appUrl}/signin?index`,
    new URLSearchParams({ intent: "password", email, password, redirectTo }).toString(),
  );
  const cookie = (response.headers["set-cookie"] ?? [])
    .map((header) => header.split(";")[0])
    .find((pair) => /^(__Host-)?chevronne_session=/.test(pair));
  if (!cookie)
    throw new Error(`signing ${email} in through POST /signin failed (HTTP ${response.status}, no session cookie)`);
  return cookie;
}
