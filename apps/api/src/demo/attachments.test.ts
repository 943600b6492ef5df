import { createDb, getContestBySlug, listAttachments, listEntriesByContest } from '@guong-sang/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedSinceSubmission } from '../entries/view.ts';
import { readBlob } from '../files/blob-store.ts';
import { DocumentPool } from '../files/document-pool.ts';
import { exiftool, identifyingTags } from '../files/test-helpers.ts';
import { addDemoAttachments } from './attachments.ts';
import { DEMO_CONTEST_SLUG } from './contests.ts';
import { seedDemo } from './seed.ts';

const db = createDb(':memory:');
const filesDir = mkdtempSync(join(tmpdir(), 'gs-demo-files-'));
const now = new Date('2026-11-26T03:00:00Z');
const documents = new DocumentPool({ workers: 2, queue: 64 });

beforeAll(async () => {
  seedDemo(db, { passwordHash: 'x', now });
  await addDemoAttachments(db, filesDir, documents, now);
}, 120_000);
afterAll(async () => {
  await documents.close();
  rmSync(filesDir, { recursive: true, force: true });
});

describe('demo attachments', () => {
  const withFiles = () => {
    const contest = getContestBySlug(db, DEMO_CONTEST_SLUG);
    return listEntriesByContest(db, contest?.id ?? 0).filter((e) => listAttachments(db, e.id).length > 0);
  };

  it('give a dozen submitted entries a DOCX, most also a photo, re-submitted with them', () => {
    const entries = withFiles();
    expect(entries).toHaveLength(12);
    const kinds = entries.flatMap((e) => listAttachments(db, e.id).map((a) => a.fileKind));
    expect(kinds.filter((k) => k === 'docx')).toHaveLength(12);
    expect(kinds.filter((k) => k === 'jpeg').length).toBeGreaterThan(4);
    for (const entry of entries) expect(changedSinceSubmission(db, entry)).toBe(false);
  });

  it('store photo copies for judges without the author in their EXIF', async () => {
    const photo = withFiles().flatMap((e) => listAttachments(db, e.id)).find((a) => a.fileKind === 'jpeg');
    const original = exiftool(await readBlob(filesDir, photo?.originalSha256 ?? ''), 'jpg');
    expect(original['IFD0:Artist']).toBeTruthy();
    const sanitized = exiftool(await readBlob(filesDir, photo?.sanitizedSha256 ?? ''), 'jpg');
    expect(sanitized['IFD0:Artist']).toBeUndefined();
    expect(sanitized['IFD0:ImageDescription']).toBeUndefined();
    expect(identifyingTags(sanitized)).toEqual([]);
  });
});
