import type { Locale } from '$lib/i18n';

/** The figures the results page shows from the API's reliability report, each with its reading. */
export type ReliabilityKey = 'alpha' | 'icc' | 'iccAverage' | 'exact' | 'adjacent' | 'adjudication';

export interface ReliabilityFigure {
  key: ReliabilityKey;
  value: number | null;
  /** A rate (0–1) shown as a percentage rather than a coefficient. */
  percent: boolean;
  /** The report's plain-language reading, in the page's language. */
  reading: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const at = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), value);
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const reading = (value: unknown, locale: Locale) => {
  const text = at(value, locale);
  return typeof text === 'string' ? text : '';
};

/**
 * A compact, defensive reading of `GET /rounds/:id/reliability` (typed `unknown` by the API):
 * anything missing is left out rather than failing the page.
 */
export function reliabilityFigures(report: unknown, locale: Locale): ReliabilityFigure[] {
  const figures: ReliabilityFigure[] = [];
  const add = (key: ReliabilityKey, figure: unknown, percent = false) => {
    if (!isObject(figure) || !('value' in figure)) return;
    figures.push({ key, value: num(figure.value), percent, reading: reading(figure.reading, locale) });
  };
  add('alpha', at(report, 'alpha', 'total'));
  // Complete designs have the Shrout & Fleiss ICCs; incomplete ones the variance-component form.
  const complete = at(report, 'icc', 'complete');
  if (isObject(complete)) {
    add('icc', complete.icc21);
    add('iccAverage', complete.icc2k);
  } else {
    add('icc', at(report, 'icc', 'varianceComponents', 'agreement', 'single'));
    add('iccAverage', at(report, 'icc', 'varianceComponents', 'agreement', 'average'));
  }
  const overall = at(report, 'agreement', 'overall');
  if (isObject(overall)) {
    const text = reading(overall.reading, locale);
    figures.push({ key: 'exact', value: num(overall.exactRate), percent: true, reading: text });
    figures.push({ key: 'adjacent', value: num(overall.adjacentRate), percent: true, reading: '' });
  }
  add('adjudication', at(report, 'adjudication', 'rate'), true);
  return figures;
}
