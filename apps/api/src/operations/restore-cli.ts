// `pnpm restore FOLDER [--force]`: checks a backup, then brings it back into DATA_DIR (server stopped).
import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { BackupError, restoreBackup } from './backup.ts';

try {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const folders = args.filter((arg) => arg !== '--force');
  if (folders.length !== 1 || folders[0]?.startsWith('-')) {
    throw new BackupError('Cách dùng: pnpm restore THƯ_MỤC [--force]', 'Usage: pnpm restore FOLDER [--force]');
  }
  const { dataDir } = loadConfig();
  const restored = await restoreBackup(resolve(folders[0] ?? ''), dataDir, { force });
  console.log(`Đã khôi phục / Restored the backup of ${restored.manifest.takenAt} into ${dataDir}`);
  if (restored.movedAsideTo) console.log(`  dữ liệu cũ / the old data: ${restored.movedAsideTo}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
