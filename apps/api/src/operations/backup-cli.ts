// `pnpm backup [FOLDER]`: backs up DATA_DIR (read like the server) while the server runs.
import { closeDb, createDb } from '@guong-sang/db';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { BackupError, backupFolderName, createBackup, DATABASE_FILE } from './backup.ts';

try {
  const { dataDir } = loadConfig();
  const folder = resolve(process.argv[2] ?? join('backups', backupFolderName(new Date())));
  const databasePath = join(dataDir, DATABASE_FILE);
  if (!existsSync(databasePath)) {
    throw new BackupError(`Không có cơ sở dữ liệu tại ${databasePath}.`, `There is no database at ${databasePath}.`);
  }
  const db = createDb(databasePath, { migrate: false });
  try {
    const manifest = await createBackup(db, dataDir, folder);
    console.log(`Đã sao lưu / Backed up: ${folder}`);
    console.log(`  database ${manifest.database.bytes} bytes (integrity_check ok), ${manifest.files.count} files (${manifest.files.bytes} bytes), ${manifest.seconds} s`);
  } finally {
    closeDb(db);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
