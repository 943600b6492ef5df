import { describe, expect, test } from 'vitest';
import { certificatePdf, certificatesPdf } from './certificate-pdf.ts';
import { englishDate, vietnameseDate } from './dates.ts';
import { collapse, poppler } from './test-helpers.ts';
import type { Certificate } from './types.ts';

const certificate: Certificate = {
  contestTitle: 'Gương sáng làm theo lời Bác năm 2025',
  tierName: 'Giải Nhất',
  recipientName: 'Nguyễn Thị Hồng Nhung',
  unitName: 'Đảng ủy Sở Y tế',
  entryTitle: 'Chị Nguyễn Thị Hồng Nhung – điều dưỡng khoa Hồi sức tích cực',
  // 01:30 on the 26th in Hồ Chí Minh City, still the 25th in UTC.
  issuedAt: new Date('2026-11-25T18:30:00Z'),
  organizerTitle: 'TM. Ban Tổ chức',
  code: 'GS25-0042',
};

describe('dates', () => {
  test.each([
    ['2026-11-25T18:30:00Z', 'ngày 26 tháng 11 năm 2026', '26 November 2026'],
    ['2026-11-25T16:59:59Z', 'ngày 25 tháng 11 năm 2026', '25 November 2026'],
    ['2026-01-03T02:00:00Z', 'ngày 03 tháng 01 năm 2026', '3 January 2026'],
    ['2026-02-09T02:00:00Z', 'ngày 09 tháng 02 năm 2026', '9 February 2026'],
    ['2026-03-05T02:00:00Z', 'ngày 05 tháng 3 năm 2026', '5 March 2026'],
    ['2025-12-31T17:00:00Z', 'ngày 01 tháng 01 năm 2026', '1 January 2026'],
  ])('%s in Asia/Ho_Chi_Minh', (iso, vi, en) => {
    expect(vietnameseDate(new Date(iso))).toBe(vi);
    expect(englishDate(new Date(iso))).toBe(en);
  });
});

describe('certificatePdf', () => {
  test('pdftotext returns every line exactly, in NFC', async () => {
    const pdf = await certificatePdf({ ...certificate, recipientName: certificate.recipientName.normalize('NFD') });
    const text = await poppler('pdftotext', pdf);
    expect(text).toBe(text.normalize('NFC'));
    const lines = text.split('\n').map((l) => l.trim());
    for (const line of [
      'GIẤY CHỨNG NHẬN',
      'Gương sáng làm theo lời Bác năm 2025',
      'Chứng nhận',
      'Nguyễn Thị Hồng Nhung',
      'Đảng ủy Sở Y tế',
      'Đạt Giải Nhất',
      'với bài dự thi “Chị Nguyễn Thị Hồng Nhung – điều dưỡng khoa Hồi sức tích cực”',
      'Thành phố Hồ Chí Minh, ngày 26 tháng 11 năm 2026',
      'TM. Ban Tổ chức',
      'Số: GS25-0042',
    ]) {
      expect(lines).toContain(line);
    }
  });

  test('one A4 landscape page, Title and Lang only, reproducible', async () => {
    const pdf = await certificatePdf(certificate);
    const info = await poppler('pdfinfo', pdf);
    expect(info).toMatch(/^Pages:\s+1$/m);
    expect(info).toMatch(/^Page size:\s+841\.89 x 595\.28 pts/m);
    expect(info).toMatch(/^Title:\s+Giấy chứng nhận — Gương sáng làm theo lời Bác năm 2025$/m);
    expect(info).not.toMatch(/^(Author|Creator|Producer|CreationDate|ModDate):/m);
    expect(pdf.toString('latin1')).toContain('/Lang (vi)');
    expect((await certificatePdf(certificate)).equals(pdf)).toBe(true);
  });

  test('certificatesPdf: one page each, in order, even with a long name and title and no unit', async () => {
    const people = [
      certificate,
      { ...certificate, recipientName: 'Lò Văn Sướng', tierName: 'Giải Nhì', unitName: null },
      {
        ...certificate,
        // Too wide for one line at full size: shrunk, not wrapped.
        recipientName: 'Tôn Nữ Thị Phương Thảo Nguyễn Hoàng Bảo Ngọc',
        tierName: 'Giải Khuyến khích',
        entryTitle: 'Người thầy của bản làng: '.repeat(8).trim(),
      },
    ];
    const pdf = await certificatesPdf(people);
    expect(await poppler('pdfinfo', pdf)).toMatch(/^Pages:\s+3$/m);
    for (const [i, c] of people.entries()) {
      const page = await poppler('pdftotext', pdf, ['-f', String(i + 1), '-l', String(i + 1)]);
      expect(page.split('\n').map((l) => l.trim())).toContain(c.recipientName);
      expect(collapse(page)).toContain(`Đạt ${c.tierName}`);
      expect(collapse(page)).toContain(collapse(c.entryTitle));
    }
    expect(collapse(await poppler('pdftotext', pdf, ['-f', '2', '-l', '2']))).not.toContain('Đảng ủy');
  });

  test('an empty list is an error, not an empty file', () => {
    expect(() => certificatesPdf([])).toThrow(RangeError);
  });
});
