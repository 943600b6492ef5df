import { closeDb, createDb, durabilityPragmas } from '@guong-sang/db';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng } from '../src/demo/prng.ts';
import { blobPath } from '../src/files/blob-store.ts';
import { backupDataDirectory, BackupError, DATABASE_FILE, restoreBackup, verifyBackup } from '../src/operations/backup.ts';
import { freePort, openContestWithEntrants, Server, sleep, verify, type Tally } from './crash-harness.ts';

// Issue 12 acceptance: a backup taken during a submission load restores to a database that passes
// integrity_check and holds every submission acknowledged before the backup began.
describe('backups during the submission rush', () => {
  it('pnpm backup under load, then pnpm restore into a fresh DATA_DIR: intact, nothing acknowledged before it missing', async () => {
    const work = mkdtempSync(join(tmpdir(), 'gs-backup-'));
    const dataDir = join(work, 'data');
    const backupFolder = join(work, 'backup');
    const restoredDir = join(work, 'restored');
    const port = await freePort();
    const server = new Server(`http://127.0.0.1:${port}`, port, dataDir);
    const tally: Tally = { acks: [], uploads: [], withdrawals: 0, unanswered: 0, serverErrors: 0, refusals: {} };
    try {
      await server.start();
      const clients = await openContestWithEntrants(server, 20, createRng(20261212), tally);
      let stopped = false;
      const running = clients.map((client) => client.run(() => stopped));
      const waitFor = async (done: () => boolean, what: string) => {
        for (let waited = 0; !done(); waited++) {
          if (waited > 1200) throw new Error(`not ${what} in 2 minutes`);
          await sleep(100);
        }
      };
      await waitFor(() => tally.acks.length >= 20 && tally.uploads.length >= 3, '20 submissions and 3 uploads acknowledged');

      // What the server had acknowledged when the backup began; the rush goes on meanwhile.
      const before: Tally = { ...tally, acks: [...tally.acks], uploads: [...tally.uploads] };
      const manifest = await backupDataDirectory(dataDir, backupFolder);
      const acksDuringBackup = tally.acks.length - before.acks.length;
      await waitFor(() => tally.acks.length >= before.acks.length + acksDuringBackup + 10, '10 more submissions after the backup');
      stopped = true;
      await Promise.all(running);
      await server.stop('SIGTERM');

      console.log(`${before.acks.length} submissions and ${before.uploads.length} uploads acknowledged before the backup, `
        + `${acksDuringBackup} while it ran (${manifest.seconds} s, ${manifest.files.count} files), ${tally.acks.length} in all`);
      expect(manifest.database.integrityCheck).toBe('ok');
      expect(manifest.files.count).toBeGreaterThan(0);
      expect(tally.serverErrors).toBe(0);

      const restored = await restoreBackup(backupFolder, restoredDir);
      expect(restored.manifest).toEqual(manifest);
      const db = createDb(join(restoredDir, DATABASE_FILE));
      try {
        const problems: string[] = [];
        const checked = verify(db, restoredDir, before, problems);
        expect(problems).toEqual([]);
        expect(checked.integrityCheck).toBe('ok');
        expect(checked.lost).toBe(0);
        expect(checked.uploadsLost).toBe(0);
        expect(checked.versionsStored).toBeGreaterThanOrEqual(before.acks.length);
        // Restored with the server's durability settings.
        expect(durabilityPragmas(db)).toMatchObject({ journalMode: 'wal', synchronous: 2 });
      } finally {
        closeDb(db);
      }

      // A data directory that holds a database is refused, in both languages, unless --force;
      // then the old data is moved aside, not deleted.
      const refused = await restoreBackup(backupFolder, restoredDir).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(BackupError);
      expect((refused as BackupError).vi).toMatch(/đã có cơ sở dữ liệu.*--force/);
      expect((refused as BackupError).en).toMatch(/already holds a database.*--force/);
      const forced = await restoreBackup(backupFolder, restoredDir, { force: true });
      expect(readdirSync(forced.movedAsideTo ?? '').sort()).toEqual(['files', DATABASE_FILE]);

      // A backup whose file no longer holds the bytes its row records is refused before anything is touched.
      const db2 = createDb(join(backupFolder, DATABASE_FILE), { migrate: false });
      const someFile = db2.$client.prepare('select sha256 from files limit 1').get() as { sha256: string };
      closeDb(db2);
      writeFileSync(blobPath(join(backupFolder, 'files'), someFile.sha256), 'hỏng');
      const damaged = await verifyBackup(backupFolder).catch((error: unknown) => error);
      expect(damaged).toBeInstanceOf(BackupError);
      expect((damaged as BackupError).problems).toEqual([`file ${someFile.sha256} does not hold the bytes it is named by`]);
      const fresh = join(work, 'fresh');
      await expect(restoreBackup(backupFolder, fresh)).rejects.toThrow(/Bản sao lưu thiếu tệp hoặc tệp bị sai[\s\S]*missing files or holds wrong ones/);
      expect(readdirSync(work)).not.toContain('fresh');
    } finally {
      await server.stop('SIGKILL');
      rmSync(work, { recursive: true, force: true });
    }
  }, 240_000);
});
