// Backups of a data directory (issue 12): `pnpm backup`, `pnpm restore` and the nightly backup all
// run the functions here.
import { backupDatabase, closeDb, createDb, inspectDatabaseCopy, restoreDatabaseCopy, type Db } from '@guong-sang/db';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { blobPath } from '../files/blob-store.ts';
import { runningServerPid } from './data-dir-lock.ts';

export const DATABASE_FILE = 'guong-sang.sqlite';
export const MANIFEST_FILE = 'manifest.json';
const FILES_FOLDER = 'files';
/** Backup folder names: a UTC timestamp, sortable as text and safe on every file system. */
const FOLDER_NAME = /^\d{8}T\d{6}Z$/;

export interface BackupManifest {
  format: 'guong-sang-backup-1';
  /** When the database copy was taken (ISO 8601, UTC). */
  takenAt: string;
  database: { file: string; bytes: number; integrityCheck: 'ok' };
  files: { count: number; bytes: number };
  seconds: number;
}

/** A refused backup or restore, with its reason in both interface languages. */
export class BackupError extends Error {
  constructor(readonly vi: string, readonly en: string, readonly problems: string[] = []) {
    super(`${vi}\n${en}${problems.length > 0 ? `\n${problems.slice(0, 20).map((p) => `  - ${p}`).join('\n')}` : ''}`);
    this.name = 'BackupError';
  }
}

/** `20261202T070910Z` for a moment. */
export function backupFolderName(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

async function sha256OfFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** Flushes a file or a folder (its list of names) to the disk: a backup must survive a crash right after it. */
async function syncToDisk(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Every file the copied `files` table records is in `filesDir` with the bytes it is named by. */
async function checkFiles(filesDir: string, files: { sha256: string; size: number }[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const found = await sha256OfFile(blobPath(filesDir, file.sha256)).catch(() => undefined);
    if (!found) problems.push(`missing file ${file.sha256}`);
    else if (found.sha256 !== file.sha256 || found.bytes !== file.size) problems.push(`file ${file.sha256} does not hold the bytes it is named by`);
  }
  return problems;
}

/**
 * Backs up a running platform into `folder` (which must not exist yet): the database first, by
 * SQLite's online backup, then the files its rows record. Files are written before their rows and
 * never change, so every file a copied row points to is already on disk. The copy is then checked
 * (integrity_check, every file with its SHA-256) and the manifest written last: a folder without
 * one is an unfinished backup.
 */
export async function createBackup(db: Db, dataDir: string, folder: string): Promise<BackupManifest> {
  const startedAt = performance.now();
  if (existsSync(folder) && (await readdir(folder)).length > 0) {
    throw new BackupError(`Thư mục sao lưu ${folder} đã có dữ liệu.`, `The backup folder ${folder} is not empty.`);
  }
  await mkdir(join(folder, FILES_FOLDER), { recursive: true });
  const takenAt = new Date().toISOString();
  const databasePath = join(folder, DATABASE_FILE);
  await backupDatabase(db, databasePath);

  const copy = inspectDatabaseCopy(databasePath);
  if (copy.integrityCheck !== 'ok') {
    throw new BackupError('Bản sao cơ sở dữ liệu bị lỗi.', 'The database copy is damaged.', [`integrity_check: ${copy.integrityCheck}`]);
  }
  const sourceFiles = join(dataDir, FILES_FOLDER);
  const targetFiles = join(folder, FILES_FOLDER);
  for (const file of copy.files) {
    const target = blobPath(targetFiles, file.sha256);
    await mkdir(join(target, '..'), { recursive: true });
    // A missing source file is reported below with the others, not as a bare ENOENT.
    await copyFile(blobPath(sourceFiles, file.sha256), target).catch(() => undefined);
  }
  const problems = await checkFiles(targetFiles, copy.files);
  if (problems.length > 0) {
    throw new BackupError('Bản sao lưu thiếu tệp hoặc tệp bị sai.', 'The backup is missing files or holds wrong ones.', problems);
  }

  // On disk before the manifest says the backup is finished: every file, its folder, the database.
  const folders = new Set<string>();
  for (const file of copy.files) {
    const target = blobPath(targetFiles, file.sha256);
    await syncToDisk(target);
    folders.add(join(target, '..'));
  }
  for (const path of [...folders, targetFiles, databasePath]) await syncToDisk(path);

  const manifest: BackupManifest = {
    format: 'guong-sang-backup-1',
    takenAt,
    database: { file: DATABASE_FILE, bytes: (await stat(databasePath)).size, integrityCheck: 'ok' },
    files: { count: copy.files.length, bytes: copy.files.reduce((sum, file) => sum + file.size, 0) },
    seconds: Math.round((performance.now() - startedAt) / 100) / 10,
  };
  // Written aside, flushed, then renamed: a manifest is whole or absent.
  const pending = join(folder, `${MANIFEST_FILE}.tmp`);
  await writeFile(pending, `${JSON.stringify(manifest, null, 2)}\n`);
  await syncToDisk(pending);
  await rename(pending, join(folder, MANIFEST_FILE));
  await syncToDisk(folder);
  await syncToDisk(join(folder, '..'));
  return manifest;
}

/** `pnpm backup`: backs up the data directory of a server that may be running, through its own connection. */
export async function backupDataDirectory(dataDir: string, folder: string): Promise<BackupManifest> {
  const databasePath = join(dataDir, DATABASE_FILE);
  if (!existsSync(databasePath)) {
    throw new BackupError(`Không có cơ sở dữ liệu tại ${databasePath}.`, `There is no database at ${databasePath}.`);
  }
  const db = createDb(databasePath, { migrate: false });
  try {
    return await createBackup(db, dataDir, folder);
  } finally {
    closeDb(db);
  }
}

/** Checks a backup folder as a whole; throws a BackupError naming every problem found. */
export async function verifyBackup(folder: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(join(folder, MANIFEST_FILE), 'utf8')) as BackupManifest;
    if (manifest.format !== 'guong-sang-backup-1') throw new Error('format');
  } catch {
    throw new BackupError(
      `${folder} không phải bản sao lưu hoàn chỉnh (thiếu hoặc hỏng ${MANIFEST_FILE}).`,
      `${folder} is not a finished backup (${MANIFEST_FILE} missing or unreadable).`,
    );
  }
  let copy: ReturnType<typeof inspectDatabaseCopy>;
  try {
    copy = inspectDatabaseCopy(join(folder, DATABASE_FILE));
  } catch (error) {
    throw new BackupError('Không đọc được cơ sở dữ liệu trong bản sao lưu.', 'The backup\'s database cannot be read.', [String(error)]);
  }
  if (copy.integrityCheck !== 'ok') {
    throw new BackupError('Cơ sở dữ liệu trong bản sao lưu bị lỗi.', 'The backup\'s database is damaged.', [`integrity_check: ${copy.integrityCheck}`]);
  }
  const problems = await checkFiles(join(folder, FILES_FOLDER), copy.files);
  if (problems.length > 0) {
    throw new BackupError('Bản sao lưu thiếu tệp hoặc tệp bị sai.', 'The backup is missing files or holds wrong ones.', problems);
  }
  return manifest;
}

/**
 * Brings a checked backup back into `dataDir`; refused while a server runs on it (its server.pid,
 * operations/data-dir-lock.ts). A data directory that
 * already holds a database is refused unless `force`; then its database and files are moved
 * aside into `dataDir/replaced-<timestamp>`, never deleted.
 */
export async function restoreBackup(folder: string, dataDir: string, options: { force?: boolean } = {}): Promise<{ manifest: BackupManifest; movedAsideTo?: string }> {
  const serverPid = runningServerPid(dataDir);
  if (serverPid !== null) {
    throw new BackupError(
      `Máy chủ đang chạy trên ${dataDir} (tiến trình ${serverPid}): hãy dừng máy chủ rồi khôi phục lại.`,
      `The server is running on ${dataDir} (process ${serverPid}): stop it, then restore.`,
    );
  }
  const manifest = await verifyBackup(folder);
  const databasePath = join(dataDir, DATABASE_FILE);
  let movedAsideTo: string | undefined;
  if (existsSync(databasePath)) {
    if (!options.force) {
      throw new BackupError(
        `${dataDir} đã có cơ sở dữ liệu; dùng --force để thay (dữ liệu cũ được chuyển sang một thư mục bên cạnh, không bị xóa).`,
        `${dataDir} already holds a database; use --force to replace it (the old data is moved aside, not deleted).`,
      );
    }
    movedAsideTo = join(dataDir, `replaced-${backupFolderName(new Date())}`);
    await mkdir(movedAsideTo, { recursive: true });
    for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, FILES_FOLDER]) {
      if (existsSync(join(dataDir, name))) await rename(join(dataDir, name), join(movedAsideTo, name));
    }
  }
  await mkdir(join(dataDir, FILES_FOLDER), { recursive: true });
  const { files } = inspectDatabaseCopy(join(folder, DATABASE_FILE));
  for (const file of files) {
    const target = blobPath(join(dataDir, FILES_FOLDER), file.sha256);
    await mkdir(join(target, '..'), { recursive: true });
    await copyFile(blobPath(join(folder, FILES_FOLDER), file.sha256), target);
  }
  // The database last: a restore cut short leaves files without a database, which a rerun replaces.
  await restoreDatabaseCopy(join(folder, DATABASE_FILE), databasePath);
  return { manifest, ...(movedAsideTo && { movedAsideTo }) };
}

/** Keeps the newest `keep` finished backups in `backupDir`; removes older ones and nothing else. */
export async function pruneBackups(backupDir: string, keep: number): Promise<string[]> {
  const names = (await readdir(backupDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && FOLDER_NAME.test(entry.name) && existsSync(join(backupDir, entry.name, MANIFEST_FILE)))
    .map((entry) => entry.name)
    .sort();
  const removed = names.slice(0, Math.max(0, names.length - keep));
  for (const name of removed) await rm(join(backupDir, name), { recursive: true, force: true });
  return removed;
}
