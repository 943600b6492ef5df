import { afterAll, describe, expect, test } from 'vitest';
import { countWords } from '@guong-sang/text';
import { DocumentPool } from './document-pool.ts';
import { extractText } from './extract.ts';
import type { DocumentKind } from './kinds.ts';
import { fixture, words } from './test-helpers.ts';

const documents = new DocumentPool({ workers: 2, queue: 8 });
afterAll(() => documents.close());

const paragraphsOf = (text: string) => text.trim().split(/\n\s*\n/);

describe('extractText', () => {
  test.each([
    // essay-01.docx has a tracked insertion (the paragraph "Tôi biết anh từ những ngày…") and a
    // comment on the first paragraph: the insertion is accepted, so the text is the whole of
    // essay-01.txt, and the comment's words ("Nhớ sửa lại…") are not part of it.
    ['essay-01.docx', 'docx', 'essay-01.txt'],
    ['essay-01.pdf', 'pdf', 'essay-01.txt'],
    // essay-02's files have the same insertion and comment, in Word and in Writer form.
    ['essay-02.docx', 'docx', 'essay-02.txt'],
    ['essay-02.odt', 'odt', 'essay-02.txt'],
  ] as const)('%s reads as %s', async (file, kind: DocumentKind, expected) => {
    const essay = fixture(`essays/${expected}`).toString('utf8');
    const extracted = await extractText(kind, fixture(`essays/${file}`), documents);
    expect(words(extracted.text)).toEqual(words(essay));
    expect(extracted.wordCount).toBe(countWords(essay));
    expect(extracted.text).not.toContain('Nhớ sửa lại');
    // Title as a heading, then the paragraphs as the entrant wrote them (PDF ones found from line positions).
    expect(paragraphsOf(extracted.text)).toEqual(paragraphsOf(essay));
    expect(extracted.html).toMatch(/^<h2>[^<]+<\/h2><p>/);
    expect(extracted.text).toBe(extracted.text.normalize('NFC'));
  });
});
