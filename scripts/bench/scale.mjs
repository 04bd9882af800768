// The scale run (`npm run bench -- --scale`): two app servers, separate processes on the same database, under
// autocannon at once with searches, mission pages and form posts that write (saving and forgetting a mission, as a
// browser without JavaScript posts them). Meanwhile:
// - a mission published through server A (an employer's session posting to the real publish route) must be found
//   by a search on server B: the delay is measured;
// - 1,000 emails queued in the outbox must reach a local SMTP server exactly once each (both servers' outbox
//   workers share the queue), counted by Message-ID.
// The same load on server A alone first gives the comparison.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { serverScript } from "../lib.mjs";
import { withClient } from "../postgres.mjs";
import { appEnv, postForm, signIn } from "./app.mjs";
import { startCountingSmtpServer } from "./counting-smtp.mjs";
import { request } from "./http.mjs";
import { freePort, memoryOf, startProcess, stopAll, waitForHttp } from "./processes.mjs";
import { benchRecruiter, benchUser } from "./settings.mjs";

const emailCount = 1000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Searches of the kinds people make: words, a town and radius, a schedule, another order, a later page. */
const searchPaths = [
  "/missions?q=accueil&town=Montr%C3%A9al&radius=25&slot=5-0&slot=5-1&sort=newest",
  "/missions?q=librairie&sort=newest",
  "/missions?town=Qu%C3%A9bec&radius=20&sort=nearest",
  "/missions?q=clients&town=Laval&radius=10&sort=newest",
  "/missions?q=guide+mus%C3%A9e&sort=newest",
  "/missions?sort=newest",
  "/missions?q=caisse&slot=1-0&slot=3-1&sort=newest&page=2",
  "/missions?town=Sherbrooke&radius=50&sector=food&sort=newest",
  "/missions?q=fromages&lang=fr&sort=newest",
  "/missions?q=conseill%C3%A8re&town=Gatineau&radius=25&sort=nearest",
];

export async function scaleRun({ databaseUrl, seconds, warmUpSeconds, connections }) {
  const smtp = await startCountingSmtpServer();
  try {
    return await withServers({ databaseUrl, smtp }, async ({ a, b }) => {
      const candidate = await signIn(a.url, benchUser, "/missions/for-you");
      const recruiter = await signIn(a.url, benchRecruiter, "/employer/missions");
      const missionIds = await sampleMissionIds(databaseUrl, 2000);
      const load = (server, share) =>
        mixedLoad({ url: server.url, connections: share, duration: seconds, cookie: candidate, missionIds });

      console.log(`  warm-up: ${warmUpSeconds} s on both servers`);
      await Promise.all(
        [a, b].map((server) =>
          mixedLoad({
            url: server.url,
            connections: connections / 2,
            duration: warmUpSeconds,
            cookie: candidate,
            missionIds,
          }),
        ),
      );

      console.log(`  server A alone: ${connections} connections, ${seconds} s`);
      const alone = summarize([await load(a, connections)], seconds);

      const run = randomBytes(4).toString("hex");
      const draft = await createDraftMission(databaseUrl, run);
      console.log(
        `  servers A and B together: ${connections / 2} connections each, ${seconds} s; emails and a publication during the run`,
      );
      let queuedAt = 0;
      const [resultA, resultB, publication] = await Promise.all([
        load(a, connections / 2),
        load(b, connections / 2),
        (async () => {
          await sleep(1000);
          queuedAt = performance.now();
          await queueEmails(databaseUrl, run);
          await sleep(1000);
          return publishAndFind({ a: a.url, b: b.url, cookie: recruiter, mission: draft });
        })(),
      ]);
      const together = summarize([resultA, resultB], seconds);
      // what the servers said about their 5xx answers, for the report
      const serverLogs =
        together.serverErrors + alone.serverErrors > 0 ? [a, b].map((server) => server.child.stderrTail) : [];
      const memory = { a: memoryOf(a.child), b: memoryOf(b.child) };

      const emails = await awaitEmails({ databaseUrl, smtp, run, queuedAt });
      return {
        connections,
        seconds,
        alone,
        together,
        perServer: [resultA, resultB].map((result) => summarize([result], seconds)),
        publication,
        emails,
        memory,
        serverLogs,
      };
    });
  } finally {
    await new Promise((resolve) => smtp.server.close(resolve));
  }
}

/** The two servers, as `npm start` runs one each: production build, same database, same session secret. */
async function withServers({ databaseUrl, smtp }, work) {
  const secret = randomBytes(32).toString("hex");
  const servers = {};
  for (const name of ["a", "b"]) {
    const port = await freePort();
    const env = appEnv({
      databaseUrl,
      port,
      sessionSecret: secret,
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      outboxPollMs: 200,
      benchPages: false,
    });
    const child = startProcess(`app ${name.toUpperCase()}`, process.execPath, [serverScript], env);
    servers[name] = { url: `http://127.0.0.1:${port}`, child };
  }
  await Promise.all(Object.values(servers).map(({ url, child }) => waitForHttp(`${url}/`, child)));
  try {
    return await work(servers);
  } finally {
    await stopAll();
  }
}

/**
 * autocannon with a mix per connection, in turn: a search, a mission page, another search, another mission page,
 * and a form post that writes (save, then forget, missions in turn) with the candidate's session.
 */
function mixedLoad({ url, connections, duration, cookie, missionIds }) {
  let searches = 0;
  let pages = 0;
  let posts = 0;
  const search = (req) => ({ ...req, path: searchPaths[searches++ % searchPaths.length] });
  const missionPage = (req) => ({ ...req, path: `/missions/${missionIds[pages++ % missionIds.length]}` });
  const post = (req) => {
    const count = posts++;
    return {
      ...req,
      method: "POST",
      // ?index: the form of an index route posts there (Remix would otherwise send it to the parent route)
      path: `/missions/${missionIds[Math.floor(count / 2) % missionIds.length]}?index`,
      headers: {
        ...req.headers,
        cookie,
        origin: url,
        "sec-fetch-site": "same-origin",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: `intent=${count % 2 === 0 ? "save" : "forget"}`,
    };
  };
  return autocannon({
    url,
    connections,
    duration,
    timeout: 30,
    requests: [
      { setupRequest: search },
      { setupRequest: missionPage },
      { setupRequest: search },
      { setupRequest: missionPage },
      { setupRequest: post },
    ],
  });
}

/** Requests per second summed over the servers; the worst p50/p99 of them; answers by status class. */
function summarize(results, seconds) {
  const statuses = {};
  for (const result of results) {
    for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {}))
      statuses[code] = (statuses[code] ?? 0) + count;
  }
  const total = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  return {
    requestsPerSecond: total / seconds,
    p50: Math.max(...results.map((result) => result.latency.p50)),
    p99: Math.max(...results.map((result) => result.latency.p99)),
    statuses,
    serverErrors: Object.entries(statuses)
      .filter(([code]) => code.startsWith("5"))
      .reduce((sum, [, count]) => sum + count, 0),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    timeouts: results.reduce((sum, result) => sum + result.timeouts, 0),
  };
}

/** Missions the load visits and saves, picked at random over the whole catalogue (not only the newest). */
async function sampleMissionIds(databaseUrl, count) {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT id FROM "Mission" WHERE status = 'published' ORDER BY random() LIMIT $1`,
      [count],
    );
    return rows.map((row) => row.id);
  });
}

/** A draft of the first employer (the bench recruiter's) whose title holds a word no other mission has. */
async function createDraftMission(databaseUrl, run) {
  const id = `bench-publish-${run}`;
  const word = `zqbanc${[...run].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join("")}`;
  const now = new Date().toISOString();
  await withClient(databaseUrl, (client) =>
    client.query(
      `INSERT INTO "Mission" (id, "employerId", title, summary, description, sector, "scheduleMask", "hoursPerWeekMin",
         "hoursPerWeekMax", town, latitude, longitude, languages, status, "createdAt", "updatedAt")
       SELECT $1, e.id, $2, 'Une mission publiée pendant le banc d''essai.', 'Votre mission : accueillir les visiteurs.',
         e.sector, 1, 8, 12, e.town, e.latitude, e.longitude, '[{"code":"fr","required":true}]', 'draft', $3::timestamp, $3::timestamp
       FROM "Employer" e WHERE e.id = 'bench-employer-0000'`,
      [id, `Accueil ${word}`, now],
    ),
  );
  return { id, word };
}

/**
 * Publishes through server A's route, then searches for the mission's own word on server B, again and again, until
 * a card links to it. The delay runs from A's answer (the publication is committed by then) to B's first answer
 * that shows it; under load, each search on B takes as long as any request there.
 */
async function publishAndFind({ a, b, cookie, mission }) {
  const searchUrl = `${b}/missions?${new URLSearchParams({ q: mission.word, sort: "newest" })}`;
  const link = `href="/missions/${mission.id}"`;
  const before = await request(searchUrl);
  if (before.body.includes(link)) throw new Error("the draft mission is found before it is published");
  const posted = performance.now();
  const answer = await postForm(`${a}/employer/missions/${mission.id}/publish`, "", cookie);
  const published = performance.now();
  if (answer.status !== 302 || !String(answer.headers.location).includes("done=published")) {
    return {
      ok: false,
      problem: `publishing through server A answered HTTP ${answer.status} (${answer.headers.location ?? "no redirect"})`,
    };
  }
  let searches = 0;
  while (performance.now() - published < 30_000) {
    const started = performance.now();
    const { status, body } = await request(searchUrl);
    searches++;
    if (status === 200 && body.includes(link)) {
      const found = performance.now();
      return {
        ok: true,
        publishMs: published - posted,
        delayMs: found - published,
        searches,
        lastSearchMs: found - started,
      };
    }
  }
  return { ok: false, problem: `server B did not find the published mission within 30 s (${searches} searches)` };
}

async function queueEmails(databaseUrl, run) {
  await withClient(databaseUrl, (client) =>
    client.query(
      `INSERT INTO "OutboxEmail" (id, "messageId", "toAddress", locale, template, subject, text, html, status, "nextAttemptAt", "createdAt")
       SELECT 'bench-email-' || $1 || '-' || i, '<bench-scale-' || $1 || '-' || i || '@chevronne.localhost>',
         'personne' || i || '@chevronne.example', 'fr', 'bench', 'Courriel d''essai n° ' || i, 'Bonjour.', '<p>Bonjour.</p>',
         'pending', $2::timestamp, $2::timestamp
       FROM generate_series(1, ${emailCount}) AS i`,
      [run, new Date().toISOString()],
    ),
  );
}

/** Waits (at most three minutes after the load) for every queued email, then a moment more for any duplicate. */
async function awaitEmails({ databaseUrl, smtp, run, queuedAt }) {
  const prefix = `<bench-scale-${run}-`;
  const ours = () => [...smtp.received].filter(([id]) => id.startsWith(prefix));
  const deadline = performance.now() + 180_000;
  while (ours().length < emailCount && performance.now() < deadline) await sleep(200);
  const allInMs = ours().length >= emailCount ? smtp.lastAt - queuedAt : null;
  await sleep(3 * 200 + 1000); // a few more polls of both workers
  const received = ours();
  const statuses = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT status, count(*)::int AS count FROM "OutboxEmail" WHERE "messageId" LIKE $1 GROUP BY status`,
      [`${prefix}%`],
    );
    return Object.fromEntries(rows.map((row) => [row.status, row.count]));
  });
  return {
    queued: emailCount,
    distinct: received.length,
    delivered: received.reduce((sum, [, count]) => sum + count, 0),
    duplicates: received.filter(([, count]) => count > 1).length,
    allInMs,
    statuses,
  };
}
