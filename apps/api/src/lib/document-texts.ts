import type { Locale } from './locale.ts';

// The fixed words of the files the API makes, as messages.ts holds those of its answers. Dates come in
// already written (publishing/documents/dates.ts).

interface ExportTexts {
  /** `{method}` in a header names the method the ranking used (`methods`). */
  results: { title: string; header: string[] };
  methods: Record<'mean' | 'corrected' | 'zscore', string>;
  sheetStatus: Record<'draft' | 'submitted', string>;
  /** The rubric's criteria go between `before` and `after`. */
  sheets: { title: string; header: { before: string[]; after: string[] } };
  judges: { title: string; header: string[] };
  units: { title: string; header: string[] };
}

/** Sheet names and column headers of the organizer's exports, in the organizer's language. */
export const exportTexts: Record<Locale, ExportTexts> = {
  vi: {
    results: {
      title: 'Kết quả',
      header: ['Hạng', 'Đồng hạng', 'Mã bài', 'Tiêu đề', 'Điểm thô', 'Điểm xếp hạng ({method})', 'Số giám khảo', 'Chấm phúc khảo', 'Tác giả', 'Đơn vị'],
    },
    methods: { mean: 'điểm trung bình', corrected: 'điểm hiệu chỉnh độ khắt khe', zscore: 'điểm chuẩn hóa z' },
    sheetStatus: { draft: 'Đang chấm', submitted: 'Đã nộp điểm' },
    sheets: { title: 'Phiếu chấm', header: { before: ['Mã bài', 'Giám khảo', 'Trạng thái'], after: ['Nhận xét', 'Cập nhật (giờ Việt Nam)'] } },
    judges: { title: 'Giám khảo', header: ['Giám khảo', 'Số phiếu', 'Độ khắt khe', 'Sai số chuẩn', 'Đáng chú ý'] },
    units: { title: 'Đơn vị', header: ['Đơn vị', 'Số cán bộ, đảng viên, người lao động', 'Số bài dự thi', 'Tỷ lệ tham gia (%)'] },
  },
  en: {
    results: {
      title: 'Results',
      header: ['Rank', 'Tied', 'Code', 'Title', 'Raw score', 'Ranking score ({method})', 'Judges', 'Adjudicated', 'Author', 'Unit'],
    },
    methods: { mean: 'mean', corrected: 'corrected for severity', zscore: 'z-score' },
    sheetStatus: { draft: 'Being scored', submitted: 'Submitted' },
    sheets: { title: 'Score sheets', header: { before: ['Code', 'Judge', 'Status'], after: ['Comment', 'Updated (Vietnam time)'] } },
    judges: { title: 'Judges', header: ['Judge', 'Sheets', 'Severity', 'Standard error', 'Flagged'] },
    units: { title: 'Units', header: ['Unit', 'Headcount', 'Entries', 'Participation (%)'] },
  },
};

interface AnthologyTexts {
  /** Above the title on the PDF cover (capitals) and the EPUB title page. */
  pdfKind: string;
  epubKind: string;
  contents: string;
  published: (date: string) => string;
  /** Before the story's web address at the end of each chapter. */
  online: string;
}

/** The anthology's own labels; the stories and the contest title stay as written (Vietnamese). */
export const anthologyTexts: Record<Locale, AnthologyTexts> = {
  vi: {
    pdfKind: 'TUYỂN TẬP',
    epubKind: 'Tuyển tập',
    contents: 'Mục lục',
    published: (date) => `Xuất bản ${date}`,
    online: 'Đọc trực tuyến:',
  },
  en: {
    pdfKind: 'ANTHOLOGY',
    epubKind: 'Anthology',
    contents: 'Contents',
    published: (date) => `Published ${date}`,
    online: 'Read online:',
  },
};

/**
 * A certificate is a Vietnamese administrative document (its date line follows Nghị định
 * 30/2020/NĐ-CP), so it has one language.
 */
export const certificateTexts = {
  documentTitle: (contest: string) => `Giấy chứng nhận — ${contest}`,
  heading: 'GIẤY CHỨNG NHẬN',
  certifies: 'Chứng nhận',
  prize: (tier: string) => `Đạt ${tier}`,
  entry: (title: string) => `với bài dự thi “${title}”`,
  /** Where the organizer signs, and when. */
  placeAndDate: (date: string) => `Thành phố Hồ Chí Minh, ${date}`,
  number: (code: string) => `Số: ${code}`,
};
