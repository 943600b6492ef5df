import { formatDecimal, parseDecimal } from '$lib/decimal';
import { translator, type Locale } from '$lib/i18n';
import { inRange } from '$lib/rubric';
import type { RubricCriterion } from '$lib/types';

/** The score form as typed: `score.<criterionId>` fields and a comment. */
export interface ScoreFormValues {
  scores: Record<string, string>;
  comment: string;
}

/**
 * Reads the score form of a page posted without JavaScript. Empty scores are left out (a draft
 * may be partial); a score that is not a number or off the scale is an error named after its
 * criterion. Errors are keyed by criterion id.
 */
export function readScoreForm(
  data: FormData,
  rubric: readonly RubricCriterion[],
  locale: Locale,
): { values: ScoreFormValues; errors: Record<string, string>; scores: Record<string, number> } {
  const t = translator(locale);
  const values: ScoreFormValues = { scores: {}, comment: '' };
  const errors: Record<string, string> = {};
  const scores: Record<string, number> = {};
  const comment = data.get('comment');
  values.comment = typeof comment === 'string' ? comment.replace(/\r\n?/g, '\n').trim() : '';
  for (const criterion of rubric) {
    const key = String(criterion.id);
    const raw = data.get(`score.${key}`);
    const text = typeof raw === 'string' ? raw.trim() : '';
    values.scores[key] = text;
    if (text === '') continue;
    const value = parseDecimal(text);
    if (value === null || !inRange(criterion, value)) {
      errors[key] = t('validation.score', {
        criterion: criterion.name,
        min: formatDecimal(criterion.min, locale),
        max: formatDecimal(criterion.max, locale),
      });
    } else scores[key] = value;
  }
  return { values, errors, scores };
}

/** The criteria still without a score, by name (to say what is missing before submitting). */
export function missingCriteria(rubric: readonly RubricCriterion[], scores: Readonly<Record<string, unknown>>): string[] {
  return rubric.filter((criterion) => scores[String(criterion.id)] === undefined).map((criterion) => criterion.name);
}
