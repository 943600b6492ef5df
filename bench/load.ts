// A small load driver over node:http with keep-alive: N clients at once, each sending its requests
// one after another (closed loop) or on a schedule (paced). Bounded: it stops after the planned
// requests.
import http from 'node:http';

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Body bytes as sent (compressed when the server compressed it; `body` is not decoded). */
  bytes: number;
}

export interface HttpClient {
  request(method: string, path: string, options?: { headers?: http.OutgoingHttpHeaders; json?: unknown }): Promise<HttpResult>;
  close(): void;
}

/** A keep-alive client for one server on 127.0.0.1 (benchmarks never leave the machine). */
export function httpClient(port: number, maxSockets: number): HttpClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  return {
    request(method, path, { headers = {}, json } = {}) {
      const payload = json === undefined ? undefined : Buffer.from(JSON.stringify(json));
      return new Promise((resolve, reject) => {
        const request = http.request({
          host: '127.0.0.1',
          port,
          method,
          path,
          agent,
          headers: {
            ...headers,
            ...(payload && { 'content-type': 'application/json', 'content-length': payload.length }),
          },
        }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const body = Buffer.concat(chunks);
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: body.toString('utf8'), bytes: body.length });
          });
          response.on('error', reject);
        });
        request.setTimeout(30_000, () => request.destroy(new Error('request timed out after 30 s')));
        request.on('error', reject);
        request.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}

export interface LoadResult {
  clients: number;
  requests: number;
  ok: number;
  /** Failed requests by HTTP status, or by error message for transport errors. */
  errors: Record<string, number>;
  /** First few error bodies, to say what went wrong. */
  samples: string[];
  /** Wall time under load (summed over segments when several runs are merged). */
  seconds: number;
  perSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** Every request's latency, ms, in completion order (for merging segments). */
  latencies: number[];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function summarize(raw: Omit<LoadResult, 'perSecond' | 'latencyMs'>): LoadResult {
  const sorted = [...raw.latencies].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length);
  return {
    ...raw,
    perSecond: raw.ok / raw.seconds,
    latencyMs: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? Number.NaN,
      mean,
    },
  };
}

/** Several runs against the same server as one: requests, errors and time add up. */
export function mergeLoads(runs: readonly LoadResult[]): LoadResult {
  const errors: Record<string, number> = {};
  for (const run of runs) for (const [key, n] of Object.entries(run.errors)) errors[key] = (errors[key] ?? 0) + n;
  return summarize({
    clients: runs[0]?.clients ?? 0,
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    ok: runs.reduce((sum, r) => sum + r.ok, 0),
    errors,
    samples: runs.flatMap((r) => r.samples).slice(0, 5),
    seconds: runs.reduce((sum, r) => sum + r.seconds, 0),
    latencies: runs.flatMap((r) => r.latencies),
  });
}

/** The clients' loops; `schedule(client, iteration)` is when a request is due (ms), or undefined for "now". */
async function runClients(
  clients: number,
  perClient: number,
  send: (client: number, iteration: number) => Promise<HttpResult>,
  schedule: (client: number, iteration: number) => number | undefined,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  const samples: string[] = [];
  let ok = 0;
  const fail = (key: string, detail: string) => {
    errors[key] = (errors[key] ?? 0) + 1;
    if (samples.length < 5) samples.push(`${key}: ${detail.slice(0, 300)}`);
  };

  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async (_, client) => {
    for (let iteration = 0; iteration < perClient; iteration++) {
      const due = schedule(client, iteration);
      if (due !== undefined && due > performance.now()) await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
      // From when the request was due, not when it went out: a slow answer delays the client's next
      // request, and that wait is the user's too (no coordinated omission).
      const t0 = due ?? performance.now();
      try {
        const result = await send(client, iteration);
        latencies.push(performance.now() - t0);
        if (result.status >= 200 && result.status < 300) ok++;
        else fail(String(result.status), result.body);
      } catch (error) {
        latencies.push(performance.now() - t0);
        fail(error instanceof Error ? error.message : String(error), '');
      }
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  return summarize({ clients, requests: clients * perClient, ok, errors, samples, seconds, latencies });
}

/**
 * Runs `clients` loops at once; loop `c` calls `send(c, i)` for i = 0…perClient-1, each after the
 * previous answered. A request counts as ok when `send` resolves to a 2xx status. This measures the
 * most the server can do; its latencies are bounded below by clients / throughput (Little's law).
 */
export function closedLoop(
  clients: number,
  perClient: number,
  send: (client: number, iteration: number) => Promise<HttpResult>,
): Promise<LoadResult> {
  return runClients(clients, perClient, send, () => undefined);
}

/**
 * Like closedLoop, but each client sends a request every `intervalMs` (clients spread evenly over
 * the interval), so the server is offered clients × 1000 / intervalMs requests per second whatever
 * its speed: the latency people see at that load.
 */
export function pacedLoop(
  clients: number,
  perClient: number,
  intervalMs: number,
  send: (client: number, iteration: number) => Promise<HttpResult>,
): Promise<LoadResult> {
  const start = performance.now();
  return runClients(clients, perClient, send, (client, iteration) => start + ((client / clients) + iteration) * intervalMs);
}
