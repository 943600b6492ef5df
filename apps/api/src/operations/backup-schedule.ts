import type { Db } from '@guong-sang/db';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { backupFolderName, createBackup, pruneBackups } from './backup.ts';

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving since 1975). */
const VIETNAM_OFFSET_MS = 7 * 3600e3;
const DAY_MS = 86_400e3;

export interface TimeOfDay { hour: number; minute: number }

/** `02:00` → { hour: 2, minute: 0 }; undefined when it is not a time of day. */
export function parseTimeOfDay(text: string): TimeOfDay | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : undefined;
}

/** The first moment strictly after `now` that is `at` o'clock in Vietnam. */
export function nextBackupTime(now: Date, at: TimeOfDay): Date {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  const today = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), at.hour, at.minute) - VIETNAM_OFFSET_MS;
  return new Date(today > now.getTime() ? today : today + DAY_MS);
}

export interface NightlyBackupOptions {
  db: Db;
  dataDir: string;
  backupDir: string;
  at: TimeOfDay;
  keep: number;
  log: { info: (message: string) => void; error: (message: string) => void };
}

/** Takes one backup a day at `at` (Vietnam time) into `backupDir/<timestamp>`; returns a stop function. */
export function scheduleNightlyBackups(options: NightlyBackupOptions): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const plan = () => {
    if (stopped) return;
    const delay = Math.max(0, nextBackupTime(new Date(), options.at).getTime() - Date.now());
    timer = setTimeout(() => void run(), delay);
    timer.unref();
  };
  const run = async () => {
    const folder = join(options.backupDir, backupFolderName(new Date()));
    try {
      const manifest = await createBackup(options.db, options.dataDir, folder);
      const removed = await pruneBackups(options.backupDir, options.keep);
      options.log.info(`nightly backup in ${folder}: ${manifest.files.count} files, ${manifest.database.bytes} bytes of database; removed ${removed.length} older`);
    } catch (error) {
      options.log.error(`nightly backup into ${folder} failed: ${error instanceof Error ? error.message : String(error)}`);
      // An unfinished backup (no manifest) would never be pruned: it goes at once.
      await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    }
    plan();
  };
  plan();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
