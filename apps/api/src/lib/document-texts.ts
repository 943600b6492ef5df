import type { Locale } from './locale.ts';

// The fixed words of the files the API makes, as messages.ts holds those of its answers. Dates come in
// already written (publishing/documents/dates.ts).

export interface ExportTexts {
  /** `{method}` in a header names the method the ranking used (`methods`). */
  results: { title: string; header: string[] };
  methods: Record<'mean' | 'corrected' | 'zscore' | 'comparative', string>;
  sheetStatus: Record<'draft' | 'submitted', string>;
  /** The rubric's criteria go between `before` and `after`. */
  sheets: { title: string; header: { before: string[]; after: string[] } };
  judges: { title: string; header: string[] };
  /** A comparative round's choices, in place of its score sheets. */
  comparisons: { title: string; header: string[] };
  /** A comparative round's judges: how well their choices fit the ranking. */
  comparativeJudges: { title: string; header: string[] };
  /** A comparative round's results: the ability on the Bradley–Terry scale, its error and interval. */
  comparativeResults: { title: string; header: string[] };
  units: { title: string; header: string[] };
}

/** Sheet names and column headers of the organizer's exports, in the organizer's language. */
export const exportTexts: Record<Locale, ExportTexts> = {
  vi: {
    results: {
      title: 'Kết quả',
      header: ['Hạng', 'Đồng hạng', 'Mã bài', 'Tiêu đề', 'Điểm thô', 'Điểm xếp hạng ({method})', 'Số giám khảo', 'Chấm phúc khảo', 'Tác giả', 'Đơn vị'],
    },
    methods: {
      mean: 'điểm trung bình', corrected: 'điểm hiệu chỉnh độ khắt khe', zscore: 'điểm chuẩn hóa z',
      comparative: 'so sánh từng cặp (mô hình Bradley–Terry)',
    },
    sheetStatus: { draft: 'Đang chấm', submitted: 'Đã nộp điểm' },
    sheets: { title: 'Phiếu chấm', header: { before: ['Mã bài', 'Giám khảo', 'Trạng thái'], after: ['Nhận xét', 'Cập nhật (giờ Việt Nam)'] } },
    judges: { title: 'Giám khảo', header: ['Giám khảo', 'Số phiếu', 'Độ khắt khe', 'Sai số chuẩn', 'Đáng chú ý'] },
    comparisons: {
      title: 'Lượt so sánh',
      header: ['Bài bên trái', 'Bài bên phải', 'Bài tốt hơn', 'Giám khảo', 'Ghi chú', 'Thời điểm (giờ Việt Nam)'],
    },
    comparativeJudges: {
      title: 'Giám khảo',
      header: ['Giám khảo', 'Số lượt so sánh', 'Độ phù hợp (infit)', 'Độ phù hợp (outfit)', 'Lựa chọn khác thường'],
    },
    comparativeResults: {
      title: 'Kết quả',
      header: ['Hạng', 'Đồng hạng', 'Mã bài', 'Tiêu đề', 'Năng lực ({method})', 'Sai số chuẩn', 'Khoảng 95% từ', 'đến',
        'Số lượt so sánh', 'Số lượt thắng', 'Sát ngưỡng giải', 'Tác giả', 'Đơn vị'],
    },
    units: { title: 'Đơn vị', header: ['Đơn vị', 'Số cán bộ, đảng viên, người lao động', 'Số bài dự thi', 'Tỷ lệ tham gia (%)'] },
  },
  en: {
    results: {
      title: 'Results',
      header: ['Rank', 'Tied', 'Code', 'Title', 'Raw score', 'Ranking score ({method})', 'Judges', 'Adjudicated', 'Author', 'Unit'],
    },
    methods: { mean: 'mean', corrected: 'corrected for severity', zscore: 'z-score', comparative: 'pairwise comparison (Bradley–Terry model)' },
    sheetStatus: { draft: 'Being scored', submitted: 'Submitted' },
    sheets: { title: 'Score sheets', header: { before: ['Code', 'Judge', 'Status'], after: ['Comment', 'Updated (Vietnam time)'] } },
    judges: { title: 'Judges', header: ['Judge', 'Sheets', 'Severity', 'Standard error', 'Flagged'] },
    comparisons: { title: 'Comparisons', header: ['Left entry', 'Right entry', 'Better entry', 'Judge', 'Note', 'Made (Vietnam time)'] },
    comparativeJudges: { title: 'Judges', header: ['Judge', 'Comparisons', 'Infit', 'Outfit', 'Misfitting choices'] },
    comparativeResults: {
      title: 'Results',
      header: ['Rank', 'Tied', 'Code', 'Title', 'Ability ({method})', 'Standard error', '95% interval from', 'to',
        'Comparisons', 'Wins', 'Close at a prize line', 'Author', 'Unit'],
    },
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

export type ComparativeBand = 'good' | 'tentative' | 'low' | 'insufficient-data';

/**
 * The plain reading of a comparative round's reliability, first the meaning, then the statistic's
 * name: scale separation reliability (SSR) and split-half reliability between two halves of the panel.
 */
export const comparativeReadings: Record<'ssr' | 'splitHalf', Record<ComparativeBand, Record<Locale, string>>> = {
  ssr: {
    'good': {
      vi: 'Thứ hạng tin cậy được: các bài được phân biệt rõ so với sai số. (Độ tin cậy tách thang, SSR, từ 0,8 trở lên.)',
      en: 'The ranking can be trusted: entries stand apart well beyond their error. (Scale separation reliability, SSR, 0.8 or more.)',
    },
    'tentative': {
      vi: 'Thứ hạng tạm tin được; nên thêm lượt so sánh trước khi quyết định giải. (Độ tin cậy tách thang, SSR, từ 0,7 đến dưới 0,8.)',
      en: 'The ranking is fairly reliable; more comparisons would help before deciding prizes. (Scale separation reliability, SSR, 0.7 to under 0.8.)',
    },
    'low': {
      vi: 'Thứ hạng chưa đủ tin cậy: nhiều bài chưa tách khỏi nhau; cần thêm lượt so sánh. (Độ tin cậy tách thang, SSR, dưới 0,7.)',
      en: 'The ranking is not reliable yet: many entries do not stand apart; more comparisons are needed. (Scale separation reliability, SSR, under 0.7.)',
    },
    'insufficient-data': {
      vi: 'Chưa đủ lượt so sánh để đánh giá độ tin cậy. (Độ tin cậy tách thang, SSR.)',
      en: 'Not enough comparisons yet to judge reliability. (Scale separation reliability, SSR.)',
    },
  },
  splitHalf: {
    'good': {
      vi: 'Hai nửa hội đồng, xếp hạng riêng, cho thứ tự gần như nhau. (Độ tin cậy chia đôi, đã hiệu chỉnh Spearman–Brown, từ 0,8 trở lên.)',
      en: 'Two halves of the panel, ranking apart, give nearly the same order. (Split-half reliability, Spearman–Brown corrected, 0.8 or more.)',
    },
    'tentative': {
      vi: 'Hai nửa hội đồng cho thứ tự khá giống nhau. (Độ tin cậy chia đôi, đã hiệu chỉnh Spearman–Brown, từ 0,7 đến dưới 0,8.)',
      en: 'Two halves of the panel give fairly similar orders. (Split-half reliability, Spearman–Brown corrected, 0.7 to under 0.8.)',
    },
    'low': {
      vi: 'Hai nửa hội đồng cho thứ tự khác nhau đáng kể; cần thêm lượt so sánh. (Độ tin cậy chia đôi, đã hiệu chỉnh Spearman–Brown, dưới 0,7.)',
      en: 'Two halves of the panel give noticeably different orders; more comparisons are needed. (Split-half reliability, Spearman–Brown corrected, under 0.7.)',
    },
    'insufficient-data': {
      vi: 'Chưa đủ lượt so sánh hoặc giám khảo để chia đôi hội đồng. (Độ tin cậy chia đôi.)',
      en: 'Not enough comparisons or judges to split the panel. (Split-half reliability.)',
    },
  },
};
