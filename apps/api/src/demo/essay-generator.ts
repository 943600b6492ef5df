import { countWords } from '@guong-sang/text';
import { vietnameseName, type VietnameseName } from './people.ts';
import {
  BACKGROUNDS, CLOSINGS, CONTEST_MENTIONS, FOUND_MONEY, HOMETOWNS, HONOURS, IMPACTS, INTRODUCTIONS,
  MARKETS, MONTH_COUNTS, NARRATOR, OCCASIONS, OPENINGS, OUTCOMES, QUOTE_FOLLOWS, QUOTE_LEADS,
  REFLECTIONS, SAVINGS, SMALL_NUMBERS, STREETS, TITLES, TRAITS, WARDS, type Phrase,
} from './phrases.ts';
import { createRng, type Rng } from './prng.ts';
import { PROFESSIONS, type Profession, type ProfessionKey } from './professions.ts';
import { VIRTUE_KEYS, VIRTUES, type VirtueKey } from './virtues.ts';

/**
 * Deterministic Vietnamese demo essays: true-story-style texts about an exemplary colleague or
 * team, written from sentence templates. The same seed and options give the same essay.
 */

/** Who the essay is about; decides the contest category and which templates fit. */
export type SubjectKind = 'party-member' | 'worker' | 'group';

export interface EssayOptions {
  /** Words to aim for; the essay ends within a paragraph of it. Default: 600–1,800 from the seed. */
  targetWords?: number;
  profession?: ProfessionKey;
  /** Where the subject works, e.g. "Bệnh viện quận Gò Vấp". */
  workplace?: string;
  subjectKind?: SubjectKind;
  /** When given, the opening names the contest, as many real entries do. */
  contestTitle?: string;
  /** The year of writing: ages and "last year" are counted from it. */
  year?: number;
}

export interface Essay {
  title: string;
  /** The person or collective the story is about (nhân vật được viết về). */
  subject: string;
  subjectKind: SubjectKind;
  /** `<h2>` and `<p>` only, like the editor's sanitized output. */
  html: string;
  /** The same content as plain text, blocks separated by blank lines. */
  text: string;
  wordCount: number;
}

const DEFAULT_WORKPLACE: Record<ProfessionKey, string> = {
  'bac-si': 'Bệnh viện quận Gò Vấp',
  'dieu-duong': 'Bệnh viện Nhân dân 115',
  'giao-vien': 'Trường Trung học phổ thông Nguyễn Thị Minh Khai',
  'giang-vien': 'Trường Đại học Sư phạm Thành phố Hồ Chí Minh',
  'cong-an': 'Công an phường Bến Thành',
  'tu-phap': 'Sở Tư pháp',
  'thi-hanh-an': 'Thi hành án dân sự Thành phố Hồ Chí Minh',
  'cap-nuoc': 'Tổng công ty Cấp nước Sài Gòn',
  'dien-luc': 'Tổng công ty Điện lực Thành phố Hồ Chí Minh',
  'moi-truong': 'Công ty Môi trường Đô thị Thành phố Hồ Chí Minh',
  'phong-vien': 'Báo Sài Gòn Giải Phóng',
  'chinh-sach': 'Sở Nội vụ',
  'tai-chinh': 'Sở Tài chính',
};

/** A section paragraph is added only while at least this many words are still wanted. */
const MIN_USEFUL_WORDS = 40;

interface Subject {
  /** Display form for the entry's subject field. */
  label: string;
  fullName: string;
  /** Kin pronoun used after the first mention: anh, chị, chú, cô, thầy; "họ" for a team. */
  pronoun: string;
  /** How the essay names the subject in passing: "chị Nhung", "các anh chị ở khoa Nhi". */
  shortNames: readonly string[];
  /** Said before the full name on first mention. */
  formalTitle: string;
  /** Where in the workplace the story happens: the team itself, or the person's post. */
  place: string;
  gender?: VietnameseName['gender'];
  age: number;
}

function kinPronoun(person: VietnameseName, age: number, profession: Profession): string {
  const male = person.gender === 'male';
  if (profession.teacher) return male ? 'thầy' : 'cô';
  if (age >= 52) return male ? 'chú' : 'cô';
  return male ? 'anh' : 'chị';
}

function makeSubject(
  rng: Rng, kind: SubjectKind, profession: Profession, post: Profession['posts'][number], workplace: string,
): Subject {
  if (kind === 'group') {
    const team = rng.pick(profession.groups);
    const inPassing = team.charAt(0).toLowerCase() + team.slice(1);
    return {
      label: `${team}, ${workplace}`,
      fullName: team,
      place: inPassing,
      pronoun: 'họ',
      shortNames: [`các anh chị ở ${inPassing}`, `tập thể ${inPassing}`],
      formalTitle: '',
      age: rng.int(35, 55),
    };
  }
  const person = vietnameseName(rng);
  const age = rng.int(28, 58);
  const pronoun = kinPronoun(person, age, profession);
  const title = profession.titles ? rng.pick(profession.titles) : undefined;
  const teacherTitle = person.gender === 'male' ? 'thầy giáo' : 'cô giáo';
  return {
    label: person.fullName,
    fullName: person.fullName,
    pronoun,
    shortNames: title && profession.titleBeforeGivenName
      ? [`${pronoun} ${person.given}`, `${pronoun} ${person.given}`, `${title} ${person.given}`]
      : [`${pronoun} ${person.given}`],
    // "anh Lê Công Khoa, bác sĩ khoa Hồi sức", not "bác sĩ Lê Công Khoa, bác sĩ khoa Hồi sức".
    formalTitle: title && !post.title.toLowerCase().startsWith(title.toLowerCase())
      ? title
      : profession.teacher ? teacherTitle : pronoun,
    place: post.place,
    gender: person.gender,
    age,
  };
}

const textOf = (phrase: Phrase) => (typeof phrase === 'string' ? phrase : phrase.text);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function generateEssay(seed: number, options: EssayOptions = {}): Essay {
  const rng = createRng(seed);
  const year = options.year ?? 2026;
  const professionKey = options.profession ?? rng.pick(Object.keys(PROFESSIONS) as ProfessionKey[]);
  const profession = PROFESSIONS[professionKey];
  const workplace = options.workplace ?? DEFAULT_WORKPLACE[professionKey];
  const kind = options.subjectKind ?? rng.pick<SubjectKind>(['party-member', 'party-member', 'worker', 'group']);
  const target = options.targetWords ?? rng.int(600, 1800);
  const post = rng.pick(profession.posts);
  const subject = makeSubject(rng, kind, profession, post, workplace);

  const years = Math.min(subject.age - 22, rng.int(5, 30));
  const born = year - subject.age;
  const leader = vietnameseName(rng);
  const fixed: Record<string, string> = {
    hoten: subject.fullName,
    danhxung: subject.formalTitle,
    chucdanh: post.title,
    noilam: subject.place,
    donvi: workplace,
    dan: profession.served,
    ng: subject.pronoun,
    nam: String(years),
    namsinh: String(born),
    namvao: String(born + 18),
    namdang: String(Math.min(year - 2, born + rng.int(24, 32))),
    namcung: String(rng.int(3, 15)),
    namlap: String(rng.int(1976, 2015)),
    songuoi: String(rng.int(12, 60)),
    que: rng.pick(HOMETOWNS),
    truong: rng.pick(profession.schools),
    truongnhom: `${kinPronoun(leader, 45, profession)} ${leader.fullName}`,
    ao: subject.gender === 'male' ? 'áo sơ mi' : 'áo dài',
    cuocthi: options.contestTitle ?? '',
  };
  // Details that may differ each time they are mentioned.
  const varying: Record<string, () => string> = {
    ten: () => rng.pick(subject.shortNames),
    phuong: () => rng.pick(WARDS),
    duong: () => rng.pick(STREETS),
    cho: () => rng.pick(MARKETS),
    thoigian: () => rng.pick(OCCASIONS),
    tinh: () => rng.pick(HOMETOWNS),
    viec: () => rng.pick(profession.tasks),
    dacdiem: () => rng.pick(TRAITS),
    sangkien: () => rng.pick(profession.initiatives),
    tien: () => rng.pick(SAVINGS),
    tien2: () => rng.pick(FOUND_MONEY),
    soit: () => rng.pick(SMALL_NUMBERS),
    sothang: () => rng.pick(MONTH_COUNTS),
    khenthuong: () => rng.pick(HONOURS),
    namgan: () => String(year - rng.int(1, 3)),
    lop: () => String(rng.int(1, 12)),
  };

  /** Fills {slot} and {Slot} (capitalized); one value per slot within a sentence. */
  const fill = (template: string, extra: Record<string, string> = {}): string => {
    const chosen = new Map<string, string>();
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const key = name.toLowerCase();
      let value = chosen.get(key) ?? extra[key] ?? fixed[key] ?? varying[key]?.();
      if (value === undefined) throw new Error(`essay template uses unknown slot {${name}}`);
      chosen.set(key, value);
      if (name !== key) value = capitalize(value);
      return value;
    });
  };

  const fits = (phrase: Phrase) => typeof phrase === 'string'
    || (phrase.only === 'group' ? kind === 'group'
      : phrase.only === 'party' ? kind === 'party-member'
        : kind !== 'group');
  /** Draws without replacement, so no sentence repeats within an essay. */
  const deck = (phrases: readonly Phrase[]) => {
    const cards = rng.shuffle(phrases.filter(fits).map(textOf));
    return (extra?: Record<string, string>) => {
      const card = cards.pop();
      return card === undefined ? undefined : fill(card, extra);
    };
  };
  const draw = {
    opening: deck(OPENINGS), introduction: deck(INTRODUCTIONS), narrator: deck(NARRATOR),
    contest: deck(CONTEST_MENTIONS), outcome: deck(OUTCOMES),
    reflection: deck(REFLECTIONS), quoteLead: deck(QUOTE_LEADS), quoteFollow: deck(QUOTE_FOLLOWS),
    impact: deck(IMPACTS), closing: deck(CLOSINGS),
  };
  const material = (virtue: VirtueKey) => ({
    intro: deck(VIRTUES[virtue].intros),
    habit: deck(VIRTUES[virtue].habits),
    saying: deck(VIRTUES[virtue].sayings),
    story: deck(profession.stories.filter((s) => s.virtue === virtue).map((s) => s.text)),
    quotes: rng.shuffle(VIRTUES[virtue].quotes),
  });
  // Teachings addressed to this kind of work come first: they are the most fitting.
  const professionQuotes = [...(profession.quotes ?? [])];

  const sentences = (...items: (string | undefined)[]) => items.filter((s): s is string => s !== undefined);
  const take = (n: number, next: () => string | undefined) => sentences(...Array.from({ length: n }, next));
  const wordsIn = (paragraph: string[]) => countWords(paragraph.join(' '));

  const opening = sentences(draw.opening(), draw.introduction(), draw.narrator());
  if (options.contestTitle) opening.splice(rng.chance(0.5) ? 0 : 2, 0, draw.contest()!);
  // A life story reads in order (birth, school, party, family), so keep the template order.
  const background = rng.shuffle(BACKGROUNDS.filter(fits)).slice(0, rng.int(3, 5))
    .sort((a, b) => BACKGROUNDS.indexOf(a) - BACKGROUNDS.indexOf(b))
    .map((p) => fill(textOf(p)));
  const impact = take(rng.int(3, 4), draw.impact);
  const closing = take(3, draw.closing);
  let wanted = target - [opening, background, impact, closing].reduce((n, p) => n + wordsIn(p), 0);

  const useHeadings = target >= 1000 && rng.chance(0.5);
  // Virtues this work has stories for come first; the others are told through habits.
  const virtueOrder = [
    ...rng.shuffle([...new Set(profession.stories.map((s) => s.virtue))]),
    ...rng.shuffle(VIRTUE_KEYS.filter((v) => !profession.stories.some((s) => s.virtue === v))),
  ];
  const sections: { heading?: string; paragraphs: string[][]; more: ReturnType<typeof material> }[] = [];
  const addTo = (section: (typeof sections)[number], paragraph: string[]) => {
    section.paragraphs.push(paragraph);
    wanted -= wordsIn(paragraph);
  };
  for (const virtue of virtueOrder) {
    if (wanted < MIN_USEFUL_WORDS) break;
    const m = material(virtue);
    const heading = useHeadings ? rng.pick(VIRTUES[virtue].headings) : undefined;
    if (heading) wanted -= countWords(heading);
    const section: (typeof sections)[number] = { heading, paragraphs: [], more: m };
    sections.push(section);
    const story = m.story();
    // Outcomes tell what followed an anecdote, so habits are followed by a reflection instead.
    addTo(section, sentences(m.intro(), ...(story ? [story, draw.outcome()] : [m.habit(), m.habit(), draw.reflection()])));
    if (wanted < MIN_USEFUL_WORDS) break;
    const quote = professionQuotes.shift() ?? m.quotes.shift();
    addTo(section, sentences(
      m.saying(),
      m.habit(),
      ...(quote ? [draw.quoteLead({ loibac: quote }), draw.quoteFollow()] : [draw.reflection()]),
      rng.chance(0.5) ? draw.reflection() : undefined,
    ));
  }
  // Long essays dwell longer on the virtues already told.
  for (const section of sections) {
    if (wanted < MIN_USEFUL_WORDS) break;
    const more = sentences(section.more.habit(), section.more.habit(), draw.reflection(), draw.impact());
    if (more.length >= 3) addTo(section, more);
  }

  type Block = { heading: string } | { paragraph: string };
  const blocks: Block[] = [
    ...[opening, background].map((p) => ({ paragraph: p.join(' ') })),
    ...sections.flatMap((s) => [
      ...(s.heading ? [{ heading: s.heading }] : []),
      ...s.paragraphs.map((p) => ({ paragraph: p.join(' ') })),
    ]),
    ...[impact, closing].map((p) => ({ paragraph: p.join(' ') })),
  ];
  const text = blocks.map((b) => ('heading' in b ? b.heading : b.paragraph)).join('\n\n').normalize('NFC');
  const html = blocks
    .map((b) => ('heading' in b ? `<h2>${escapeHtml(b.heading)}</h2>` : `<p>${escapeHtml(b.paragraph)}</p>`))
    .join('\n').normalize('NFC');
  const title = fill(rng.pick([...TITLES.filter(fits).map(textOf), ...profession.titleIdeas]));
  return {
    title: capitalize(title).normalize('NFC'),
    subject: subject.label.normalize('NFC'),
    subjectKind: kind,
    html,
    text,
    wordCount: countWords(text),
  };
}
