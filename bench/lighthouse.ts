// Lighthouse 12 on the public reading pages of the demo server: a story page (one with a photo,
// the fuller page), the showcase and a search. Default config: a mid-range phone, simulated
// throttling (slow 4G, 4× CPU). Categories performance, accessibility, best practices, SEO.
// Each URL runs 3 times, interleaved (A B C, A B C, A B C) so background load falls on all alike,
// each run in a fresh headless Chromium; the median of each score and metric is reported.
//
// Nothing leaves the machine: Chromium starts without background networking and with a host
// resolver that knows only localhost, and every request Lighthouse recorded must have gone to the
// demo server (a page that pulls in anything from elsewhere fails the run, which is the point).
//
// Run alone: node --import tsx bench/lighthouse.ts   (pnpm bench runs it; BENCH_SKIP_LIGHTHOUSE=1 skips it)
// Knobs: BENCH_LIGHTHOUSE_RUNS (3), CHROME_PATH (/usr/bin/chromium).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Flags, Result } from 'lighthouse';
import { httpClient } from './load.ts';
import { DEMO_CONTEST, listDemoStories, startDemoServer, storyPath, type DemoServer } from './showcase.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** The Core Web Vitals and friends, as the report shows them. */
export const METRICS = [
  { id: 'first-contentful-paint', label: 'FCP', unit: 'ms' },
  { id: 'largest-contentful-paint', label: 'LCP', unit: 'ms' },
  { id: 'total-blocking-time', label: 'TBT', unit: 'ms' },
  { id: 'cumulative-layout-shift', label: 'CLS', unit: '' },
  { id: 'speed-index', label: 'SI', unit: 'ms' },
] as const;

/** Categories below this get their failing audits listed (the target for the story page is 95). */
export const TARGET_SCORE = 95;

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Any name but localhost resolves to nothing, so no request can leave the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

interface LaunchedChrome { port: number; kill(): void }
type Launch = (options: { chromePath: string; chromeFlags: string[]; logLevel: 'silent' }) => Promise<LaunchedChrome>;

/**
 * chrome-launcher comes with lighthouse (the workspace does not list it itself), so resolve it
 * from lighthouse's own folder rather than add a dependency.
 */
async function chromeLauncher(): Promise<Launch> {
  const fromLighthouse = createRequire(createRequire(import.meta.url).resolve('lighthouse'));
  const module = (await import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href)) as { launch: Launch };
  return module.launch;
}

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  /** Lighthouse's 0–1 score, or null for an audit that errored. */
  score: number | null;
  displayValue: string;
  /** Where: the first few URLs or elements the audit names. */
  where: string[];
}

interface Run {
  scores: Record<Category, number>;
  metrics: Record<string, number>;
  failing: FailingAudit[];
  warnings: string[];
}

export interface PageReport {
  name: string;
  url: string;
  /** The page asks search engines not to index it (search results), so Lighthouse's SEO does not apply. */
  noindex: boolean;
  runs: number;
  /** Medians over the runs (scores 0–100). */
  scores: Record<Category, number>;
  metrics: Record<string, number>;
  /** Every audit that failed in at least one run, with how many runs it failed in. */
  failing: Array<FailingAudit & { runsFailed: number }>;
  warnings: string[];
}

export interface LighthouseResult {
  lighthouseVersion: string;
  chromeVersion: string;
  runsPerUrl: number;
  /** Runs repeated because Lighthouse could not record the trace (not counted in the medians). */
  retries: number;
  pages: PageReport[];
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] ?? Number.NaN : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
};

/** A short "where" for one row of an audit's table: its element, else its URL. */
function describeItem(item: Record<string, unknown>): string | undefined {
  const node = (item.node ?? item.element ?? item.source) as { snippet?: string; selector?: string; url?: string } | undefined;
  if (node?.snippet) return `${node.snippet.slice(0, 160)}${node.selector ? ` (${node.selector})` : ''}`;
  const url = typeof item.url === 'string' ? item.url : node?.url;
  return url ? url.slice(0, 160) : undefined;
}

function failingAudits(lhr: Result): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    // 'hidden' holds Lighthouse 12's insight twins of the classic audits: listing both repeats them.
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      if (ref.group === 'hidden') continue;
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      const failed = audit.scoreDisplayMode === 'error'
        || (['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode) && audit.score !== null && audit.score < 0.9);
      if (!failed) continue;
      const details = audit.details as { items?: Array<Record<string, unknown>> } | undefined;
      const where = (details?.items ?? []).map(describeItem).filter((w): w is string => w !== undefined).slice(0, 3);
      failing.push({
        category, id: ref.id, title: audit.title, score: audit.score,
        displayValue: audit.displayValue ?? audit.errorMessage ?? '', where,
      });
    }
  }
  return failing;
}

/** Every request the page made must have gone to the demo server. */
function externalRequests(lhr: Result, origin: string): string[] {
  const details = lhr.audits['network-requests']?.details as { items?: Array<{ url?: string }> } | undefined;
  return (details?.items ?? []).map((item) => item.url ?? '')
    .filter((url) => !url.startsWith(`${origin}/`) && url !== origin && !/^(data|blob):/.test(url));
}

function readRun(lhr: Result, origin: string): Run {
  const problem = spoiled(lhr);
  if (problem) throw new Error(`Lighthouse could not score ${lhr.finalDisplayedUrl}: ${problem} ${lhr.runtimeError?.message ?? ''}`);
  const external = externalRequests(lhr, origin);
  if (external.length > 0) throw new Error(`${lhr.finalDisplayedUrl} requested other hosts: ${external.slice(0, 5).join(', ')}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, (lhr.categories[c]?.score ?? Number.NaN) * 100])) as Record<Category, number>;
  const metrics = Object.fromEntries(METRICS.map((m) => [m.id, lhr.audits[m.id]?.numericValue ?? Number.NaN]));
  return { scores, metrics, failing: failingAudits(lhr), warnings: lhr.runWarnings.map(String) };
}

function summarizePage({ name, url, noindex }: AuditedPage, runs: readonly Run[]): PageReport {
  const byId = new Map<string, FailingAudit & { runsFailed: number }>();
  for (const run of runs) {
    for (const audit of run.failing) {
      const key = `${audit.category}/${audit.id}`;
      const seen = byId.get(key);
      if (seen) seen.runsFailed++;
      else byId.set(key, { ...audit, runsFailed: 1 });
    }
  }
  return {
    name,
    url,
    noindex,
    runs: runs.length,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Record<Category, number>,
    metrics: Object.fromEntries(METRICS.map((m) => [m.id, median(runs.map((r) => r.metrics[m.id] ?? Number.NaN))])),
    failing: [...byId.values()],
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
  };
}

interface AuditedPage { name: string; url: string; noindex: boolean }

/** The pages to audit: a story with a photo (its photos section follows the text), the showcase, a search. */
async function pagesOf(server: DemoServer): Promise<AuditedPage[]> {
  const client = httpClient(server.port, 4);
  try {
    const stories = await listDemoStories(client);
    let story = stories[0]!;
    for (const candidate of stories) {
      const answer = await client.request('GET', `/api/public/contests/${DEMO_CONTEST}/stories/${candidate.slug}`);
      if (answer.status === 200 && (JSON.parse(answer.body) as { photos: unknown[] }).photos.length > 0) {
        story = candidate;
        break;
      }
    }
    const pages = [
      { name: 'story page', url: `${server.origin}${storyPath(story.slug)}`, noindex: false },
      { name: 'showcase', url: `${server.origin}/showcase/${DEMO_CONTEST}`, noindex: false },
      // Result pages are `noindex` on purpose (endless query URLs); Lighthouse's SEO fails them for it.
      { name: 'search', url: `${server.origin}/search?q=guong+sang`, noindex: true },
    ];
    // Warm the server (JIT, SQLite pages): Lighthouse's simulation starts from the observed response time.
    for (const page of pages) {
      for (let i = 0; i < 5; i++) {
        const answer = await client.request('GET', new URL(page.url).pathname + new URL(page.url).search, { headers: { accept: 'text/html' } });
        if (answer.status !== 200) throw new Error(`GET ${page.url}: HTTP ${answer.status}`);
      }
    }
    return pages;
  } finally {
    client.close();
  }
}

/** Why a run cannot be scored: Lighthouse's own error, or a category it could not score. */
function spoiled(lhr: Result): string | undefined {
  if (lhr.runtimeError) return lhr.runtimeError.code;
  const unscored = CATEGORIES.filter((c) => typeof lhr.categories[c]?.score !== 'number');
  return unscored.length > 0 ? `no score for ${unscored.join(', ')}` : undefined;
}

/**
 * A busy machine sometimes spoils the trace (NO_NAVSTART, NO_FCP: "Please run Lighthouse again",
 * says Lighthouse): such a run is repeated in a fresh browser, at most twice, and the log says so.
 */
async function auditWithRetries(
  audit: (url: string) => Promise<Result>,
  url: string,
  log: (line: string) => void,
): Promise<{ lhr: Result; retries: number }> {
  for (let attempt = 1; ; attempt++) {
    const lhr = await audit(url);
    const problem = spoiled(lhr);
    if (!problem || attempt === 3) return { lhr, retries: attempt - 1 };
    log(`  (${url}: ${problem} on attempt ${attempt}; running it again)`);
  }
}

/** The user agent says only "Chrome/156.0.0.0" (reduced); the binary knows its full version. */
function browserVersion(chromePath: string): string {
  try {
    const printed = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return /\d+(\.\d+)+/.exec(printed)?.[0] ?? printed.trim();
  } catch {
    return 'unknown';
  }
}

export async function runLighthouseBench(
  runsPerUrl = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3),
  log: (line: string) => void = console.log,
  shared?: DemoServer,
): Promise<LighthouseResult> {
  if (!Number.isInteger(runsPerUrl) || runsPerUrl < 1) throw new Error('BENCH_LIGHTHOUSE_RUNS must be a whole number of at least 1');
  // Loaded here, not at the top: pnpm bench imports this file even when Lighthouse is skipped.
  const { default: lighthouse } = await import('lighthouse');
  const launch = await chromeLauncher();
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const server = shared ?? await startDemoServer(log);
  try {
    const pages = await pagesOf(server);
    const audit = async (url: string) => {
      const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
      try {
        const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], disableFullPageScreenshot: true };
        const answer = await lighthouse(url, flags);
        if (!answer) throw new Error(`Lighthouse returned nothing for ${url}`);
        return answer.lhr;
      } finally {
        chrome.kill();
      }
    };
    const runs = new Map<string, Run[]>(pages.map((p) => [p.url, []]));
    let lighthouseVersion = '';
    let retries = 0;
    for (let round = 1; round <= runsPerUrl; round++) {
      for (const page of pages) {
        const started = performance.now();
        const { lhr, retries: repeated } = await auditWithRetries(audit, page.url, log);
        retries += repeated;
        const run = readRun(lhr, server.origin);
        runs.get(page.url)?.push(run);
        lighthouseVersion = lhr.lighthouseVersion;
        log(`  run ${round}/${runsPerUrl} ${page.name.padEnd(10)} ${CATEGORIES.map((c) => `${c} ${run.scores[c].toFixed(0)}`).join(', ')} `
          + `(${((performance.now() - started) / 1000).toFixed(1)} s)`);
      }
    }
    return {
      lighthouseVersion,
      chromeVersion: browserVersion(chromePath),
      runsPerUrl,
      retries,
      pages: pages.map((p) => summarizePage(p, runs.get(p.url) ?? [])),
    };
  } finally {
    if (!shared) await server.stop();
  }
}

function formatMetric(id: string, value: number): string {
  const metric = METRICS.find((m) => m.id === id);
  if (!metric || Number.isNaN(value)) return 'n/a';
  if (metric.unit !== 'ms') return value.toFixed(3);
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

export function formatLighthouseResult(result: LighthouseResult): string {
  const path = (url: string) => { const u = new URL(url); return u.pathname + u.search; };
  const lines = [
    `Lighthouse ${result.lighthouseVersion}, headless Chromium ${result.chromeVersion}, default config (mobile, simulated throttling); `
      + `median of ${result.runsPerUrl} runs per URL, each in a fresh browser`
      + (result.retries > 0 ? ` (${result.retries} run(s) repeated after Lighthouse failed to record the trace)` : ''),
    '',
    `| page | ${CATEGORIES.join(' | ')} | ${METRICS.map((m) => m.label).join(' | ')} |`,
    `|---|${CATEGORIES.map(() => '---:').join('|')}|${METRICS.map(() => '---:').join('|')}|`,
    ...result.pages.map((p) => `| ${p.name}: \`${path(p.url)}\` | ${CATEGORIES.map((c) => p.scores[c].toFixed(0)).join(' | ')} | `
      + `${METRICS.map((m) => formatMetric(m.id, p.metrics[m.id] ?? Number.NaN)).join(' | ')} |`),
  ];
  for (const page of result.pages) {
    const low = CATEGORIES.filter((c) => !(page.scores[c] >= TARGET_SCORE));
    if (low.length === 0) continue;
    lines.push('', `${page.name}, below ${TARGET_SCORE} in ${low.join(', ')}: failing audits`);
    for (const audit of page.failing.filter((a) => low.includes(a.category))) {
      const score = audit.score === null ? 'error' : (audit.score * 100).toFixed(0);
      lines.push(`- ${audit.category}: ${audit.title} (\`${audit.id}\`, score ${score}${audit.displayValue ? `, ${audit.displayValue}` : ''}; `
        + `failed in ${audit.runsFailed}/${page.runs} runs)${audit.where.length > 0 ? ` — ${audit.where.join('; ')}` : ''}`);
    }
  }
  for (const page of result.pages) {
    if (page.warnings.length > 0) lines.push('', `${page.name}: Lighthouse warnings: ${page.warnings.join(' | ')}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatLighthouseResult(await runLighthouseBench()));
}
