import { describe, expect, it } from 'vitest';
import type { ContestDetail } from '$lib/types';
import { changedContestFields, contestValues, newContestValues, placeContestApiError, readContestForm } from './contest-form';

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

const valid = {
  title: 'Gương sáng làm theo lời Bác 2026',
  slug: '',
  description: 'Giới thiệu',
  rules: '## Thể lệ',
  status: 'open',
  opensDate: '2026-06-01',
  opensTime: '00:30',
  closesDate: '2026-06-30',
  closesTime: '23:59',
  minWords: '500',
  maxWords: '3000',
  categories: 'Cá nhân\n\n  Tập thể  \nCá nhân',
  sameUnitConflict: 'on',
  kinds: ['docx', 'pdf', 'exe'],
  maxAttachments: '3',
  maxFileMb: '1,5',
  disagreementPercent: '25',
  adjudicationMethod: 'mean-of-three',
  entriesPerAuthor: '1',
  'tiers.0.name': 'Giải Nhất',
  'tiers.0.count': '1',
  'tiers.1.name': '',
  'tiers.1.count': '',
  'tiers.10.name': 'Giải Khuyến khích',
  'tiers.10.count': '10',
  'criteria.0.name': 'Nội dung',
  'criteria.0.description': 'Chân thực',
  'criteria.0.weight': '1.5',
  'criteria.0.min': '',
  'criteria.0.max': '10',
};

describe('readContestForm', () => {
  it('turns the form into the API input', () => {
    const { input, errors } = readContestForm(form(valid), 'vi');
    expect(errors).toEqual({});
    expect(input).toEqual({
      title: 'Gương sáng làm theo lời Bác 2026',
      slug: 'guong-sang-lam-theo-loi-bac-2026',
      description: 'Giới thiệu',
      rules: '## Thể lệ',
      status: 'open',
      // Vietnam time, UTC+7.
      submissionOpensAt: '2026-05-31T17:30:00.000Z',
      submissionClosesAt: '2026-06-30T16:59:00.000Z',
      minWords: 500,
      maxWords: 3000,
      categories: ['Cá nhân', 'Tập thể'],
      sameUnitConflict: true,
      allowedAttachmentKinds: ['docx', 'pdf'],
      maxAttachments: 3,
      maxAttachmentBytes: 1572864,
      disagreementThreshold: 0.25,
      adjudicationMethod: 'mean-of-three',
      entriesPerAuthor: 1,
      criteria: [{ name: 'Nội dung', description: 'Chân thực', weight: 1.5, min: 0, max: 10 }],
      prizeTiers: [
        { name: 'Giải Nhất', count: 1 },
        { name: 'Giải Khuyến khích', count: 10 },
      ],
    });
  });

  it('reports every problem at once, keyed by input id, and keeps what was typed', () => {
    const { input, errors, values } = readContestForm(
      form({
        ...valid,
        title: '',
        closesDate: '2026-05-01',
        minWords: '4000',
        'tiers.0.count': '0',
        'criteria.0.weight': '0',
        'criteria.0.max': '-1',
        'tiers.1.count': '2',
      }),
      'vi',
    );
    expect(input).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(
      ['closesDate', 'criteria-0-max', 'criteria-0-weight', 'maxWords', 'tiers-0-count', 'tiers-1-name', 'title'].sort(),
    );
    expect(values.minWords).toBe('4000');
    // Spare blank rows are offered again.
    expect(values.tiers.at(-1)).toEqual({ name: '', count: '' });
  });

  it('reads the judging rules and an empty entries-per-author as no limit; refuses them out of bounds', () => {
    expect(readContestForm(form({ ...valid, entriesPerAuthor: '', disagreementPercent: '17,5' }), 'vi').input)
      .toMatchObject({ entriesPerAuthor: null, disagreementThreshold: 0.175 });
    const { input, errors } = readContestForm(
      form({ ...valid, disagreementPercent: '0', adjudicationMethod: 'median', entriesPerAuthor: '0' }),
      'en',
    );
    expect(input).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['adjudicationMethod', 'disagreementPercent', 'entriesPerAuthor']);
    expect(errors.disagreementPercent).toMatch(/1 to 100/);
  });

  it('refuses a slug with capitals or diacritics', () => {
    expect(readContestForm(form({ ...valid, slug: 'gương-sáng' }), 'en').errors.slug).toMatch(/slug/);
  });
});

describe('contestValues', () => {
  it('shows a saved contest in Vietnam time with spare rows', () => {
    const values = contestValues({
      title: 'T',
      slug: 't',
      description: '',
      rules: '',
      status: 'draft',
      submissionOpensAt: '2026-05-31T17:30:00.000Z',
      submissionClosesAt: '2026-06-30T16:59:00.000Z',
      minWords: 0,
      maxWords: 10,
      categories: ['A', 'B'],
      sameUnitConflict: false,
      allowedAttachmentKinds: ['pdf'],
      maxAttachments: 1,
      maxAttachmentBytes: 10 * 1024 * 1024,
      disagreementThreshold: 0.2,
      adjudicationMethod: 'closest-two',
      entriesPerAuthor: null,
      criteria: [],
      prizeTiers: [{ id: 1, name: 'Giải Nhất', count: 1 }],
    } as unknown as ContestDetail, 'vi');
    expect(values).toMatchObject({
      opensDate: '2026-06-01',
      opensTime: '00:30',
      closesDate: '2026-06-30',
      closesTime: '23:59',
      categories: 'A\nB',
      maxFileMb: '10',
      disagreementPercent: '20',
      entriesPerAuthor: '',
    });
    expect(values.tiers).toHaveLength(3);
    expect(values.criteria).toHaveLength(2);
  });

  it('shows decimals the way the language writes them, and reads them back unchanged', () => {
    const contest = {
      title: 'T', slug: 't', description: '', rules: '', status: 'draft',
      submissionOpensAt: '2026-05-31T17:30:00.000Z', submissionClosesAt: '2026-06-30T16:59:00.000Z',
      minWords: 0, maxWords: 10, categories: [], sameUnitConflict: false, allowedAttachmentKinds: ['pdf'],
      maxAttachments: 1, maxAttachmentBytes: 1.5 * 1024 * 1024, disagreementThreshold: 0.125,
      adjudicationMethod: 'closest-two', entriesPerAuthor: null,
      criteria: [{ id: 1, name: 'Nội dung', description: '', weight: 0.5, min: 0, max: 10, levels: [] }],
      prizeTiers: [],
    } as unknown as ContestDetail;
    const vi = contestValues(contest, 'vi');
    expect([vi.criteria[0]!.weight, vi.maxFileMb, vi.disagreementPercent]).toEqual(['0,5', '1,5', '12,5']);
    const en = contestValues(contest, 'en');
    expect([en.criteria[0]!.weight, en.maxFileMb, en.disagreementPercent]).toEqual(['0.5', '1.5', '12.5']);
    const shown = form({
      ...Object.fromEntries(Object.entries(vi).filter(([, v]) => typeof v === 'string')) as Record<string, string>,
      kinds: ['pdf'], 'criteria.0.name': 'Nội dung', 'criteria.0.weight': vi.criteria[0]!.weight, 'criteria.0.max': '10',
    });
    const { input, errors } = readContestForm(shown, 'vi');
    expect(errors).toEqual({});
    expect(input).toMatchObject({ maxAttachmentBytes: 1.5 * 1024 * 1024, disagreementThreshold: 0.125 });
    expect(input!.criteria[0]!.weight).toBe(0.5);
  });

  it('starts a new contest with the usual prize tiers', () => {
    expect(newContestValues('vi').tiers.slice(0, 4)).toEqual([
      { name: 'Giải Nhất', count: '1' },
      { name: 'Giải Nhì', count: '2' },
      { name: 'Giải Ba', count: '3' },
      { name: 'Giải Khuyến khích', count: '10' },
    ]);
  });
});

describe('placeContestApiError', () => {
  it('puts field refusals beside the field', () => {
    const errors = {};
    expect(placeContestApiError('slug_taken', 'Đã dùng', errors)).toBeUndefined();
    expect(errors).toEqual({ slug: 'Đã dùng' });
    expect(placeContestApiError('forbidden', 'Không được', {})).toBe('Không được');
  });
});

describe('changedContestFields', () => {
  const saved = {
    id: 1, title: 'T', slug: 't', description: '', rules: '', status: 'awarded',
    submissionOpensAt: '2026-05-31T17:30:42.123Z', submissionClosesAt: '2026-06-30T16:59:59.000Z',
    minWords: 0, maxWords: 10, categories: ['A', 'B'], sameUnitConflict: false,
    allowedAttachmentKinds: ['pdf', 'docx'], maxAttachments: 1, maxAttachmentBytes: 1_234_567,
    disagreementThreshold: 0.2, adjudicationMethod: 'closest-two', entriesPerAuthor: null,
    criteria: [], prizeTiers: [{ id: 1, name: 'Giải Nhất', count: 1 }],
  } as unknown as ContestDetail;

  it('sends nothing but what the organizer changed, dates to the minute as the form shows them', () => {
    const shown = contestValues(saved, 'vi');
    const data = form({
      ...Object.fromEntries(Object.entries(shown).filter(([, v]) => typeof v === 'string')) as Record<string, string>,
      kinds: ['docx', 'pdf'], 'tiers.0.name': 'Giải Nhất', 'tiers.0.count': '1', title: 'Tên mới',
    });
    const { values, input } = readContestForm(data, 'vi');
    if (!input) throw new Error('form refused');
    const patch = changedContestFields(input, values, saved, 'vi');
    expect(Object.keys(patch).filter((key) => key !== 'criteria' && key !== 'prizeTiers').sort()).toEqual(['description', 'rules', 'slug', 'title']);
    expect(patch.title).toBe('Tên mới');
  });

  it('keeps real changes and drops what only looks different', () => {
    const { values, input } = readContestForm(form({ ...valid }), 'vi');
    if (!input) throw new Error('form refused');
    const patch = changedContestFields(input, values, saved, 'vi');
    expect(patch).toMatchObject({
      minWords: 500, maxWords: 3000, status: 'open', maxAttachmentBytes: 1_572_864,
      disagreementThreshold: 0.25, adjudicationMethod: 'mean-of-three', entriesPerAuthor: 1,
    });
    // The same kinds in another order, and the same minutes as saved: no change.
    expect(patch.allowedAttachmentKinds).toBeUndefined();
    expect(patch.submissionOpensAt).toBeUndefined();
    expect(patch.submissionClosesAt).toBeUndefined();
  });
});
