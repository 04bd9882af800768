// HTTP load with autocannon: a short warm-up (JIT, caches, the town list's first load), then the measured run.
import autocannon from "autocannon";
import { request } from "./http.mjs";

/** Long enough that a slow page is measured as slow rather than counted as failed. */
const timeoutSeconds = 30;

export async function measure({ url, connections, headers = {}, warmUpSeconds, seconds }) {
  await autocannon({ url, connections, headers, duration: warmUpSeconds, timeout: timeoutSeconds });
  await drain(url, headers);
  const result = await autocannon({ url, connections, headers, duration: seconds, timeout: timeoutSeconds });
  await drain(url, headers);
  // With no answer completed, autocannon reports latencies of 0: null says "unknown" instead.
  const answered = result.requests.total > 0;
  return {
    requestsPerSecond: result.requests.average,
    p50: answered ? result.latency.p50 : null,
    p99: answered ? result.latency.p99 : null,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * autocannon stops without waiting for the answers still in flight, and the server keeps working on them. One more
 * request answered means that backlog is (mostly) worked off, so it does not slow down the next measurement.
 */
async function drain(url, headers) {
  await request(url, { headers });
}

/** Status and size of one page, and how many mission cards it shows: proof the benchmark measures a real page. */
export async function inspectPage(url, headers = {}) {
  const { status, body } = await request(url, { headers });
  return {
    status,
    kilobytes: Buffer.byteLength(body) / 1024,
    cards: body.match(/<li class="card"/g)?.length ?? 0,
  };
}
