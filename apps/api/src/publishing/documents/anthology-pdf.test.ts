import { beforeAll, describe, expect, test } from 'vitest';
import { anthologyPdf } from './anthology-pdf.ts';
import { collapse, PARAGRAPHS, poppler, sampleAnthology, VIETNAMESE_LETTERS } from './test-helpers.ts';
import type { Anthology } from './types.ts';

let anthology: Anthology;
let pdf: Buffer;
let text: string;
let pages: string[];

/** Body text without the page furniture: footer numbers (lines that are only digits) and page breaks. */
const bodyText = (t: string) => collapse(t.replace(/^\s*\d+\s*$/gm, '').replace(/\f/g, '\n'));

beforeAll(async () => {
  anthology = await sampleAnthology();
  pdf = await anthologyPdf(anthology);
  text = await poppler('pdftotext', pdf);
  pages = text.split('\f').slice(0, -1); // pdftotext ends every page with a form feed
});

describe('anthologyPdf', () => {
  test('pdftotext returns NFC text with every letter of the alphabet intact', () => {
    expect(text).toBe(text.normalize('NFC'));
    for (const letter of VIETNAMESE_LETTERS.split(' ')) expect(text).toContain(letter);
    expect(collapse(text)).toContain('Gương sáng làm theo lời Bác');
    expect(text).toContain('Đảng ủy');
  });

  test('every title, tier, byline and body paragraph comes back exactly (whitespace collapsed)', () => {
    const body = bodyText(text);
    for (const story of anthology.stories) {
      expect(body).toContain(story.title.normalize('NFC'));
      expect(body).toContain(story.byline);
      expect(body).toContain(story.tierName);
    }
    for (const p of PARAGRAPHS.slice(0, -1)) expect(body).toContain(collapse(p.text));
    // The last paragraph is single letters a space apart. pdftotext reads evenly spaced single glyphs
    // as letter-spaced words and drops some of those spaces, so it is compared without whitespace.
    const alphabet = PARAGRAPHS.at(-1)!.text.replace(/\s/g, '');
    expect(body.replace(/\s/g, '')).toContain(alphabet);
    // Ligatures (fi, ffi, fl) extract as their letters.
    expect(body).toContain('wifi, phòng office riêng và đèn fluorescent');
  });

  test('cover: contest title, organizer, date', () => {
    const cover = collapse(pages[0]!);
    expect(cover).toContain('Gương sáng làm theo lời Bác năm 2025');
    expect(cover).toContain('TM. Ban Tổ chức');
    expect(cover).toContain('Xuất bản ngày 26 tháng 11 năm 2025');
  });

  test('the contents list every title with the page its chapter starts on', async () => {
    const toc = collapse(pages[1]!);
    expect(toc).toMatch(/^Mục lục/);
    const starts = anthology.stories.map((s) => {
      const title = s.title.normalize('NFC');
      expect(toc).toContain(title);
      // The chapter page: the first after the contents whose text begins with tier and title.
      const index = pages.findIndex((page, i) => i > 1 && collapse(page).startsWith(`${s.tierName} ${title}`));
      expect(index).toBeGreaterThan(1);
      return index + 1;
    });
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // -layout keeps each number on the line of its title.
    const layout = (await poppler('pdftotext', pdf, ['-layout', '-f', '2', '-l', '2'])).split('\n');
    for (const [i, story] of anthology.stories.entries()) {
      const firstWords = story.title.normalize('NFC').split(' ').slice(0, 4).join(' ');
      const line = layout.find((l) => collapse(l).startsWith(firstWords));
      expect(line, firstWords).toMatch(new RegExp(`\\s${starts[i]}\\s*$`));
    }
  });

  test('page count, size, footers, photo captions', async () => {
    const info = await poppler('pdfinfo', pdf);
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(count).toBe(pages.length);
    expect(count).toBeGreaterThanOrEqual(2 + anthology.stories.length);
    expect(count).toBeLessThan(20);
    expect(info).toMatch(/^Page size:\s+419\.53 x 595\.28 pts/m);
    // The footer strip (the bottom 55 pt) holds the page number alone, on every page but the cover.
    const footers = (await poppler('pdftotext', pdf, ['-x', '0', '-y', '540', '-W', '420', '-H', '55'])).split('\f').slice(0, -1);
    expect(footers.map((f) => f.trim())).toEqual(['', ...Array.from({ length: count - 1 }, (_, i) => String(i + 2))]);
    for (const story of anthology.stories) for (const photo of story.photos) expect(bodyText(text)).toContain(photo.altText);
    expect(pdf.toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(3);
  });

  test('metadata: Title and Lang only; reproducible bytes', async () => {
    const info = await poppler('pdfinfo', pdf);
    expect(info).toMatch(/^Title:\s+Gương sáng làm theo lời Bác năm 2025$/m);
    expect(info).not.toMatch(/^(Author|Creator|Producer|CreationDate|ModDate|Subject|Keywords):/m);
    expect(pdf.toString('latin1')).toContain('/Lang (vi)');
    expect((await anthologyPdf(anthology)).equals(pdf)).toBe(true);
  });

  test('English labels; hostile and empty input still gives a valid PDF', async () => {
    const odd = await anthologyPdf({
      ...anthology,
      language: 'en',
      organizerTitle: '',
      stories: [{ ...anthology.stories[2]!, title: 'Tiêu đề <b> & "trích"\u0001', bodyHtml: '<p>a &amp; b &lt;script&gt;</p><p>x<b>y</p>z</i>', photos: [] }],
    });
    const t = collapse(await poppler('pdftotext', odd));
    expect(t).toContain('Contents');
    expect(t).toContain('Published 26 November 2025');
    expect(t).toContain('Tiêu đề <b> & "trích"');
    expect(t).toContain('a & b <script>');
    const empty = await anthologyPdf({ ...anthology, stories: [] });
    expect(await poppler('pdfinfo', empty)).toMatch(/^Pages:\s+2$/m);
  });
});
