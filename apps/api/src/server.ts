import { closeDb, createDb, isFileRecorded, type Db } from '@guong-sang/db';
import closeWithGrace from 'close-with-grace';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { sweepBlobStore } from './files/blob-store.ts';
import { scheduleNightlyBackups } from './operations/backup-schedule.ts';
import { holdDataDir } from './operations/data-dir-lock.ts';
import { startMailLoop } from './mail/loop.ts';
import { prepareFirstRun } from './first-run.ts';
import { isMainModule } from './lib/process-entry.ts';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** Starts the platform: database under DATA_DIR, API and web app on one port. */
export interface StartOptions {
  /** Runs on the open database before first-run checks (the demo seeds here). */
  prepare?: (db: Db, config: Config) => Promise<void>;
  /** Runs once the server listens. */
  onReady?: (config: Config) => void;
}

export async function startServer(options: StartOptions = {}) {
  const config = readConfig();
  const filesDir = join(config.dataDir, 'files');
  mkdirSync(filesDir, { recursive: true });
  let releaseDataDir: () => void;
  try {
    releaseDataDir = holdDataDir(config.dataDir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const db = createDb(join(config.dataDir, 'guong-sang.sqlite'));
  // Before anything can write: what a crash left half-written in the file store goes.
  const swept = await sweepBlobStore(filesDir, (sha256) => isFileRecorded(db, sha256));
  if (swept.tempFiles + swept.unrecordedBlobs > 0) {
    console.log(`Removed ${swept.tempFiles} unfinished and ${swept.unrecordedBlobs} unrecorded file(s) left by an interrupted upload.`);
  }
  await options.prepare?.(db, config);
  const setupLink = await prepareFirstRun(db, config);

  const app = await buildApp({ config, db, serveWeb: config.serveWeb, logger: { level: config.logLevel } });
  const stopBackups = config.backup
    ? scheduleNightlyBackups({
      db, dataDir: config.dataDir, backupDir: config.backup.dir, at: config.backup.at, keep: config.backup.keep,
      log: { info: (message) => app.log.info(message), error: (message) => app.log.error(message) },
    })
    : undefined;
  const stopMail = startMailLoop({ db, config, log: { error: (message) => app.log.error(message) } });
  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    stopBackups?.();
    await stopMail();
    await app.close();
    closeDb(db);
    releaseDataDir();
  });
  await app.listen({ port: config.port, host: config.host });

  console.log(`\nGương Sáng is running at ${config.origin} (data in ${config.dataDir})`);
  if (setupLink) {
    console.log('\nNo organizer yet. Open this one-time link to create the first organizer account:');
    console.log(`  ${setupLink}\n`);
  }
  options.onReady?.(config);
  return app;
}

if (isMainModule(import.meta.url)) await startServer();
