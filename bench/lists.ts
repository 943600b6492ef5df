// Long lists at 10,000 rows (issue 13): the server time of the organizer's entry list
// (screening), the people list and the judge's dashboard when a contest holds 10,000 entries,
// 10,000 people and a judge 10,000 assignments. Each must answer within 200 ms: paging, sorting and
// filtering happen in SQL.
//
// The rows are written straight through packages/db in one transaction (not timed); the lists are
// asked for through the real app (buildApp + inject, the organizer's and the judge's sessions), so
// the time is the server's whole answer: session, query, mapping and JSON. Each request is sent
// BENCH_LIST_RUNS times (5) after one warm-up; the figure is its median.
//
// Run alone: node --import tsx bench/lists.ts     Knobs: BENCH_LIST_ROWS (10000), BENCH_LIST_RUNS (5)
import { createContest, createEntry, createRound, createUnit, createUser, addEntryVersion, createAssignments,
  listActiveAssignments, saveScoreSheet, setRoundJudges, updateEntry, writeTransaction } from '../packages/db/src/index.ts';
import { pathToFileURL } from 'node:url';
import { buildApp } from '../apps/api/src/app.ts';
import { hashPassword } from '../apps/api/src/auth/passwords.ts';
import { openBenchDatabase, signIn } from './in-process-app.ts';
import { BENCH_ORGANIZER } from './servers/protocol.ts';
import { formatTargets, type BenchTarget } from './summary.ts';

export interface ListTiming {
  list: 'entries (screening)' | 'people' | 'judge dashboard';
  request: string;
  /** Rows in the answer (one page). */
  rows: number;
  medianMs: number;
  maxMs: number;
}

export interface ListBenchResult {
  rows: number;
  runs: number;
  seedSeconds: number;
  /** The first screening request, which computes the contest's near-duplicate pairs. */
  screeningFirstMs: number;
  timings: ListTiming[];
}

export const LIST_TARGET_MS = 200;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Quang', 'Thu', 'Hồng', 'Ngọc', 'Đức', 'Thanh', 'Hữu'];
const GIVEN = ['An', 'Ánh', 'Bình', 'Chi', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hải', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam',
  'Phúc', 'Quyên', 'Sơn', 'Tâm', 'Thảo', 'Uyên', 'Vinh', 'Yến'];
const WORDS = ('người cán bộ phường tận tụy giúp đỡ bà con khu phố sáng sớm chiều tối lắng nghe ý kiến nhân dân '
  + 'giải quyết hồ sơ nhanh chóng gương mẫu học tập làm theo tư tưởng đạo đức phong cách Hồ Chí Minh trường học '
  + 'bệnh viện thầy cô bác sĩ chiến sĩ công an thanh niên tình nguyện mùa lũ miền Trung quyên góp sách vở').split(' ');

/** A small deterministic generator (the bench must not depend on Math.random). */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export function listOptionsFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const rows = Number(env.BENCH_LIST_ROWS ?? 10_000);
  const runs = Number(env.BENCH_LIST_RUNS ?? 5);
  if (!Number.isInteger(rows) || rows < 100 || !Number.isInteger(runs) || runs < 1) {
    throw new Error('BENCH_LIST_ROWS must be a whole number ≥ 100 and BENCH_LIST_RUNS ≥ 1');
  }
  return { rows, runs };
}

export async function runListBench(
  options = listOptionsFromEnv(),
  log: (line: string) => void = console.log,
): Promise<ListBenchResult> {
  const { config, db, close } = await openBenchDatabase('gs-bench-lists-');
  try {
    const judgePassword = 'giam-khao-bench-2026';
    const judgeHash = await hashPassword(judgePassword);
    const random = seeded(13);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const seedStarted = performance.now();
    // Entries disqualified during screening: 1 in 50. The judge is assigned every entry, but their
    // dashboard lists only those still in the contest (packages/db live-assignment.ts).
    const isDisqualified = (i: number) => i % 50 === 7;
    let disqualified = 0;
    for (let i = 0; i < options.rows; i += 1) if (isDisqualified(i)) disqualified += 1;
    const contestId = writeTransaction(db, (tx) => {
      const units = Array.from({ length: 40 }, (_, i) => createUnit(tx, { name: `Đảng ủy đơn vị số ${i + 1}`, headcount: 500 }));
      const now = Date.now();
      const day = 86_400_000;
      const contest = createContest(tx, {
        slug: 'danh-sach-dai', title: 'Gương sáng (danh sách dài)', status: 'judging',
        submissionOpensAt: new Date(now - 30 * day), submissionClosesAt: new Date(now - day),
        minWords: 10, maxWords: 2500, categories: ['Cán bộ, đảng viên', 'Người lao động'],
      }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
      const judge = createUser(tx, {
        id: 'giam-khao-bench', email: 'giam-khao@bench.example.vn', fullName: 'Trần Thị Giám Khảo',
        unitId: units[0]!.id, passwordHash: judgeHash,
      }, ['entrant', 'judge']);
      const round = createRound(tx, {
        contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary',
        opensAt: new Date(now - day), closesAt: new Date(now + 10 * day),
      });
      setRoundJudges(tx, round.id, [{ userId: judge.id, maxLoad: null }], new Date(now - day));
      const assignmentRows: Parameters<typeof createAssignments>[1] = [];
      for (let i = 0; i < options.rows; i += 1) {
        const fullName = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
        const author = createUser(tx, {
          id: `nguoi-${i}`, email: `nguoi-${i}@bench.example.vn`, fullName, unitId: pick(units).id, passwordHash: '!no-password',
        });
        const title = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} số ${i + 1}`;
        const body = `<p>${Array.from({ length: 60 }, () => pick(WORDS)).join(' ')}</p>`;
        const category = i % 3 === 0 ? 'Người lao động' : 'Cán bộ, đảng viên';
        const submittedAt = new Date(now - 20 * day + Math.floor(random() * 19 * day));
        const entry = createEntry(tx, {
          contestId: contest.id, authorId: author.id, code: `GS-${(i + 1).toString(36).toUpperCase().padStart(5, '0')}`,
          title, category, body, wordCount: 60, status: 'submitted', submittedAt,
        });
        addEntryVersion(tx, { entryId: entry.id, title, subject: '', category, body, wordCount: 60, sha256: 'x'.repeat(64), submittedAt });
        if (isDisqualified(i)) updateEntry(tx, entry.id, { status: 'disqualified', disqualifiedReason: 'Trùng lặp' });
        assignmentRows.push({ roundId: round.id, entryId: entry.id, judgeId: judge.id, origin: 'initial', createdAt: new Date(now - day) });
      }
      createAssignments(tx, assignmentRows);
      // A third of the judge's sheets begun, a sixth submitted.
      for (const [k, assignment] of listActiveAssignments(tx, round.id).entries()) {
        if (k % 3 !== 0) continue;
        saveScoreSheet(tx, {
          assignmentId: assignment.id, comment: '', status: k % 6 === 0 ? 'submitted' : 'draft', scores: new Map(), at: new Date(now),
        });
      }
      return contest.id;
    });
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    log(`lists: ${options.rows} people, entries (with versions) and judge assignments written in ${seedSeconds.toFixed(1)} s (not timed)`);

    const app = await buildApp({ config, db, logger: false });
    await app.ready();
    try {
      const organizer = await signIn(app, BENCH_ORGANIZER.email, BENCH_ORGANIZER.password);
      const judge = await signIn(app, 'giam-khao@bench.example.vn', judgePassword);
      const time = async (cookie: string, url: string) => {
        const started = performance.now();
        const answer = await app.inject({ method: 'GET', url, headers: { cookie } });
        const ms = performance.now() - started;
        if (answer.statusCode !== 200) throw new Error(`${url}: ${answer.statusCode} ${answer.body.slice(0, 300)}`);
        const body = answer.json<{ entries?: unknown[]; people?: unknown[]; rounds?: { assignments: unknown[] }[] }>();
        const rows = body.rounds
          ? body.rounds.reduce((sum, round) => sum + round.assignments.length, 0)
          : (body.entries ?? body.people ?? []).length;
        return { ms, rows };
      };

      const screening = `/api/contests/${contestId}/screening`;
      const lastPage = Math.ceil(options.rows / 50);
      const judgeListed = options.rows - disqualified;
      const judgeLastPage = Math.ceil(judgeListed / 50);
      const screeningFirstMs = (await time(organizer, screening)).ms;
      log(`lists: first screening request (computes the near-duplicate pairs) ${screeningFirstMs.toFixed(0)} ms`);
      const requests: Array<[ListTiming['list'], string, string]> = [
        ['entries (screening)', 'page 1, by submission time', screening],
        ['entries (screening)', `page ${Math.floor(lastPage / 2)}, by title descending`, `${screening}?sort=title&order=desc&page=${Math.floor(lastPage / 2)}`],
        ['entries (screening)', `last page (${lastPage}), by words`, `${screening}?sort=words&page=${lastPage}`],
        ['entries (screening)', 'search "nguyễn", one category', `${screening}?q=${encodeURIComponent('Nguyễn')}&category=${encodeURIComponent('Người lao động')}`],
        ['people', 'page 1 (Vietnamese name order)', '/api/people'],
        ['people', `page ${Math.floor(options.rows / 100)}`, `/api/people?page=${Math.floor(options.rows / 100)}`],
        ['people', 'search "thi" (accents ignored), entrants', '/api/people?q=thi&role=entrant'],
        ['judge dashboard', `page 1 of ${judgeListed} assignments of one judge (${disqualified} more on disqualified entries)`, '/api/judging/assignments'],
        ['judge dashboard', `page ${Math.floor(judgeLastPage / 2)}`, `/api/judging/assignments?page=${Math.floor(judgeLastPage / 2)}`],
        ['judge dashboard', `last page (${judgeLastPage})`, `/api/judging/assignments?page=${judgeLastPage}`],
        ['judge dashboard', 'not yet scored, page 2', '/api/judging/assignments?show=unscored&page=2'],
      ];
      const timings: ListTiming[] = [];
      for (const [list, request, url] of requests) {
        const cookie = list === 'judge dashboard' ? judge : organizer;
        await time(cookie, url);
        const runs: number[] = [];
        let rows = 0;
        for (let k = 0; k < options.runs; k += 1) {
          const answer = await time(cookie, url);
          runs.push(answer.ms);
          rows = answer.rows;
        }
        timings.push({ list, request, rows, medianMs: median(runs), maxMs: Math.max(...runs) });
        log(`  ${list.padEnd(20)} ${request.padEnd(45)} median ${median(runs).toFixed(1)} ms (${rows} rows)`);
      }
      return { rows: options.rows, runs: options.runs, seedSeconds, screeningFirstMs, timings };
    } finally {
      await app.close();
    }
  } finally {
    close();
  }
}

export function formatListResult(result: ListBenchResult): string {
  return [
    `${result.rows} entries, people and judge assignments; server time through the app (inject), median of ${result.runs} runs after a warm-up.`,
    '',
    '| list | request | rows answered | median ms | max ms |',
    '|---|---|---:|---:|---:|',
    ...result.timings.map((t) => `| ${t.list} | ${t.request} | ${t.rows} | ${t.medianMs.toFixed(1)} | ${t.maxMs.toFixed(1)} |`),
    '',
    `The first screening request after a change computes the contest's near-duplicate pairs: ${result.screeningFirstMs.toFixed(0)} ms.`,
  ].join('\n');
}

/** One summary row per list: its slowest request's median against the 200 ms target. */
export function listTargets(result: ListBenchResult): BenchTarget[] {
  const lists = [...new Set(result.timings.map((t) => t.list))];
  return lists.map((list) => {
    const slowest = result.timings.filter((t) => t.list === list).sort((a, b) => b.medianMs - a.medianMs)[0]!;
    return {
      name: `Long list at ${result.rows.toLocaleString('en')} rows: ${list}`,
      figure: `${slowest.medianMs.toFixed(0)} ms (slowest: ${slowest.request})`,
      target: `< ${LIST_TARGET_MS} ms server time`,
      pass: slowest.medianMs < LIST_TARGET_MS,
    };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runListBench();
  console.log(`\n${formatListResult(result)}\n\n${formatTargets(listTargets(result))}`);
}
