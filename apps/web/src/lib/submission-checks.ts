import { formatDateTime, formatNumber } from './format';
import type { Locale } from './i18n';
import { translator } from './i18n';

/** The entry editor's fields (their ids) that a check's "fix" link points at. */
export const FIX_FIELDS = ['title', 'category', 'body'] as const;
export type FixField = (typeof FIX_FIELDS)[number];

/**
 * The contest's submission rules as the author sees them before submitting — the window, title,
 * category and word limits — all at once, each with where to fix it. The API checks the same
 * rules (apps/api/src/entries/submission.ts) and refuses with every problem listed; this copy
 * only lets the page show them and keep the submit button off until they are fixed.
 */
export interface SubmissionCheck {
  key: 'window' | 'title' | 'category' | 'words';
  ok: boolean;
  text: string;
  /** The id of the editor's field that fixes it (the essay itself for words); null when writing cannot (the window). */
  field: FixField | null;
}

export interface DraftFacts {
  title: string;
  category: string | null;
  wordCount: number;
}

export interface ContestRules {
  categories: readonly string[];
  minWords: number;
  maxWords: number;
  submissionOpensAt: string;
}

export function submissionChecks(
  draft: DraftFacts,
  contest: ContestRules,
  now: number,
  locale: Locale,
): SubmissionCheck[] {
  const t = translator(locale);
  const n = (value: number) => formatNumber(value, locale);
  const checks: SubmissionCheck[] = [];
  if (Date.parse(contest.submissionOpensAt) > now) {
    checks.push({
      key: 'window',
      ok: false,
      text: t('submit.windowNotOpen', { date: formatDateTime(contest.submissionOpensAt) }),
      field: null,
    });
  }
  const titled = draft.title.trim() !== '';
  checks.push({ key: 'title', ok: titled, text: titled ? t('submit.titleOk') : t('submit.titleMissing'), field: 'title' });
  if (contest.categories.length > 0) {
    const category = draft.category || null;
    checks.push({
      key: 'category',
      ok: category !== null,
      text: category ? t('submit.categoryOk', { category }) : t('submit.categoryMissing'),
      field: 'category',
    });
  }
  const { wordCount: count } = draft;
  const { minWords: min, maxWords: max } = contest;
  checks.push({
    key: 'words',
    ok: count >= min && count <= max,
    text:
      count < min
        ? t('submit.wordsTooFew', { count: n(count), min: n(min) })
        : count > max
          ? t('submit.wordsTooMany', { count: n(count), max: n(max) })
          : t('submit.wordsOk', { count: n(count), min: n(min), max: n(max) }),
    field: 'body',
  });
  return checks;
}
