// Which process serves a data directory: the server holds DATA_DIR/server.pid while it runs, so
// `pnpm restore` can refuse to replace a database under a running server.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SERVER_PID_FILE = 'server.pid';

/** Whether a process with this id exists (signal 0 checks without sending anything). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The id of the live server process holding `dataDir`, if any (a file left by a crash does not count). */
export function runningServerPid(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(join(dataDir, SERVER_PID_FILE), 'utf8'), 10);
  } catch {
    return null;
  }
  return Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid) ? pid : null;
}

/**
 * Marks `dataDir` as served by this process until the returned function is called (at shutdown).
 * A second server on the same directory is refused: two writers' mail loops and backups would race.
 */
export function holdDataDir(dataDir: string): () => void {
  const other = runningServerPid(dataDir);
  if (other !== null) {
    throw new Error(`Another server (process ${other}) is running on ${dataDir}. / Một máy chủ khác (tiến trình ${other}) đang chạy trên ${dataDir}.`);
  }
  const path = join(dataDir, SERVER_PID_FILE);
  writeFileSync(path, `${process.pid}\n`);
  return () => {
    if (runningServerPid(dataDir) === null) rmSync(path, { force: true });
  };
}
