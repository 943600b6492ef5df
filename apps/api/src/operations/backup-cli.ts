// `pnpm backup [FOLDER]`: backs up DATA_DIR (read like the server) while the server runs.
import { join, resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { backupDataDirectory, backupFolderName } from './backup.ts';

try {
  const { dataDir } = loadConfig();
  const folder = resolve(process.argv[2] ?? join('backups', backupFolderName(new Date())));
  const manifest = await backupDataDirectory(dataDir, folder);
  console.log(`Đã sao lưu / Backed up: ${folder}`);
  console.log(`  database ${manifest.database.bytes} bytes (integrity_check ok), ${manifest.files.count} files (${manifest.files.bytes} bytes), ${manifest.seconds} s`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
