import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const SHA256_HEX = /^[0-9a-f]{64}$/;
const TEMP_PREFIX = '.tmp-';

/**
 * Where a blob lives: `<dir>/<first two hex digits>/<sha256>`. Only hashes ever name files, so no
 * user-supplied name reaches the disk; anything else is refused before it can form a path.
 */
export function blobPath(dir: string, sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new TypeError('not a SHA-256 hex digest');
  return join(dir, sha256.slice(0, 2), sha256);
}

async function fsyncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
}

/**
 * Stores bytes by content and returns their SHA-256 (hex). Durable before it returns (DESIGN.md,
 * Nothing lost: files are written before the row that points to them): temp file in the target
 * folder, fsync, rename, fsync of the folder. Storing the same bytes again is a no-op.
 */
export async function putBlob(dir: string, bytes: Uint8Array): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = blobPath(dir, sha256);
  if (await exists(target)) return sha256;
  const folder = join(dir, sha256.slice(0, 2));
  const newFolder = !(await exists(folder));
  await mkdir(folder, { recursive: true });
  // A dot-name that can never be a digest; left behind only by a crash mid-write.
  const temp = join(folder, `${TEMP_PREFIX}${randomBytes(16).toString('hex')}`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(folder);
  if (newFolder) await fsyncDirectory(dir);
  return sha256;
}

export async function readBlob(dir: string, sha256: string): Promise<Buffer> {
  return readFile(blobPath(dir, sha256));
}

/**
 * Removes what killed writes leave behind: temp files (a crash before the rename) and blobs no
 * row records (a crash, or a refused write, between the file and its row). Only safe while
 * nothing else writes the store: the server runs it at start, before it listens.
 */
export async function sweepBlobStore(
  dir: string,
  isRecorded: (sha256: string) => boolean,
): Promise<{ tempFiles: number; unrecordedBlobs: number }> {
  const removed = { tempFiles: 0, unrecordedBlobs: 0 };
  const folders = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const folder of folders) {
    if (!folder.isDirectory() || !/^[0-9a-f]{2}$/.test(folder.name)) continue;
    const path = join(dir, folder.name);
    let changed = false;
    for (const name of await readdir(path)) {
      if (name.startsWith(TEMP_PREFIX)) {
        removed.tempFiles++;
      } else if (SHA256_HEX.test(name) && name.startsWith(folder.name) && !isRecorded(name)) {
        removed.unrecordedBlobs++;
      } else {
        continue;
      }
      await unlink(join(path, name));
      changed = true;
    }
    if (changed) await fsyncDirectory(path);
  }
  return removed;
}
