/**
 * Plain-language readings of the reliability figures, in Vietnamese and English, for organizers.
 *
 * Bands: ICC after Koo & Li (2016): < 0.50 poor, 0.50–0.75 moderate, 0.75–0.90 good, > 0.90
 * excellent (a value exactly on a boundary takes the upper band, except 0.90 which is still "good").
 * Krippendorff's alpha: ≥ 0.800 reliable, ≥ 0.667 tentative, lower unreliable (Krippendorff 2004).
 * Quadratic weighted kappa is read on the ICC bands: it equals an ICC-type agreement coefficient
 * (Fleiss & Cohen 1973). Vietnamese text uses a decimal comma and a dot for thousands.
 */
import type { Reading } from './types.ts';

const fixed = (x: number, digits: number, locale: 'vi' | 'en'): string => {
  const s = x.toFixed(digits).replace('-', '−');
  return locale === 'vi' ? s.replace('.', ',') : s;
};
const count = (n: number, locale: 'vi' | 'en'): string => n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US');
const percent = (x: number, locale: 'vi' | 'en'): string => `${fixed(100 * x, 1, locale)}%`;

const NO_DATA: Reading = { band: 'insufficient-data', vi: 'Chưa đủ dữ liệu để tính.', en: 'Not enough data to compute.' };

export type IccBand = 'poor' | 'moderate' | 'good' | 'excellent';

export function iccBand(value: number): IccBand {
  if (value < 0.5) return 'poor';
  if (value < 0.75) return 'moderate';
  if (value <= 0.9) return 'good';
  return 'excellent';
}

const ICC_VI: Record<IccBand, string> = { poor: 'kém', moderate: 'trung bình', good: 'tốt', excellent: 'rất tốt' };
const KOO_LI_EN = 'Koo & Li 2016: below 0.50 poor, 0.50–0.75 moderate, 0.75–0.90 good, above 0.90 excellent';
const KOO_LI_VI = 'Koo & Li 2016: dưới 0,50 kém; 0,50–0,75 trung bình; 0,75–0,90 tốt; trên 0,90 rất tốt';

/** An ICC; `readers` says whether it is about one judge's score or the mean of the entry's readers. */
export function readIcc(value: number | null, readers: 'single' | 'average'): Reading {
  if (value === null) return NO_DATA;
  const band = iccBand(value);
  const whatEn = readers === 'single'
    ? "how far a single judge's score can be trusted to rank essays"
    : "how far the mean of an entry's readers can be trusted to rank essays";
  const whatVi = readers === 'single'
    ? 'mức có thể tin vào điểm của một giám khảo khi xếp hạng bài'
    : 'mức có thể tin vào điểm trung bình của các giám khảo chấm một bài khi xếp hạng';
  return {
    band,
    en: `${fixed(value, 2, 'en')}: ${band} reliability (${KOO_LI_EN}) — ${whatEn}.`,
    vi: `${fixed(value, 2, 'vi')}: độ tin cậy ${ICC_VI[band]} (${KOO_LI_VI}) — ${whatVi}.`,
  };
}

export type AlphaBand = 'reliable' | 'tentative' | 'unreliable';

export function alphaBand(value: number): AlphaBand {
  if (value >= 0.8) return 'reliable';
  if (value >= 0.667) return 'tentative';
  return 'unreliable';
}

export function readAlpha(value: number | null): Reading {
  if (value === null) return NO_DATA;
  const band = alphaBand(value);
  const en = {
    reliable: 'reliable — judges agree well enough to rely on their scores (Krippendorff: α ≥ 0.800)',
    tentative: 'good enough only for tentative conclusions (Krippendorff: 0.667 ≤ α < 0.800)',
    unreliable: 'unreliable — judges disagree too much to rely on single readings (Krippendorff: α < 0.667)',
  }[band];
  const vi = {
    reliable: 'đáng tin cậy — các giám khảo thống nhất đủ để dựa vào điểm của họ (Krippendorff: α ≥ 0,800)',
    tentative: 'chỉ đủ cho những kết luận thận trọng, tạm thời (Krippendorff: 0,667 ≤ α < 0,800)',
    unreliable: 'chưa đáng tin cậy — các giám khảo chênh lệch quá nhiều để dựa vào từng lượt chấm (Krippendorff: α < 0,667)',
  }[band];
  return { band, en: `α = ${fixed(value, 3, 'en')}: ${en}.`, vi: `α = ${fixed(value, 3, 'vi')}: ${vi}.` };
}

export function readKappa(value: number | null, shared: number): Reading {
  if (value === null) return NO_DATA;
  const band = iccBand(value);
  return {
    band,
    en: `${fixed(value, 2, 'en')}: ${band} agreement between these two judges over ${count(shared, 'en')} entries both read (quadratic weighted kappa, read on the ICC bands).`,
    vi: `${fixed(value, 2, 'vi')}: hai giám khảo này thống nhất ở mức ${ICC_VI[band]} trên ${count(shared, 'vi')} bài cả hai cùng chấm (kappa có trọng số bậc hai, đọc theo thang ICC).`,
  };
}

export function readAgreement(exactRate: number | null, adjacentRate: number | null, pairs: number): Reading {
  if (exactRate === null || adjacentRate === null) return NO_DATA;
  return {
    band: 'info',
    en: `Two readers gave the same criterion score in ${percent(exactRate, 'en')} of comparisons and scores at most 1 point apart in ${percent(adjacentRate, 'en')} (${count(pairs, 'en')} comparisons).`,
    vi: `Hai giám khảo cho cùng một điểm tiêu chí ở ${percent(exactRate, 'vi')} số lượt so sánh và chênh nhau không quá 1 điểm ở ${percent(adjacentRate, 'vi')} (${count(pairs, 'vi')} lượt so sánh).`,
  };
}

/** A judge's severity (positive = lenient) with its SE and the > 2 SE flag. */
export function readSeverity(severity: number, se: number | null, flagged: boolean): Reading {
  if (se === null) return NO_DATA;
  const size = Math.abs(severity);
  if (!flagged) {
    return {
      band: 'typical',
      en: `Within chance of the average judge (${fixed(severity, 2, 'en')} ± ${fixed(se, 2, 'en')} points).`,
      vi: `Không khác giám khảo trung bình quá mức ngẫu nhiên (${fixed(severity, 2, 'vi')} ± ${fixed(se, 2, 'vi')} điểm).`,
    };
  }
  if (severity < 0) {
    return {
      band: 'severe',
      en: `Scores ${fixed(size, 2, 'en')} points below the average judge (± ${fixed(se, 2, 'en')}): more severe than chance explains; the corrected score compensates.`,
      vi: `Chấm thấp hơn giám khảo trung bình ${fixed(size, 2, 'vi')} điểm (± ${fixed(se, 2, 'vi')}): khắt khe hơn mức ngẫu nhiên có thể giải thích; điểm hiệu chỉnh đã bù lại.`,
    };
  }
  return {
    band: 'lenient',
    en: `Scores ${fixed(size, 2, 'en')} points above the average judge (± ${fixed(se, 2, 'en')}): more lenient than chance explains; the corrected score compensates.`,
    vi: `Chấm cao hơn giám khảo trung bình ${fixed(size, 2, 'vi')} điểm (± ${fixed(se, 2, 'vi')}): dễ dãi hơn mức ngẫu nhiên có thể giải thích; điểm hiệu chỉnh đã bù lại.`,
  };
}

export function readAdjudication(adjudicated: number, eligible: number): Reading {
  if (eligible === 0) return NO_DATA;
  const rate = adjudicated / eligible;
  return {
    band: 'info',
    en: `${percent(rate, 'en')} of entries (${count(adjudicated, 'en')} of ${count(eligible, 'en')}) needed a third reader because their readers disagreed beyond the threshold.`,
    vi: `${percent(rate, 'vi')} số bài (${count(adjudicated, 'vi')}/${count(eligible, 'vi')}) cần giám khảo thứ ba vì các giám khảo chấm trước chênh lệch vượt ngưỡng.`,
  };
}
