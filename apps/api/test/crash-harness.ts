// The crash test (SECURITY.md case 15; issue 10): concurrent entrants edit, upload and submit
// against the real server while it is killed with SIGKILL at random moments and restarted; then,
// with the server stopped, the data directory is checked as a whole. One harness, two sizes:
// `pnpm crash-test` (200 clients, 10 kills; CRASH_CLIENTS, CRASH_KILLS, CRASH_SEED to change)
// and apps/api/test/crash.test.ts (smaller, in CI).
import { closeDb, createDb, durabilityPragmas, isFileRecorded, listAttachmentsByIds, type Db } from '@guong-sang/db';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { createRng, type Rng } from '../src/demo/prng.ts';
import { receiptHash } from '../src/entries/receipt.ts';
import { blobPath } from '../src/files/blob-store.ts';
import { isMainModule, processEntry } from '../src/lib/process-entry.ts';
import { writeZip } from '../src/files/zip-write.ts';

export interface CrashOptions {
  clients: number;
  kills: number;
  seed: number;
  log?: (line: string) => void;
}

export interface CrashReport {
  seed: number;
  clients: number;
  kills: number;
  /** Submissions answered 2xx with a receipt. */
  acknowledged: number;
  /** Acknowledged submissions missing, or stored with another hash than the receipt's. */
  lost: number;
  uploadsAcknowledged: number;
  /** Acknowledged uploads by kind (png, docx, pdf). */
  uploadsByKind: Record<string, number>;
  uploadsLost: number;
  withdrawals: number;
  /** Requests cut off by a kill (no answer): neither acknowledged nor refused. */
  unanswered: number;
  /** 5xx answers while the server was up. */
  serverErrors: number;
  /** Refusals (4xx) by request, status and error code: none of these was acknowledged. */
  refusals: Record<string, number>;
  versionsStored: number;
  attachmentsStored: number;
  blobsStored: number;
  /** Left in the file store by the kills and removed at the next start. */
  sweptAtStart: { tempFiles: number; unrecordedBlobs: number };
  integrityCheck: string;
  synchronous: number;
  /** Every broken promise found, one line each; empty when the run passed. */
  problems: string[];
  seconds: number;
}

const root = new URL('../../../', import.meta.url).pathname;
const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
const PASSWORD = 'mat-khau-du-thi-2026';
/** Each entrant keeps at most this many files (the contest allows 5): one more slot for a race. */
const KEEP_ATTACHMENTS = 4;
/** A small palette, so different entrants upload the very same photo and share one blob. */
const PALETTE = ['#c0392b', '#2980b9', '#27ae60', '#f1c40f', '#8e44ad', '#16a085', '#d35400', '#7f8c8d'];
const DATABASE_FILE = 'guong-sang.sqlite';

export const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const address = probe.address();
    probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
  });
});

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function essay(client: number, round: number): string {
  const sentence = `Đồng chí số ${client} luôn tận tụy với công việc và hết lòng vì nhân dân (lần sửa ${round}). `;
  return `<p>${sentence.repeat(12)}</p><p>Gương sáng làm theo lời Bác.</p>`;
}

/** A small file of a kind the contest accepts, as an entrant would attach it. */
async function attachment(rng: Rng, client: number, round: number): Promise<{ name: string; bytes: Buffer }> {
  const roll = rng.next();
  if (roll < 0.5) {
    const bytes = await sharp({ create: { width: 48, height: 32, channels: 3, background: rng.pick(PALETTE) } }).png().toBuffer();
    return { name: 'anh.png', bytes };
  }
  const text = `Bai du thi cua nguoi so ${client}, ban ${round}.`;
  if (roll < 0.8) {
    const file = (name: string, xml: string) => ({ name, data: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`) });
    const bytes = await writeZip([
      file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + '<Default Extension="xml" ContentType="application/xml"/>'
        + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      file('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
      file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + `<w:p><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p></w:body></w:document>`),
    ]);
    return { name: 'bai-du-thi.docx', bytes };
  }
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([300, 200]).drawText(text, { x: 20, y: 100, size: 10, font });
  return { name: 'bai-du-thi.pdf', bytes: Buffer.from(await pdf.save()) };
}

function multipartBody(file: { name: string; bytes: Buffer }): { body: Buffer; type: string } {
  const boundary = `----gscrash${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n`
      + 'Content-Type: application/octet-stream\r\n\r\n'),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

/** The server's entry: compiled when `pnpm crash-test` runs this harness compiled, else its source. */
const serverEntry = processEntry(new URL('../src/server.ts', import.meta.url));

/** The real server as `pnpm start` runs it (API only), on one port that survives restarts. */
export class Server {
  private child: ChildProcess | undefined;
  private stderr = '';
  /** Resolves while the server listens; replaced by a pending one while it is down. */
  up: Promise<void> = Promise.resolve();
  private markUp: () => void = () => undefined;

  constructor(readonly origin: string, private readonly port: number, readonly dataDir: string) {}

  async start(): Promise<void> {
    this.stderr = '';
    const child = spawn(process.execPath, [...serverEntry.execArgv, serverEntry.path], {
      cwd: root,
      env: {
        ...process.env, PORT: String(this.port), HOST: '127.0.0.1', ORIGIN: this.origin, DATA_DIR: this.dataDir,
        SERVE_WEB: 'false', LOG_LEVEL: 'silent', ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.child = child;
    for (let i = 0; i < 600; i++) {
      if (child.exitCode !== null) break;
      if ((await fetch(`${this.origin}/api/health`).catch(() => undefined))?.ok) {
        this.markUp();
        return;
      }
      await sleep(100);
    }
    throw new Error(`the server did not start:\n${this.stderr}`);
  }

  /** Stops the server: SIGKILL is the crash; SIGTERM the orderly stop. */
  async stop(signal: 'SIGKILL' | 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.up = new Promise((resolve) => {
      this.markUp = resolve;
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}

export interface Ack { entryId: number; version: number; code: string; receiptHash: string }
export interface UploadAck { entryId: number; attachmentId: number; sha256: string; kind: string }

export interface Tally {
  acks: Ack[];
  uploads: UploadAck[];
  withdrawals: number;
  unanswered: number;
  serverErrors: number;
  refusals: Record<string, number>;
}

export class Client {
  private cookie = '';
  private entryId = 0;
  /** Set when the entry was withdrawn (or may have been, the answer cut off by a kill). */
  private needsEntry = false;
  private readonly address: string;

  constructor(
    private readonly server: Server,
    private readonly index: number,
    private readonly contestId: number,
    private readonly rng: Rng,
    private readonly tally: Tally,
  ) {
    // Each simulated entrant is its own address, as behind the web server (trustProxy loopback).
    this.address = index < 0 ? '10.8.0.1' : `10.9.${Math.floor(index / 250)}.${(index % 250) + 1}`;
  }

  private get email() {
    return `tacgia${this.index}@example.vn`;
  }

  async call(path: string, init: { method?: string; json?: unknown; body?: Buffer; type?: string; label?: string } = {}) {
    const response = await fetch(`${this.server.origin}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        origin: this.server.origin,
        'x-forwarded-for': this.address,
        ...(this.cookie && { cookie: this.cookie }),
        ...(init.json !== undefined && { 'content-type': 'application/json' }),
        ...(init.type && { 'content-type': init.type }),
      },
      ...(init.json !== undefined && { body: JSON.stringify(init.json) }),
      ...(init.body && { body: init.body }),
    });
    const cookie = response.headers.getSetCookie().find((c) => /^(__Host-)?gs_session=/.test(c))?.split(';')[0];
    if (cookie) this.cookie = cookie;
    if (response.status >= 500) this.tally.serverErrors++;
    const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (response.status >= 400 && response.status < 500) {
      const code = (json?.error as { code?: string } | undefined)?.code ?? '';
      const key = `${init.label ?? `${init.method ?? 'GET'} ${path.replace(/\d+/g, ':id')}`} ${response.status} ${code}`;
      this.tally.refusals[key] = (this.tally.refusals[key] ?? 0) + 1;
    }
    return { status: response.status, json };
  }

  async register(unitId: number): Promise<void> {
    const registered = await this.call('/api/auth/register', {
      method: 'POST', json: { email: this.email, password: PASSWORD, fullName: `Tác giả ${this.index}`, unitId },
    });
    if (registered.status !== 201) throw new Error(`register ${this.index}: HTTP ${registered.status} ${JSON.stringify(registered.json)}`);
    const entry = await this.newEntry();
    if (entry.status !== 201) throw new Error(`new entry ${this.index}: HTTP ${entry.status} ${JSON.stringify(entry.json)}`);
  }

  private async newEntry() {
    const entry = await this.call(`/api/contests/${this.contestId}/entries`, {
      method: 'POST', json: { title: `Bài dự thi số ${this.index}`, body: essay(this.index, 0) },
    });
    if (entry.status === 201) {
      this.entryId = Number(entry.json?.id);
      this.needsEntry = false;
    }
    return entry;
  }

  /** One round of what an entrant does at the deadline: edit, maybe attach, submit, rarely withdraw. */
  private async round(round: number): Promise<void> {
    if (this.needsEntry && (await this.newEntry()).status !== 201) return;
    const entryPath = `/api/entries/${this.entryId}`;
    const saved = await this.call(entryPath, { method: 'PATCH', json: { body: essay(this.index, round) } });
    if (saved.status === 401) {
      await this.call('/api/auth/login', { method: 'POST', json: { email: this.email, password: PASSWORD } });
      return;
    }
    if (saved.status === 409) {
      this.needsEntry = true;
      return;
    }
    if (this.rng.chance(0.5)) {
      const attachments = (saved.json?.attachments ?? []) as { id: number }[];
      if (attachments.length >= KEEP_ATTACHMENTS && attachments[0]) {
        await this.call(`${entryPath}/attachments/${attachments[0].id}`, { method: 'DELETE' });
      }
      const file = await attachment(this.rng, this.index, round);
      const { body, type } = multipartBody(file);
      const uploaded = await this.call(`${entryPath}/attachments`, { method: 'POST', body, type, label: `upload ${file.name}` });
      if (uploaded.status === 201) {
        const attachmentId = Number((uploaded.json?.attachment as { id?: number } | undefined)?.id);
        this.tally.uploads.push({ entryId: this.entryId, attachmentId, sha256: sha256(file.bytes), kind: file.name.split('.').pop() ?? '' });
      }
    }
    const submitted = await this.call(`${entryPath}/submit`, { method: 'POST', json: { consentToPublish: this.rng.chance(0.5) } });
    if (submitted.status === 200 && submitted.json) {
      this.tally.acks.push({
        entryId: this.entryId, version: Number(submitted.json.version), code: String(submitted.json.code),
        receiptHash: String(submitted.json.receiptHash),
      });
    }
    // Withdrawing is final (a withdrawn entry cannot be resubmitted): the entrant starts another.
    if (this.rng.chance(0.03)) {
      this.needsEntry = true;
      const withdrawn = await this.call(`${entryPath}/withdraw`, { method: 'POST' });
      if (withdrawn.status === 200) this.tally.withdrawals++;
    }
  }

  /** Rounds until told to stop; a request cut off by a kill waits for the restart and goes on. */
  async run(stopped: () => boolean): Promise<void> {
    for (let round = 1; !stopped(); round++) {
      try {
        await this.round(round);
      } catch {
        this.tally.unanswered++;
        await this.server.up;
      }
      // Think time keeps each entrant within the per-address limits (30 submits a minute).
      await sleep(this.rng.int(1000, 3000));
    }
  }
}

const uploadsOf = (tally: Tally, kind: string) => tally.uploads.filter((upload) => upload.kind === kind).length;

function filesIn(dir: string): { folder: string; name: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => ({ folder: entry.parentPath, name: entry.name }));
}

/** What a crash left in the file store before the next start would sweep it. */
function leftovers(dataDir: string): { tempFiles: number; unrecordedBlobs: number } {
  const db = createDb(join(dataDir, DATABASE_FILE));
  try {
    const files = filesIn(join(dataDir, 'files'));
    return {
      tempFiles: files.filter((f) => f.name.startsWith('.tmp-')).length,
      unrecordedBlobs: files.filter((f) => !f.name.startsWith('.tmp-') && !isFileRecorded(db, f.name)).length,
    };
  } finally {
    closeDb(db);
  }
}

/** Everything the data directory promises after the crashes, checked with the server stopped. */
export function verify(db: Db, dataDir: string, tally: Tally, problems: string[]) {
  const sqlite = db.$client;
  const filesDir = join(dataDir, 'files');
  const rows = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params) as T[];

  const integrityCheck = String(sqlite.pragma('integrity_check', { simple: true }));
  if (integrityCheck !== 'ok') problems.push(`integrity_check: ${integrityCheck}`);
  const synchronous = durabilityPragmas(db).synchronous;
  if (synchronous !== 2) problems.push(`synchronous = ${synchronous}, not 2 (FULL)`);
  const foreignKeys = sqlite.pragma('foreign_key_check') as unknown[];
  if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreignKeys.slice(0, 5))}`);

  // Every submitted version: its stored hash is the receipt hash recomputed from what it stores.
  type VersionRow = { entryId: number; version: number; title: string; subject: string; category: string | null; body: string; sha256: string; attachmentIds: string; code: string | null };
  const versions = rows<VersionRow>(`select v.entry_id as entryId, v.version, v.title, v.subject, v.category, v.body, v.sha256,
      v.attachment_ids as attachmentIds, e.code from entry_versions v left join entries e on e.id = v.entry_id`);
  const byKey = new Map(versions.map((v) => [`${v.entryId}:${v.version}`, v]));
  for (const v of versions) {
    if (v.code === null) problems.push(`version ${v.version} of entry ${v.entryId} has no entry`);
    const ids = JSON.parse(v.attachmentIds) as number[];
    const attachments = listAttachmentsByIds(db, ids);
    if (attachments.length !== ids.length || attachments.some((a) => a.entryId !== v.entryId)) {
      problems.push(`version ${v.version} of entry ${v.entryId} lists attachments ${ids.join(',')} that are not all its own`);
    }
    const recomputed = receiptHash({
      title: v.title, subject: v.subject, category: v.category, body: v.body, attachmentHashes: attachments.map((a) => a.originalSha256),
    });
    if (recomputed !== v.sha256) problems.push(`version ${v.version} of entry ${v.entryId}: stored hash is not the hash of what it stores`);
  }

  let lost = 0;
  for (const ack of tally.acks) {
    const stored = byKey.get(`${ack.entryId}:${ack.version}`);
    if (!stored || stored.sha256 !== ack.receiptHash || stored.code !== ack.code) {
      lost++;
      problems.push(`acknowledged submission lost: entry ${ack.entryId} version ${ack.version} (${stored ? 'different hash' : 'missing'})`);
    }
  }

  // The audit log and the versions agree one to one (nothing half-written).
  const audited = new Set(rows<{ key: string }>(`select subject_id || ':' || json_extract(details, '$.version') as key
      from audit_log where action = 'entry.submitted'`).map((r) => r.key));
  if (audited.size !== versions.length || versions.some((v) => !audited.has(`${v.entryId}:${v.version}`))) {
    problems.push(`audit log has ${audited.size} submissions for ${versions.length} stored versions`);
  }
  const submittedWithout = rows<{ id: number }>(`select id from entries e where status = 'submitted'
      and not exists (select 1 from entry_versions v where v.entry_id = e.id)`);
  if (submittedWithout.length > 0) problems.push(`${submittedWithout.length} entries marked submitted have no version`);

  let uploadsLost = 0;
  const attachmentRows = rows<{ id: number; entryId: number; original: string; sanitized: string | null }>(
    'select id, entry_id as entryId, original_sha256 as original, sanitized_sha256 as sanitized from attachments');
  const attachmentById = new Map(attachmentRows.map((a) => [a.id, a]));
  for (const upload of tally.uploads) {
    const stored = attachmentById.get(upload.attachmentId);
    if (!stored || stored.entryId !== upload.entryId || stored.original !== upload.sha256) {
      uploadsLost++;
      problems.push(`acknowledged upload lost: attachment ${upload.attachmentId} of entry ${upload.entryId}`);
    }
  }

  // Rows and files: every recorded blob exists with the hash it is named by, and vice versa.
  const fileRows = rows<{ sha256: string; size: number }>('select sha256, size from files');
  const recorded = new Set(fileRows.map((f) => f.sha256));
  for (const file of fileRows) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(blobPath(filesDir, file.sha256));
    } catch {
      problems.push(`file row ${file.sha256} has no file`);
      continue;
    }
    if (sha256(bytes) !== file.sha256 || bytes.length !== file.size) problems.push(`file ${file.sha256} does not hold the bytes it is named by`);
  }
  const referenced = new Set(attachmentRows.flatMap((a) => [a.original, ...(a.sanitized ? [a.sanitized] : [])]));
  for (const hash of referenced) if (!recorded.has(hash)) problems.push(`attachment points at unrecorded file ${hash}`);
  for (const hash of recorded) if (!referenced.has(hash)) problems.push(`file row ${hash} is used by no attachment`);
  const blobs = filesIn(filesDir);
  for (const blob of blobs) {
    if (blob.name.startsWith('.tmp-')) problems.push(`temp file left in the store: ${join(blob.folder, blob.name)}`);
    else if (!recorded.has(blob.name)) problems.push(`orphan file in the store: ${blob.name}`);
    else if (join(blob.folder, blob.name) !== blobPath(filesDir, blob.name)) problems.push(`file in the wrong folder: ${blob.name}`);
  }

  return {
    integrityCheck, synchronous, lost, uploadsLost,
    versionsStored: versions.length, attachmentsStored: attachmentRows.length, blobsStored: blobs.length,
  };
}

/**
 * With the server started: the organizer opens a contest and `count` entrants register, each with a
 * draft, ready to `run` the deadline rush.
 */
export async function openContestWithEntrants(server: Server, count: number, rng: Rng, tally: Tally): Promise<Client[]> {
  const organizer = new Client(server, -1, 0, rng.fork('organizer'), tally);
  await organizer.call('/api/auth/login', { method: 'POST', json: ORGANIZER });
  const unit = await organizer.call('/api/units', { method: 'POST', json: { name: 'Đảng ủy Sở Tư pháp', headcount: 500 } });
  const now = Date.now();
  const contest = await organizer.call('/api/contests', {
    method: 'POST',
    json: {
      title: 'Gương sáng làm theo lời Bác', slug: 'guong-sang', status: 'open', minWords: 1, maxWords: 5000,
      submissionOpensAt: new Date(now - 3600e3).toISOString(), submissionClosesAt: new Date(now + 86_400e3).toISOString(),
    },
  });
  if (contest.status !== 201) throw new Error(`contest: HTTP ${contest.status} ${JSON.stringify(contest.json)}`);

  // Argon2id makes registering slow on purpose: a few at a time, once, before the rush.
  const clients = Array.from({ length: count }, (_, i) => new Client(server, i, Number(contest.json?.id), rng.fork(`client ${i}`), tally));
  for (let i = 0; i < clients.length; i += 8) {
    await Promise.all(clients.slice(i, i + 8).map((client) => client.register(Number(unit.json?.id))));
  }
  return clients;
}

/** Runs the whole crash test in a fresh data directory, which it removes afterwards. */
export async function runCrashTest(options: CrashOptions): Promise<CrashReport> {
  const log = options.log ?? (() => undefined);
  const startedAt = performance.now();
  const rng = createRng(options.seed);
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-crash-'));
  const port = await freePort();
  const server = new Server(`http://127.0.0.1:${port}`, port, dataDir);
  const tally: Tally = { acks: [], uploads: [], withdrawals: 0, unanswered: 0, serverErrors: 0, refusals: {} };
  const problems: string[] = [];
  try {
    await server.start();
    const clients = await openContestWithEntrants(server, options.clients, rng, tally);
    log(`${clients.length} entrants registered, each with a draft (${((performance.now() - startedAt) / 1000).toFixed(0)} s)`);

    let stopped = false;
    const running = clients.map((client) => client.run(() => stopped));
    const killRng = rng.fork('kills');
    const swept = { tempFiles: 0, unrecordedBlobs: 0 };
    for (let kill = 1; kill <= options.kills; kill++) {
      // Let the rush get going after each start, with at least one photo and one document through
      // (documents are read in a child process: the slow part), then pull the plug at a random moment.
      const acks = tally.acks.length;
      const photos = uploadsOf(tally, 'png');
      const documents = uploadsOf(tally, 'docx') + uploadsOf(tally, 'pdf');
      const going = () => tally.acks.length >= acks + Math.max(1, Math.floor(options.clients / 10))
        && uploadsOf(tally, 'png') > photos && uploadsOf(tally, 'docx') + uploadsOf(tally, 'pdf') > documents;
      for (let waited = 0; !going(); waited++) {
        if (waited > 6000) throw new Error(`start ${kill}: not a submission, photo and document acknowledged in 10 minutes`);
        await sleep(100);
      }
      await sleep(killRng.int(0, 4000));
      await server.stop('SIGKILL');
      log(`kill ${kill}/${options.kills}: ${tally.acks.length} submissions and ${tally.uploads.length} uploads acknowledged so far`);
      const left = leftovers(dataDir);
      swept.tempFiles += left.tempFiles;
      swept.unrecordedBlobs += left.unrecordedBlobs;
      if (kill === options.kills) {
        stopped = true;
        // Exercise the start-up sweep on every run: a write torn at the worst moment.
        mkdirSync(join(dataDir, 'files', 'ab'), { recursive: true });
        writeFileSync(join(dataDir, 'files', 'ab', '.tmp-torn-by-the-crash-test'), 'nửa tệp');
        swept.tempFiles++;
      }
      await server.start();
    }
    // The clients finish the round they were in, against the restarted server; then an orderly stop.
    await Promise.all(running);
    await server.stop('SIGTERM');

    const db = createDb(join(dataDir, DATABASE_FILE));
    try {
      const checked = verify(db, dataDir, tally, problems);
      return {
        seed: options.seed, clients: options.clients, kills: options.kills,
        acknowledged: tally.acks.length, lost: checked.lost,
        uploadsAcknowledged: tally.uploads.length,
        uploadsByKind: Object.fromEntries(['png', 'docx', 'pdf'].map((kind) => [kind, uploadsOf(tally, kind)])), uploadsLost: checked.uploadsLost,
        withdrawals: tally.withdrawals, unanswered: tally.unanswered, serverErrors: tally.serverErrors, refusals: tally.refusals,
        versionsStored: checked.versionsStored, attachmentsStored: checked.attachmentsStored, blobsStored: checked.blobsStored,
        sweptAtStart: swept, integrityCheck: checked.integrityCheck, synchronous: checked.synchronous,
        problems, seconds: Math.round((performance.now() - startedAt) / 1000),
      };
    } finally {
      closeDb(db);
    }
  } finally {
    await server.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatCrashReport(report: CrashReport): string[] {
  return [
    `${report.lost} lost of ${report.acknowledged} acknowledged`,
    `uploads: ${report.uploadsLost} lost of ${report.uploadsAcknowledged} acknowledged (${Object.entries(report.uploadsByKind).map(([kind, n]) => `${kind} ${n}`).join(', ')})`,
    `${report.clients} clients, ${report.kills} SIGKILLs, seed ${report.seed}, ${report.seconds} s`,
    `stored: ${report.versionsStored} submitted versions, ${report.attachmentsStored} attachments, ${report.blobsStored} files`,
    `withdrawals: ${report.withdrawals}; requests cut off by a kill: ${report.unanswered}; 5xx answers: ${report.serverErrors}`,
    `left by the kills and removed at the next start: ${report.sweptAtStart.tempFiles} temp files (one planted), `
      + `${report.sweptAtStart.unrecordedBlobs} unrecorded files`,
    `refused (4xx): ${Object.entries(report.refusals).map(([what, n]) => `${what} ×${n}`).join('; ') || 'none'}`,
    `integrity_check: ${report.integrityCheck}; synchronous: ${report.synchronous}`,
    ...(report.problems.length > 0 ? [`${report.problems.length} problems:`, ...report.problems.slice(0, 50).map((p) => `  - ${p}`)] : ['no problems found']),
  ];
}

if (isMainModule(import.meta.url)) {
  const number = (name: string, fallback: number) => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
    return value;
  };
  const report = await runCrashTest({
    clients: number('CRASH_CLIENTS', 200),
    kills: number('CRASH_KILLS', 10),
    seed: number('CRASH_SEED', Math.floor(Math.random() * 2 ** 31) + 1),
    log: (line) => console.log(line),
  });
  for (const line of formatCrashReport(report)) console.log(line);
  process.exitCode = report.lost > 0 || report.uploadsLost > 0 || report.problems.length > 0 ? 1 : 0;
}
