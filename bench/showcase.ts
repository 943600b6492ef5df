// Public reading under load: requests per second for a story page (server-rendered HTML), the
// search endpoint (diacritic-insensitive FTS5) and the showcase page, against the demo server
// (apps/api/src/demo-server.ts: the whole platform, web app included, with last year's contest
// published) running in its own process on a fresh data directory.
//
// Run alone: node --import tsx bench/showcase.ts   (pnpm bench runs it, then Lighthouse on the same server)
// Knobs: BENCH_SHOWCASE_CLIENTS (32 concurrent connections), BENCH_SHOWCASE_SECONDS (timed seconds
// per target, 10), BENCH_DEMO_DATA_DIR (a data directory `pnpm demo` already seeded, copied first).
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildApiIfNeeded, compiledEntry } from '../scripts/build-api.mjs';
import { closedLoop, httpClient, type HttpClient, type HttpResult, type LoadResult } from './load.ts';
import { formatTargets, type BenchTarget } from './summary.ts';

/** The published contest the demo seeds (apps/api/src/demo/contests.ts). */
export const DEMO_CONTEST = 'guong-sang-2025';

/** What visitors type: no diacritics, as on most phones; each finds stories in the demo. */
export const SEARCH_QUERIES = [
  'guong sang lam theo loi bac',
  'benh vien',
  'nguoi thay',
  'cong an phuong',
  'thanh pho',
  'tin hoc',
];

const ROOT = new URL('../', import.meta.url);

export interface DemoServer {
  port: number;
  /** The configured public origin: links and canonical URLs use it, and so does Lighthouse. */
  origin: string;
  /** CPU time the server process used so far (user + system), ms; NaN off Linux. */
  cpuMs(): number;
  rssMb(): number;
  /** Seconds from spawn to a healthy answer (the demo seeds its data on first start). */
  startSeconds: number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The server loads apps/web/build/handler.js; the script rebuilds it only when sources changed. */
function ensureWebBuilt(): void {
  const built = spawnSync(process.execPath, [fileURLToPath(new URL('scripts/build-web.mjs', ROOT))], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`building the web app failed (exit ${built.status})`);
}

let clockTicks: number | undefined;
/** /proc reports CPU time in clock ticks (usually 100 per second). */
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** The server is another program (not a fork speaking our IPC), so its CPU comes from /proc. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces: state is [0], utime [11], stime [12].
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond()) * 1000;
  } catch {
    return Number.NaN;
  }
}

function processRssMb(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? Number.NaN : Number(kb) / 1024;
  } catch {
    return Number.NaN;
  }
}

function getStatus(port: number, path: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path, agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.setTimeout(2_000, () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

async function waitForHealth(child: ChildProcess, port: number, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the demo server exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${output()}`);
    }
    if ((await getStatus(port, '/api/health')) === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the demo server was not healthy within ${timeoutMs / 1000} s:\n${output()}`);
}

/**
 * Starts the compiled demo server (`apps/api/dist/src/demo-server.js`) as `pnpm demo` does, on loopback, a free
 * port and a fresh DATA_DIR, and waits until /api/health answers (~12 s: it seeds the demo first).
 */
export async function startDemoServer(log: (line: string) => void = console.log): Promise<DemoServer> {
  ensureWebBuilt();
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-bench-demo-'));
  // Seeding takes minutes on a busy machine: a copy of a data directory the demo seeded before will do.
  const seeded = process.env.BENCH_DEMO_DATA_DIR;
  if (seeded) cpSync(seeded, dataDir, { recursive: true });
  const started = performance.now();
  await buildApiIfNeeded();
  const child = spawn(process.execPath, [compiledEntry('src/demo-server.ts')], {
    cwd: fileURLToPath(ROOT),
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Its banner lists demo accounts: keep it for error messages rather than print it.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // Should the benchmark die, the server must not linger.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= (async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    process.off('exit', killOnExit);
    rmSync(dataDir, { recursive: true, force: true });
  })());

  try {
    // Seeding takes ~12 s on a quiet machine, minutes on a busy one.
    await waitForHealth(child, port, () => output, 300_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const startSeconds = (performance.now() - started) / 1000;
  log(`demo server: ${origin} (pid ${child.pid}), fresh DATA_DIR, seeded and healthy in ${startSeconds.toFixed(1)} s`);
  const pid = child.pid ?? 0;
  return { port, origin, startSeconds, cpuMs: () => processCpuMs(pid), rssMb: () => processRssMb(pid), stop };
}

export interface DemoStory { slug: string; title: string }

/** Every public story of the demo contest, in the API's order. */
export async function listDemoStories(client: HttpClient): Promise<DemoStory[]> {
  const answer = await client.request('GET', `/api/public/stories?contest=${DEMO_CONTEST}`);
  if (answer.status !== 200) throw new Error(`GET /api/public/stories: HTTP ${answer.status} ${answer.body.slice(0, 300)}`);
  const stories = (JSON.parse(answer.body) as DemoStory[]).map(({ slug, title }) => ({ slug, title }));
  if (stories.length === 0) throw new Error(`the demo contest ${DEMO_CONTEST} has no public stories`);
  return stories;
}

export const storyPath = (slug: string) => `/showcase/${DEMO_CONTEST}/${slug}`;
export const searchPath = (query: string) => `/api/public/search?q=${encodeURIComponent(query)}`;

export interface ShowcaseOptions {
  clients: number;
  /** Timed seconds per target (the run is sized from the warm-up's rate, so it is approximate). */
  seconds: number;
}

export function showcaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ShowcaseOptions {
  const options = { clients: Number(env.BENCH_SHOWCASE_CLIENTS ?? 32), seconds: Number(env.BENCH_SHOWCASE_SECONDS ?? 10) };
  // Search visitors' addresses put the client number in one octet (see visitorAddress).
  if (!Number.isInteger(options.clients) || options.clients < 1 || options.clients > 250) {
    throw new Error('BENCH_SHOWCASE_CLIENTS must be a whole number from 1 to 250');
  }
  if (!(options.seconds > 0 && options.seconds <= 120)) throw new Error('BENCH_SHOWCASE_SECONDS must be more than 0 and at most 120');
  return options;
}

/**
 * The search route allows 120 requests per minute per address, and nothing relaxes it (no setting
 * or environment variable). The app believes X-Forwarded-For from loopback (trustProxy
 * 'loopback', for the SvelteKit server forwarding a browser's address), so each simulated visitor
 * sends its own: one per client, phase and block of 100 searches, which keeps every address under
 * the limit while the limiter still does its per-request work.
 */
const SEARCHES_PER_VISITOR = 100;
const MAX_PER_CLIENT = SEARCHES_PER_VISITOR * 250;
const visitorAddress = (phase: number, client: number, iteration: number) =>
  `10.${80 + phase}.${client}.${1 + Math.floor(iteration / SEARCHES_PER_VISITOR)}`;

/** What browsers send: every timed request takes a compressed answer if the server gives one. */
const BROWSER_ENCODINGS = { 'accept-encoding': 'gzip, deflate, br' };

interface Target {
  name: string;
  /** What the table shows as the request. */
  request: string;
  send(phase: number, client: number, iteration: number, headers?: Record<string, string>): Promise<HttpResult>;
}

export interface MeasuredTarget {
  name: string;
  request: string;
  load: LoadResult;
  /** Server process CPU per successful request, ms (the load driver is another process). */
  serverCpuMsPerRequest: number;
  /** Share of one core the server used while timed. */
  serverCpuShare: number;
  /** Mean response body size as sent (compressed), bytes. */
  meanBytes: number;
  /** The same answer's size uncompressed (one request without Accept-Encoding), bytes. */
  identityBytes: number;
  /** Timed responses by their Content-Encoding ('identity' when none). */
  encodings: Record<string, number>;
}

export interface ShowcaseResult {
  options: ShowcaseOptions;
  stories: number;
  queries: Array<{ query: string; total: number }>;
  serverStartSeconds: number;
  serverRssMb: number;
  targets: MeasuredTarget[];
}

function mustSucceed(what: string, load: LoadResult): void {
  if (load.ok !== load.requests) throw new Error(`${what}: ${JSON.stringify(load.errors)} ${load.samples.join(' | ')}`);
}

/** Warm-up (JIT, SQLite pages), then a run sized from the warm-up's rate to last ~`seconds`. */
async function measureTarget(server: DemoServer, target: Target, options: ShowcaseOptions, log: (line: string) => void): Promise<MeasuredTarget> {
  const { clients } = options;
  const bytes: number[] = [];
  const encodings: Record<string, number> = {};
  const sized = (phase: number) => async (client: number, iteration: number) => {
    const result = await target.send(phase, client, iteration, BROWSER_ENCODINGS);
    if (bytes.length < 10_000) bytes.push(result.bytes);
    if (phase === 2) {
      const encoding = String(result.headers['content-encoding'] ?? 'identity');
      encodings[encoding] = (encodings[encoding] ?? 0) + 1;
    }
    return result;
  };
  const identity = await target.send(0, 0, 0);
  const warm = await closedLoop(clients, 10, sized(0));
  mustSucceed(`${target.name} warm-up`, warm);
  // A second, longer warm-up at the warm rate (~2 s) gives the steady rate to size the timed run.
  const calibration = await closedLoop(clients, Math.max(5, Math.ceil((warm.perSecond * 2) / clients)), sized(1));
  mustSucceed(`${target.name} calibration`, calibration);
  const perClient = Math.min(MAX_PER_CLIENT, Math.max(10, Math.ceil((calibration.perSecond * options.seconds) / clients)));

  const cpuBefore = server.cpuMs();
  const load = await closedLoop(clients, perClient, sized(2));
  const cpuMs = server.cpuMs() - cpuBefore;
  log(`  ${target.name.padEnd(12)} ${load.perSecond.toFixed(0).padStart(5)} req/s, p50 ${load.latencyMs.p50.toFixed(1)} ms, `
    + `p99 ${load.latencyMs.p99.toFixed(1)} ms, ${load.requests - load.ok} errors (${load.requests} in ${load.seconds.toFixed(1)} s; `
    + `warm-up ${warm.perSecond.toFixed(0)}, then ${calibration.perSecond.toFixed(0)} req/s)`);
  return {
    name: target.name,
    request: target.request,
    load,
    serverCpuMsPerRequest: cpuMs / Math.max(1, load.ok),
    serverCpuShare: cpuMs / 1000 / load.seconds,
    meanBytes: bytes.reduce((sum, n) => sum + n, 0) / Math.max(1, bytes.length),
    identityBytes: identity.bytes,
    encodings,
  };
}

/** Each query must find something: a search that finds nothing would be measured cheap. */
async function checkQueries(client: HttpClient): Promise<Array<{ query: string; total: number }>> {
  const found: Array<{ query: string; total: number }> = [];
  for (const [i, query] of SEARCH_QUERIES.entries()) {
    const answer = await client.request('GET', searchPath(query), { headers: { 'x-forwarded-for': `10.79.0.${i + 1}` } });
    if (answer.status !== 200) throw new Error(`search "${query}": HTTP ${answer.status} ${answer.body.slice(0, 300)}`);
    const { total } = JSON.parse(answer.body) as { total: number };
    if (!(total > 0)) throw new Error(`search "${query}" finds nothing in the demo`);
    found.push({ query, total });
  }
  return found;
}

/** Each story page must render as HTML with its story's title in it. */
async function checkStoryPages(client: HttpClient, stories: readonly DemoStory[]): Promise<void> {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const story of stories) {
    const page = await client.request('GET', storyPath(story.slug), { headers: { accept: 'text/html' } });
    if (page.status !== 200 || !String(page.headers['content-type']).startsWith('text/html')) {
      throw new Error(`GET ${storyPath(story.slug)}: HTTP ${page.status} ${String(page.headers['content-type'])}`);
    }
    if (!page.body.includes(escape(story.title))) throw new Error(`GET ${storyPath(story.slug)}: the page lacks its title "${story.title}"`);
  }
}

export async function runShowcaseBench(
  options: ShowcaseOptions = showcaseOptionsFromEnv(),
  log: (line: string) => void = console.log,
  shared?: DemoServer,
): Promise<ShowcaseResult> {
  const server = shared ?? await startDemoServer(log);
  const client = httpClient(server.port, options.clients);
  try {
    const stories = await listDemoStories(client);
    await checkStoryPages(client, stories);
    const queries = await checkQueries(client);
    log(`${stories.length} public stories; queries: ${queries.map((q) => `"${q.query}" → ${q.total}`).join(', ')}`);
    log(`${options.clients} concurrent keep-alive connections, ~${options.seconds} s timed per target after warm-up`);

    const html = { accept: 'text/html' };
    const targets: Target[] = [
      {
        name: 'story page',
        request: `GET /showcase/${DEMO_CONTEST}/<slug> (HTML, ${stories.length} stories in turn)`,
        send: (_phase, c, i, headers) => client.request('GET', storyPath(stories[(c + i) % stories.length]!.slug), { headers: { ...html, ...headers } }),
      },
      {
        name: 'search API',
        request: `GET /api/public/search?q=… (JSON, ${SEARCH_QUERIES.length} queries in turn)`,
        send: (phase, c, i, headers) => client.request('GET', searchPath(SEARCH_QUERIES[(c + i) % SEARCH_QUERIES.length]!), {
          headers: { 'x-forwarded-for': visitorAddress(phase, c, i), ...headers },
        }),
      },
      {
        name: 'showcase',
        request: `GET /showcase/${DEMO_CONTEST} (HTML)`,
        send: (_phase, _c, _i, headers) => client.request('GET', `/showcase/${DEMO_CONTEST}`, { headers: { ...html, ...headers } }),
      },
    ];
    // The same server's floor, measured in the same run: the cheapest request it has (a few pragmas,
    // tiny JSON). On a shared machine the rates move together; their ratio to this one says more.
    targets.push({
      name: HEALTH_BASELINE,
      request: 'GET /api/health (JSON, baseline: the cheapest request through the same server)',
      send: (_phase, _c, _i, headers) => client.request('GET', '/api/health', { headers }),
    });
    // The whole server warms first (JIT of the shared paths, SQLite pages, the caches), not timed:
    // otherwise the first target measured pays for everyone's warm-up (story 650 req/s first, 1,500 after).
    for (const target of targets) mustSucceed(`${target.name} server warm-up`, await closedLoop(options.clients, 20, (c, i) => target.send(3, c, i, BROWSER_ENCODINGS)));
    const measured: MeasuredTarget[] = [];
    for (const target of targets) measured.push(await measureTarget(server, target, options, log));
    return {
      options,
      stories: stories.length,
      queries,
      serverStartSeconds: server.startSeconds,
      serverRssMb: server.rssMb(),
      targets: measured,
    };
  } finally {
    client.close();
    if (!shared) await server.stop();
  }
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

/** e.g. "br" or "br 990, identity 10": what the timed responses carried. */
const encodingsSeen = (t: MeasuredTarget) => {
  const seen = Object.entries(t.encodings);
  return seen.length === 1 ? seen[0]![0] : seen.map(([encoding, n]) => `${encoding} ${n}`).join(', ');
};

/** Issue 13's public-page targets: each request ≥ 1,000/s on this machine. */
export const PUBLIC_PAGE_TARGET_PER_SECOND = 1000;
const HEALTH_BASELINE = 'health';

/** Rows for the summary table (bench/summary.ts): the three rates, and whether answers were compressed. */
export function showcaseTargets(result: ShowcaseResult): BenchTarget[] {
  const health = result.targets.find((t) => t.name === HEALTH_BASELINE);
  const pages = result.targets.filter((t) => t !== health);
  const rates = pages.map((t): BenchTarget => ({
    name: `Public pages: ${t.name} (${result.options.clients} connections)`,
    figure: `${t.load.perSecond.toFixed(0)} req/s (${t.serverCpuMsPerRequest.toFixed(2)} ms server CPU each)`,
    target: `≥ ${PUBLIC_PAGE_TARGET_PER_SECOND.toLocaleString('en')} req/s`,
    pass: t.load.perSecond >= PUBLIC_PAGE_TARGET_PER_SECOND && t.load.ok === t.load.requests,
    ...(health && {
      baseline: `GET /api/health ${health.load.perSecond.toFixed(0)} req/s (${health.serverCpuMsPerRequest.toFixed(2)} ms CPU); `
        + `ratio ${(t.load.perSecond / health.load.perSecond).toFixed(2)}×`,
    }),
  }));
  const compressed = pages.every((t) => Object.keys(t.encodings).every((e) => e === 'br' || e === 'gzip'));
  return [...rates, {
    name: 'Public pages: HTML and JSON compressed (browser Accept-Encoding)',
    figure: pages.map((t) => `${t.name} ${encodingsSeen(t)} ${(t.meanBytes / 1024).toFixed(1)}/${(t.identityBytes / 1024).toFixed(1)} KB`).join('; '),
    target: 'every response br or gzip',
    pass: compressed,
  }];
}

export function formatShowcaseResult(result: ShowcaseResult): string {
  const row = (t: MeasuredTarget) => {
    const errors = Object.entries(t.load.errors).map(([k, v]) => `${v}×${k}`).join(', ') || '0';
    return `| ${t.request} | ${t.load.perSecond.toFixed(0)} | ${ms(t.load.latencyMs.p50)} | ${ms(t.load.latencyMs.p95)} | `
      + `${ms(t.load.latencyMs.p99)} | ${ms(t.load.latencyMs.max)} | ${t.load.ok}/${t.load.requests} in ${t.load.seconds.toFixed(1)} s | `
      + `${errors} | ${(t.meanBytes / 1024).toFixed(1)} (${(t.identityBytes / 1024).toFixed(1)}) | ${encodingsSeen(t)} | `
      + `${t.serverCpuMsPerRequest.toFixed(2)} | ${(t.serverCpuShare * 100).toFixed(0)}% |`;
  };
  const lines = [
    `Demo server (\`apps/api/src/demo-server.ts\` compiled, API + SvelteKit on one port, fresh DATA_DIR, ${result.stories} public stories), `
      + `${result.options.clients} concurrent keep-alive connections, ~${result.options.seconds} s per target after warm-up; `
      + `search queries: ${result.queries.map((q) => `"${q.query}" (${q.total})`).join(', ')}`,
    '',
    '| request | req/s | p50 ms | p95 ms | p99 ms | max ms | ok | errors | KB/response sent (uncompressed) | encoding | server CPU ms/req | server CPU |',
    '|---|---:|---:|---:|---:|---:|---|---|---:|---|---:|---:|',
    ...result.targets.map(row),
    '',
    `Server RSS after: ${result.serverRssMb.toFixed(0)} MB; seeded and healthy ${result.serverStartSeconds.toFixed(1)} s after spawn (not timed).`,
  ];
  for (const t of result.targets) {
    if (t.load.samples.length > 0) lines.push(`${t.name} error samples: ${t.load.samples.join(' | ')}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runShowcaseBench();
  console.log(`${formatShowcaseResult(result)}\n\n${formatTargets(showcaseTargets(result))}`);
}
