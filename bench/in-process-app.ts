// For benchmarks that seed a database straight through packages/db and then ask the real app in
// this process (buildApp + inject): a fresh data folder with the first run done (the organizer
// exists), and signing in through the app for a session cookie.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, createDb } from '../packages/db/src/index.ts';
import type { buildApp } from '../apps/api/src/app.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import { prepareFirstRun } from '../apps/api/src/first-run.ts';
import { BENCH_ORGANIZER, BENCH_ORIGIN } from './servers/protocol.ts';

export async function openBenchDatabase(prefix: string) {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const config = loadConfig({
    DATA_DIR: dataDir, ORIGIN: BENCH_ORIGIN, LOG_LEVEL: 'silent', SERVE_WEB: 'false',
    ORGANIZER_EMAIL: BENCH_ORGANIZER.email, ORGANIZER_PASSWORD: BENCH_ORGANIZER.password,
  });
  const db = createDb(join(dataDir, 'guong-sang.sqlite'));
  const close = () => {
    closeDb(db);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await prepareFirstRun(db, config);
  } catch (error) {
    close();
    throw error;
  }
  return { config, db, close };
}

/** The session cookie (name=value) of signing in through the app. */
export async function signIn(app: Awaited<ReturnType<typeof buildApp>>, email: string, password: string): Promise<string> {
  const answer = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: BENCH_ORIGIN }, payload: { email, password } });
  if (answer.statusCode !== 200) throw new Error(`login ${email}: ${answer.statusCode} ${answer.body}`);
  return String([answer.headers['set-cookie']].flat()[0]).split(';')[0]!;
}

export interface Timed { ms: number; cpuMs: number; bytes: number }

/** One GET as the organizer, until the last byte of the answer; CPU time is this process's. */
export async function timed(app: Awaited<ReturnType<typeof buildApp>>, cookie: string, url: string): Promise<Timed> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  // The body as the bytes a client receives: inject would otherwise also decode it into a string,
  // which for a 17 MB file is work the server never does.
  const answer = await app.inject({ method: 'GET', url, headers: { cookie }, payloadAsStream: true });
  const chunks: Buffer[] = [];
  for await (const chunk of answer.stream()) chunks.push(chunk as Buffer);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const body = Buffer.concat(chunks);
  if (answer.statusCode !== 200) throw new Error(`${url}: ${answer.statusCode} ${body.toString().slice(0, 300)}`);
  return { ms, cpuMs: (used.user + used.system) / 1000, bytes: body.length };
}
