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

describe('a PDF page\'s first and last lines', () => {
  // The identity warning reads this text, the judges read the PDF: a line dropped as a page number
  // must be one a page can have (up to 999, as page numbering in the DOCX and ODT copies), never a
  // phone or id number alone on a page's last line.
  test('a page number goes; a phone or id number alone on the line stays', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    const lines = (page: number, last: string) => {
      const p = doc.addPage([595, 842]);
      ['Tam guong sang cua khoa Noi', `Doan ${page} ke ve nhung dem truc cua anh ay va cac dong nghiep.`].forEach((text, i) =>
        p.drawText(text, { x: 56, y: 780 - i * 20, size: 12 }));
      p.drawText(last, { x: 280, y: 40, size: 12 });
    };
    lines(1, '- 1 -');
    lines(2, 'Trang 2/3');
    lines(3, '0903123456');
    lines(4, '079185001234');
    lines(5, 'Trang 0903123456');
    const { text } = await extractText('pdf', Buffer.from(await doc.save()), documents);
    expect(text).not.toMatch(/- 1 -|Trang 2/);
    expect(text).toContain('0903123456');
    expect(text).toContain('079185001234');
    expect(text).toContain('Trang 0903123456');
  });
});
