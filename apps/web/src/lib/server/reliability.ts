import type { Locale } from '$lib/i18n';
import type { ReliabilityReport } from '$lib/types';

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

type Figure = ReliabilityReport['alpha']['total'];

/** The headline figures of `GET /rounds/:id/reliability`. */
export function reliabilityFigures(report: ReliabilityReport, locale: Locale): ReliabilityFigure[] {
  const figure = (key: ReliabilityKey, { value, reading }: Figure, percent = false): ReliabilityFigure =>
    ({ key, value, percent, reading: reading[locale] });
  // Complete designs have the Shrout & Fleiss ICCs; incomplete ones the variance-component form.
  const { complete, varianceComponents } = report.icc;
  const overall = report.agreement.overall;
  return [
    figure('alpha', report.alpha.total),
    figure('icc', complete ? complete.icc21 : varianceComponents.agreement.single),
    figure('iccAverage', complete ? complete.icc2k : varianceComponents.agreement.average),
    { key: 'exact', value: overall.exactRate, percent: true, reading: overall.reading[locale] },
    { key: 'adjacent', value: overall.adjacentRate, percent: true, reading: '' },
    figure('adjudication', report.adjudication.rate, true),
  ];
}
