import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { backupFolderName, BackupError, pruneBackups, restoreBackup } from './backup.ts';
import { holdDataDir, runningServerPid, SERVER_PID_FILE } from './data-dir-lock.ts';

describe('keeping the last nightly backups', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('removes the oldest finished backups beyond BACKUP_KEEP and nothing else', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gs-prune-'));
    const finished = ['20261128T190000Z', '20261129T190000Z', '20261130T190000Z', '20261201T190000Z'];
    for (const name of finished) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'manifest.json'), '{}');
    }
    // Someone's own folder and a backup still being written are left alone.
    mkdirSync(join(dir, 'ban-sao-tay'));
    writeFileSync(join(dir, 'ban-sao-tay', 'manifest.json'), '{}');
    mkdirSync(join(dir, '20261127T190000Z'));

    expect(await pruneBackups(dir, 2)).toEqual(['20261128T190000Z', '20261129T190000Z']);
    expect(readdirSync(dir).sort()).toEqual(['20261127T190000Z', '20261130T190000Z', '20261201T190000Z', 'ban-sao-tay']);
    expect(await pruneBackups(dir, 7)).toEqual([]);
    expect(existsSync(join(dir, '20261201T190000Z', 'manifest.json'))).toBe(true);
  });

  it('names folders by UTC time, sortable as text', () => {
    expect(backupFolderName(new Date('2026-12-02T07:09:10.123Z'))).toBe('20261202T070910Z');
  });
});

describe('restore while the server runs', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is refused with a clear message while a server holds DATA_DIR, and allowed once it has stopped (even killed)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gs-lock-'));
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    const lock = new URL('./data-dir-lock.ts', import.meta.url).pathname;
    // A server process: it holds the data directory as server.ts does, then waits.
    const server = spawn(process.execPath, ['--import', 'tsx', '-e',
      `const { holdDataDir } = await import(${JSON.stringify(lock)}); holdDataDir(${JSON.stringify(dataDir)}); console.log('held'); setInterval(() => {}, 1000);`,
    ], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await once(server.stdout!, 'data');
      expect(runningServerPid(dataDir)).toBe(server.pid);
      const refused = await restoreBackup(join(dir, 'backup'), dataDir).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(BackupError);
      expect((refused as Error).message).toContain(`Máy chủ đang chạy trên ${dataDir} (tiến trình ${server.pid})`);
      expect((refused as Error).message).toContain('stop it, then restore');
      // A second server on the same directory is refused too.
      expect(() => holdDataDir(dataDir)).toThrow(/Another server/);
    } finally {
      server.kill('SIGKILL');
      await once(server, 'exit');
    }
    // Killed, its server.pid stays behind: a dead process holds nothing.
    expect(existsSync(join(dataDir, SERVER_PID_FILE))).toBe(true);
    expect(runningServerPid(dataDir)).toBeNull();
    const next = await restoreBackup(join(dir, 'backup'), dataDir).catch((error: unknown) => error);
    expect((next as Error).message).toContain('manifest.json');
    // The server that starts next takes the directory over, and gives it back at shutdown.
    const release = holdDataDir(dataDir);
    release();
    expect(existsSync(join(dataDir, SERVER_PID_FILE))).toBe(false);
  });
});
