import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { blobPath, putBlob, readBlob, sweepBlobStore } from './blob-store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gs-blobs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function allFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('blob store', () => {
  test('stores by SHA-256 under a two-digit folder; the file holds exactly the bytes', async () => {
    const bytes = Buffer.from('Gương sáng làm theo lời Bác');
    const hash = await putBlob(dir, bytes);
    expect(hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(blobPath(dir, hash)).toBe(join(dir, hash.slice(0, 2), hash));
    expect(readFileSync(blobPath(dir, hash)).equals(bytes)).toBe(true);
    expect((await readBlob(dir, hash)).equals(bytes)).toBe(true);
  });

  test('the same bytes twice (even at once) give one hash and one file, and no temp files', async () => {
    const bytes = Buffer.alloc(256 * 1024, 7);
    const hashes = await Promise.all([putBlob(dir, bytes), putBlob(dir, bytes), putBlob(dir, Uint8Array.from(bytes))]);
    hashes.push(await putBlob(dir, bytes));
    expect(new Set(hashes).size).toBe(1);
    expect(allFiles(dir)).toEqual([blobPath(dir, hashes[0]!)]);
  });

  test('different bytes, different files; empty files are fine', async () => {
    const a = await putBlob(dir, Buffer.from('a'));
    const b = await putBlob(dir, Buffer.from('b'));
    const empty = await putBlob(dir, Buffer.alloc(0));
    expect(new Set([a, b, empty]).size).toBe(3);
    expect(allFiles(dir).sort()).toEqual([a, b, empty].map((h) => blobPath(dir, h)).sort());
    expect((await readBlob(dir, empty)).length).toBe(0);
  });

  test('only digests form paths', async () => {
    expect(() => blobPath(dir, '../../etc/passwd')).toThrow(TypeError);
    expect(() => blobPath(dir, 'A'.repeat(64))).toThrow(TypeError);
    await expect(readBlob(dir, 'bai-du-thi.docx')).rejects.toThrow(TypeError);
  });

  test('the sweep at start removes a killed write\'s temp file and blobs no row records, and nothing else', async () => {
    const recorded = await putBlob(dir, Buffer.from('bài đã nộp'));
    const unrecorded = await putBlob(dir, Buffer.from('tải lên bị ngắt trước khi ghi dòng'));
    // What a SIGKILL between open and rename leaves: a partial file under a temp name.
    const torn = join(dir, recorded.slice(0, 2), '.tmp-0123456789abcdef0123456789abcdef');
    writeFileSync(torn, 'nửa tệp');
    mkdirSync(join(dir, 'ff'), { recursive: true });
    writeFileSync(join(dir, 'ff', '.tmp-fedcba9876543210'), '');
    // Not the store's: a file whose name is no digest is left alone.
    writeFileSync(join(dir, 'README'), 'x');

    const removed = await sweepBlobStore(dir, (sha256) => sha256 === recorded);
    expect(removed).toEqual({ tempFiles: 2, unrecordedBlobs: 1 });
    expect(allFiles(dir).sort()).toEqual([join(dir, 'README'), blobPath(dir, recorded)].sort());
    expect(allFiles(dir)).not.toContain(blobPath(dir, unrecorded));
    expect(await sweepBlobStore(dir, () => false).then(() => allFiles(dir))).toEqual([join(dir, 'README')]);
  });

  test('the sweep of a store that does not exist yet removes nothing', async () => {
    expect(await sweepBlobStore(join(dir, 'missing'), () => false)).toEqual({ tempFiles: 0, unrecordedBlobs: 0 });
  });
});
