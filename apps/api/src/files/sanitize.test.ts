import { afterAll, expect, test } from 'vitest';
import { DocumentPool } from './document-pool.ts';
import { sanitizeFile } from './sanitize.ts';
import { exiftool, fixture, identifyingTags, leaksIn, unzipAll } from './test-helpers.ts';

const documents = new DocumentPool({ workers: 1, queue: 8 });
afterAll(() => documents.close());

test('documents and photos are sanitized in the worker and come back clean', async () => {
  const [docx, photo] = await Promise.all([
    sanitizeFile('docx', fixture('essays/essay-02.docx'), documents),
    sanitizeFile('jpeg', fixture('essays/photo-01.jpg'), documents),
  ]);
  for (const [name, data] of await unzipAll(docx)) expect(leaksIn(data), name).toEqual([]);
  expect(identifyingTags(exiftool(photo, 'jpg'))).toEqual([]);
});
