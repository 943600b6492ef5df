// `pnpm start` runs the API compiled (scripts/build-api.mjs): the bundles must find what the
// sources find beside themselves (drizzle's migrations) and start their workers compiled too.
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildApiIfNeeded, compiledEntry } from '../../../scripts/build-api.mjs';
import type { DocumentResult, WorkerRequest } from '../src/files/document-task.ts';
import { fixture } from '../src/files/test-helpers.ts';
import { freePort } from './crash-harness.ts';

describe('the compiled API', () => {
  beforeAll(() => buildApiIfNeeded(), 120_000);

  test('the server starts on a fresh data directory: migrations applied, /api/health answers', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gs-compiled-'));
    const port = await freePort();
    const child = spawn(process.execPath, [compiledEntry('src/server.ts')], {
      env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SERVE_WEB: 'false', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    try {
      let health: unknown;
      for (let tries = 0; tries < 1200 && health === undefined; tries++) {
        if (child.exitCode !== null) throw new Error(`the server exited: ${stderr}`);
        health = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.json(), () => undefined);
        if (health === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(health).toEqual({ status: 'ok', database: { journalMode: 'wal', synchronous: 2 } });
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  test('the document worker sanitizes and extracts a DOCX', async () => {
    const worker = fork(compiledEntry('src/files/document-worker.ts'), [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const reply = await new Promise<{ ok: boolean; result?: DocumentResult }>((resolve, reject) => {
      worker.on('message', (message: { ready?: true; ok?: boolean; result?: DocumentResult }) => {
        if (message.ready) worker.send({ id: 1, task: { kind: 'docx', bytes: fixture('essays/essay-01.docx'), extract: true } } satisfies WorkerRequest);
        else resolve({ ok: message.ok === true, result: message.result });
      });
      worker.once('exit', (code) => reject(new Error(`the worker exited (${code})`)));
    });
    expect(reply.ok).toBe(true);
    expect(reply.result?.extracted?.wordCount).toBe(361);
  }, 120_000);
});
