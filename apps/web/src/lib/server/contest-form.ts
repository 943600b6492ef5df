import { isSlug, slugify } from '@guong-sang/text';
import { formatDecimal, parseDecimal } from '$lib/decimal';
import type { FieldErrors } from '$lib/form-errors';
import { formatNumber, fromVietnamInputs, toVietnamInputs } from '$lib/format';
import { translator, type Locale, type Translate } from '$lib/i18n';
import {
  ADJUDICATION_METHODS,
  ATTACHMENT_KINDS,
  CONTEST_STATUSES,
  type AdjudicationMethod,
  type AttachmentKind,
  type ContestDetail,
  type ContestFormValues,
  type ContestInput,
  type ContestStatus,
} from '$lib/types';
import { textField } from './form';

/** The API's limits (apps/api contest schema), checked here so messages can name the field. */
export const LIMITS = {
  words: 100_000,
  maxAttachments: 20,
  maxFileMb: 25,
  tierCount: 1000,
  score: 1000,
  weight: 1000,
  rows: 20,
  entriesPerAuthor: 100,
} as const;


/** Blank rows the form always offers, so more rows can be added without JavaScript. */
const SPARE_ROWS = 2;

const MB = 1024 * 1024;

const blankTier = () => ({ name: '', count: '' });
const blankCriterion = () => ({ name: '', description: '', weight: '', min: '', max: '' });

function withSpareRows<T>(rows: T[], blank: () => T): T[] {
  const spare = Math.max(0, Math.min(SPARE_ROWS, LIMITS.rows - rows.length));
  return [...rows, ...Array.from({ length: spare }, blank)];
}

/** The form's decimals (weight, file size, threshold): as many decimals as `decimal` reads back. */
const DECIMALS = 4;

/** A decimal as typed in either language ("1,5" or "1.5"). */
const decimal = (text: string): number | null => parseDecimal(text, { decimals: DECIMALS, wholeDigits: 6 });

export function newContestValues(locale: Locale): ContestFormValues {
  const t = translator(locale);
  return {
    title: '',
    slug: '',
    description: '',
    rules: '',
    status: 'draft',
    opensDate: '',
    opensTime: '08:00',
    closesDate: '',
    closesTime: '23:59',
    minWords: '0',
    maxWords: '5000',
    categories: '',
    sameUnitConflict: true,
    kinds: [...ATTACHMENT_KINDS],
    maxAttachments: '5',
    maxFileMb: '10',
    disagreementPercent: '20',
    adjudicationMethod: 'closest-two',
    // The usual rule ("Mỗi tác giả gửi 01 bài"); the organizer may clear it.
    entriesPerAuthor: '1',
    // The usual structure (DESIGN.md, step 1).
    tiers: withSpareRows(
      [
        { name: t('prize.first'), count: '1' },
        { name: t('prize.second'), count: '2' },
        { name: t('prize.third'), count: '3' },
        { name: t('prize.consolation'), count: '10' },
      ],
      blankTier,
    ),
    criteria: withSpareRows([], blankCriterion),
  };
}

export function contestValues(contest: ContestDetail, locale: Locale): ContestFormValues {
  const decimalText = (value: number) => formatDecimal(value, locale, DECIMALS);
  const opens = toVietnamInputs(contest.submissionOpensAt);
  const closes = toVietnamInputs(contest.submissionClosesAt);
  return {
    title: contest.title,
    slug: contest.slug,
    description: contest.description,
    rules: contest.rules,
    status: contest.status,
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    minWords: String(contest.minWords),
    maxWords: String(contest.maxWords),
    categories: contest.categories.join('\n'),
    sameUnitConflict: contest.sameUnitConflict,
    kinds: [...contest.allowedAttachmentKinds],
    maxAttachments: String(contest.maxAttachments),
    maxFileMb: decimalText(Math.round((contest.maxAttachmentBytes / MB) * 100) / 100),
    // The API keeps a share of the scale; the form shows per cent.
    disagreementPercent: decimalText(Math.round(contest.disagreementThreshold * 10000) / 100),
    adjudicationMethod: contest.adjudicationMethod,
    entriesPerAuthor: contest.entriesPerAuthor === null ? '' : String(contest.entriesPerAuthor),
    tiers: withSpareRows(
      contest.prizeTiers.map((tier) => ({ name: tier.name, count: String(tier.count) })),
      blankTier,
    ),
    criteria: withSpareRows(
      contest.criteria.map((c) => ({
        name: c.name,
        description: c.description,
        weight: decimalText(c.weight),
        min: String(c.min),
        max: String(c.max),
      })),
      blankCriterion,
    ),
  };
}

/** Field names of the repeated rows: `tiers.0.name`, `criteria.2.weight`, … in row order. */
function rows<K extends string>(data: FormData, group: string, keys: readonly K[]) {
  const indexes = new Set<number>();
  const pattern = new RegExp(`^${group}\\.(\\d{1,3})\\.`);
  for (const name of data.keys()) {
    const match = pattern.exec(name);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map(
      (index) =>
        Object.fromEntries(keys.map((key) => [key, textField(data, `${group}.${index}.${key}`)])) as Record<
          K,
          string
        >,
    );
}

const wholeNumber = (text: string, min: number, max: number): number | null => {
  if (!/^\d{1,9}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
};

export interface ReadContest {
  values: ContestFormValues;
  /** Present when the form is valid. */
  input?: ContestInput;
  errors: FieldErrors;
}

/** Reads and checks the contest form; errors are keyed by input id (`tiers-0-count`). */
export function readContestForm(data: FormData, locale: Locale): ReadContest {
  const t: Translate = translator(locale);
  const n = (value: number) => formatNumber(value, locale);
  const kinds = data
    .getAll('kinds')
    .filter((kind): kind is AttachmentKind => (ATTACHMENT_KINDS as readonly unknown[]).includes(kind));
  const values: ContestFormValues = {
    title: textField(data, 'title'),
    slug: textField(data, 'slug').toLowerCase(),
    // Markdown keeps its own whitespace; only trailing space is dropped.
    description: (data.get('description')?.toString() ?? '').trimEnd(),
    rules: (data.get('rules')?.toString() ?? '').trimEnd(),
    status: textField(data, 'status'),
    opensDate: textField(data, 'opensDate'),
    opensTime: textField(data, 'opensTime'),
    closesDate: textField(data, 'closesDate'),
    closesTime: textField(data, 'closesTime'),
    minWords: textField(data, 'minWords'),
    maxWords: textField(data, 'maxWords'),
    categories: data.get('categories')?.toString() ?? '',
    sameUnitConflict: data.get('sameUnitConflict') === 'on',
    kinds: [...new Set(kinds)],
    maxAttachments: textField(data, 'maxAttachments'),
    maxFileMb: textField(data, 'maxFileMb'),
    disagreementPercent: textField(data, 'disagreementPercent'),
    adjudicationMethod: textField(data, 'adjudicationMethod'),
    entriesPerAuthor: textField(data, 'entriesPerAuthor'),
    tiers: rows(data, 'tiers', ['name', 'count'] as const),
    criteria: rows(data, 'criteria', ['name', 'description', 'weight', 'min', 'max'] as const),
  };

  const errors: FieldErrors = {};
  if (!values.title) errors.title = t('validation.contestTitleRequired');
  // An empty slug is made from the title, as the page suggests while typing.
  if (!values.slug) values.slug = slugify(values.title);
  if (values.title && !isSlug(values.slug)) {
    errors.slug = t('validation.slugInvalid');
  }
  const status = (CONTEST_STATUSES as readonly string[]).includes(values.status)
    ? (values.status as ContestStatus)
    : null;
  if (!status) errors.status = t('validation.statusRequired');

  const opensAt = fromVietnamInputs(values.opensDate, values.opensTime);
  const closesAt = fromVietnamInputs(values.closesDate, values.closesTime);
  if (!opensAt) errors.opensDate = t('validation.dateTimeInvalid', { field: t('contestForm.opens') });
  if (!closesAt) errors.closesDate = t('validation.dateTimeInvalid', { field: t('contestForm.closes') });
  if (opensAt && closesAt && Date.parse(closesAt) <= Date.parse(opensAt)) {
    errors.closesDate = t('validation.windowOrder');
  }

  const whole = (field: keyof ContestFormValues, label: string, min: number, max: number) => {
    const value = wholeNumber(String(values[field]), min, max);
    if (value === null) errors[field] = t('validation.wholeNumber', { field: label, min: n(min), max: n(max) });
    return value;
  };
  const minWords = whole('minWords', t('contestForm.minWords'), 0, LIMITS.words);
  const maxWords = whole('maxWords', t('contestForm.maxWords'), 1, LIMITS.words);
  if (minWords !== null && maxWords !== null && minWords > maxWords) {
    errors.maxWords = t('validation.wordLimits');
  }
  const maxAttachments = whole('maxAttachments', t('contestForm.maxAttachments'), 0, LIMITS.maxAttachments);
  const maxFileMb = decimal(values.maxFileMb);
  if (maxFileMb === null || maxFileMb < 0.01 || maxFileMb > LIMITS.maxFileMb) {
    errors.maxFileMb = t('validation.fileSize', { max: n(LIMITS.maxFileMb) });
  }

  const disagreementPercent = decimal(values.disagreementPercent);
  if (disagreementPercent === null || disagreementPercent < 1 || disagreementPercent > 100) {
    errors.disagreementPercent = t('validation.disagreementPercent');
  }
  const adjudicationMethod = (ADJUDICATION_METHODS as readonly string[]).includes(values.adjudicationMethod)
    ? (values.adjudicationMethod as AdjudicationMethod)
    : null;
  if (!adjudicationMethod) errors.adjudicationMethod = t('validation.adjudicationMethod');
  const entriesPerAuthor = values.entriesPerAuthor === ''
    ? null
    : whole('entriesPerAuthor', t('contestForm.entriesPerAuthor'), 1, LIMITS.entriesPerAuthor);

  const categories = [
    ...new Set(
      values.categories
        .split(/\r?\n/)
        .map((line) => line.trim().replace(/\s+/g, ' '))
        .filter((line) => line !== ''),
    ),
  ];

  // Rows left blank are ignored; a row is kept once it has a name.
  const prizeTiers: ContestInput['prizeTiers'] = [];
  values.tiers.forEach((tier, index) => {
    if (!tier.name && !tier.count) return;
    if (!tier.name) {
      errors[`tiers-${index}-name`] = t('validation.rowNameRequired', { n: index + 1 });
      return;
    }
    const count = wholeNumber(tier.count, 1, LIMITS.tierCount);
    if (count === null) {
      errors[`tiers-${index}-count`] = t('validation.tierCount', { name: tier.name, max: n(LIMITS.tierCount) });
    } else prizeTiers.push({ name: tier.name, count });
  });

  const criteria: ContestInput['criteria'] = [];
  values.criteria.forEach((row, index) => {
    if (!row.name && !row.description && !row.weight && !row.min && !row.max) return;
    if (!row.name) {
      errors[`criteria-${index}-name`] = t('validation.rowNameRequired', { n: index + 1 });
      return;
    }
    const weight = decimal(row.weight);
    const min = row.min === '' ? 0 : wholeNumber(row.min, 0, LIMITS.score);
    const max = wholeNumber(row.max, 1, LIMITS.score);
    if (weight === null || weight <= 0 || weight > LIMITS.weight) {
      errors[`criteria-${index}-weight`] = t('validation.criterionWeight', { name: row.name, max: n(LIMITS.weight) });
    }
    if (min === null || max === null || max <= min) {
      errors[`criteria-${index}-max`] = t('validation.criterionRange', { name: row.name, max: n(LIMITS.score) });
    }
    if (weight !== null && min !== null && max !== null) {
      criteria.push({ name: row.name, description: row.description, weight, min, max });
    }
  });
  if (prizeTiers.length > LIMITS.rows) errors['tiers-0-name'] = t('validation.tooManyRows', { max: LIMITS.rows });
  if (criteria.length > LIMITS.rows) errors['criteria-0-name'] = t('validation.tooManyRows', { max: LIMITS.rows });

  // Always offer spare rows again, so a refused form can still grow without JavaScript.
  values.tiers = withSpareRows(values.tiers, blankTier);
  values.criteria = withSpareRows(values.criteria, blankCriterion);

  if (
    Object.keys(errors).length > 0 ||
    !status ||
    !opensAt ||
    !closesAt ||
    minWords === null ||
    maxWords === null ||
    maxAttachments === null ||
    maxFileMb === null ||
    disagreementPercent === null ||
    !adjudicationMethod
  ) {
    return { values, errors };
  }
  return {
    values,
    errors,
    input: {
      title: values.title,
      slug: values.slug,
      description: values.description,
      rules: values.rules,
      status,
      submissionOpensAt: opensAt,
      submissionClosesAt: closesAt,
      minWords,
      maxWords,
      categories,
      sameUnitConflict: values.sameUnitConflict,
      allowedAttachmentKinds: values.kinds as AttachmentKind[],
      maxAttachments,
      maxAttachmentBytes: Math.max(1024, Math.round(maxFileMb * MB)),
      disagreementThreshold: disagreementPercent / 100,
      adjudicationMethod,
      entriesPerAuthor,
      criteria,
      prizeTiers,
    },
  };
}

/** Puts the API's refusal beside the field it is about; anything else is for the whole form. */
export function placeContestApiError(code: string, message: string, errors: FieldErrors): string | undefined {
  const field = (
    {
      slug_taken: 'slug',
      invalid_slug: 'slug',
      invalid_window: 'closesDate',
      invalid_word_limits: 'maxWords',
    } as Record<string, string>
  )[code];
  if (!field) return message;
  errors[field] = message;
  return undefined;
}

/** Whether two row lists say the same (the API replaces rubric and tiers wholesale when sent). */
export function sameRows<T extends object>(a: T[], b: T[]): boolean {
  const plain = (rows: T[]) => JSON.stringify(rows);
  return plain(a) === plain(b);
}

/**
 * The contest's own fields the organizer changed on the form. Dates and the file size are compared
 * as the form shows them (to the minute, to 0.01 MB), so saving a form unchanged sends none of them:
 * once the awards are final only the title, address, description and rules may change.
 */
export function changedContestFields(
  input: ContestInput,
  values: ContestFormValues,
  current: ContestDetail,
  locale: Locale,
): Partial<ContestInput> {
  const shown = contestValues(current, locale);
  const patch: Partial<ContestInput> = { ...input };
  if (values.opensDate === shown.opensDate && values.opensTime === shown.opensTime) delete patch.submissionOpensAt;
  if (values.closesDate === shown.closesDate && values.closesTime === shown.closesTime) delete patch.submissionClosesAt;
  if (decimal(values.maxFileMb) === decimal(shown.maxFileMb)) delete patch.maxAttachmentBytes;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (input.status === current.status) delete patch.status;
  if (input.minWords === current.minWords) delete patch.minWords;
  if (input.maxWords === current.maxWords) delete patch.maxWords;
  if (same(input.categories, current.categories)) delete patch.categories;
  if (input.sameUnitConflict === current.sameUnitConflict) delete patch.sameUnitConflict;
  if (same([...input.allowedAttachmentKinds].sort(), [...current.allowedAttachmentKinds].sort())) delete patch.allowedAttachmentKinds;
  if (input.maxAttachments === current.maxAttachments) delete patch.maxAttachments;
  if (decimal(values.disagreementPercent) === decimal(shown.disagreementPercent)) delete patch.disagreementThreshold;
  if (input.adjudicationMethod === current.adjudicationMethod) delete patch.adjudicationMethod;
  if (input.entriesPerAuthor === current.entriesPerAuthor) delete patch.entriesPerAuthor;
  return patch;
}
