import {
  createContest, createEntry, createUnit, createUser, findUnitByName,
  findUserByEmail, getContestBySlug, searchUsers, writeTransaction, type Db, type DbOrTx, type Role, type Tx,
} from '@guong-sang/db';
import { recordSubmission } from '../entries/submission.ts';
import { closedContest, DEMO_CONTEST_SLUG, openContest, publishedContest, vietnamYear, type DemoContest } from './contests.ts';
import { generateEssay, type SubjectKind } from './essay-generator.ts';
import { DEMO_EMAIL_DOMAIN, DEMO_UNITS, demoEmail, vietnameseName, type DemoUnit } from './people.ts';
import { hashString } from '../lib/hash-string.ts';
import { createRng, type Rng } from './prng.ts';

export { DEMO_CONTEST_SLUG } from './contests.ts';

export const DEMO_ORGANIZER_EMAIL = `organizer@${DEMO_EMAIL_DOMAIN}`;
export const DEFAULT_DEMO_SEED = 2026;

const JUDGES = 8;
const ENTRANTS = 360;
/** Entrants 0…309 enter the open contest; every seventh of them is still drafting. */
const OPEN_CONTEST_ENTRANTS = 310;
const DRAFT_EVERY = 7;
/** Entrants 100…139 entered the earlier contest (some entered both). */
const CLOSED_CONTEST_ENTRANTS = { from: 100, to: 140 };
/** Entrants 130…199 entered last year's contest, now published. */
const PUBLISHED_CONTEST_ENTRANTS = { from: 130, to: 200 };
/** How many entrant accounts the launcher prints. */
const LISTED_ENTRANTS = 5;

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DemoAccount {
  email: string;
  fullName: string;
}

export interface DemoAccounts {
  /** False when the demo was already there and nothing was written. */
  created: boolean;
  organizer: DemoAccount;
  judges: DemoAccount[];
  /** The first few entrants: the first has a draft, the next ones submitted entries. */
  entrants: DemoAccount[];
  passwordNote: string;
}

export interface SeedOptions {
  /** One hash, computed once by the caller, shared by every demo account (hashing is slow). */
  passwordHash: string;
  now: Date;
  /** Same seed, same people, essays, codes and ids. */
  seed?: number;
}

/**
 * Fills the database with a realistic Vietnamese demo: units, an organizer, judges, 360 entrants, an
 * open contest with ~265 submitted entries over three weeks and some drafts (420 entries in all with
 * the two earlier contests), and an earlier contest being judged.
 * Does nothing when the demo contest already exists, so it is safe to call at every start.
 */
export function seedDemo(db: Db, options: SeedOptions): DemoAccounts {
  if (getContestBySlug(db, DEMO_CONTEST_SLUG)) return { created: false, ...demoAccounts(db) };
  const plan = planDemo(options.now, options.seed ?? DEFAULT_DEMO_SEED);
  const created = writeTransaction(db, (tx) => {
    if (getContestBySlug(tx, DEMO_CONTEST_SLUG)) return false;
    writePlan(tx, plan, options.passwordHash);
    return true;
  });
  return { created, ...demoAccounts(db) };
}

interface PlannedUser {
  id: string;
  email: string;
  fullName: string;
  unit: DemoUnit;
  roles: Role[];
  createdAt: Date;
}

type DemoContestKey = 'open' | 'closed' | 'published';

interface PlannedEntry {
  contest: DemoContestKey;
  author: PlannedUser;
  code: string;
  status: 'draft' | 'submitted';
  title: string;
  subject: string;
  category: string;
  body: string;
  wordCount: number;
  consentToPublish: boolean;
  penName: string | null;
  createdAt: Date;
  submittedAt: Date | null;
}

interface Plan {
  contests: Record<DemoContestKey, DemoContest>;
  organizer: PlannedUser;
  judges: PlannedUser[];
  entrants: PlannedUser[];
  entries: PlannedEntry[];
}

const PEN_NAMES = ['Hoa Sữa', 'Mộc Miên', 'Lam Giang', 'Thanh Tâm', 'Hạt Cát', 'Sông Hậu', 'Phượng Đỏ', 'Cỏ May'];
/** No 0/O, 1/I/L: codes are read aloud and typed by hand. */
const CODE_CHARACTERS = [...'ABCDEFGHJKMNPQRSTUVWXYZ23456789'];

/** Everything the demo will write, computed without touching the database. */
function planDemo(now: Date, seed: number): Plan {
  const root = createRng(seed);
  const ids = root.fork('ids');
  const people = root.fork('people');
  const writing = root.fork('entries');
  const codes = root.fork('codes');
  const contests = { open: openContest(now), closed: closedContest(now), published: publishedContest(now) };
  const accountsFrom = contests.published.contest.submissionOpensAt.getTime() - 15 * DAY;

  // Same shape as the ids the API gives registering users (15 random bytes, base64url).
  const newId = () => Buffer.from(ids.bytes(15)).toString('base64url');
  const usedCodes = new Set<string>();
  const newCode = () => {
    let code: string;
    do code = `GS-${Array.from({ length: 6 }, () => codes.pick(CODE_CHARACTERS)).join('')}`;
    while (usedCodes.has(code));
    usedCodes.add(code);
    return code;
  };

  const organizer: PlannedUser = {
    id: newId(),
    email: DEMO_ORGANIZER_EMAIL,
    fullName: 'Lê Thị Thanh Hương',
    unit: { name: 'Ban Tổ chức cuộc thi', workplace: 'Ban Tổ chức cuộc thi', headcount: 0, professions: [] },
    roles: ['organizer'],
    createdAt: new Date(accountsFrom - DAY),
  };
  let number = 0;
  const person = (unit: DemoUnit, roles: Role[], createdAt: Date): PlannedUser => {
    const name = vietnameseName(people);
    return { id: newId(), email: demoEmail(name, ++number), fullName: name.fullName, unit, roles, createdAt };
  };
  // Judges come from eight different units, so each has entries they may not read.
  const judges = people.shuffle(DEMO_UNITS).slice(0, JUDGES)
    .map((unit, i) => person(unit, ['entrant', 'judge'], new Date(accountsFrom + i * HOUR)));
  // Units differ in keenness as much as in size (a few units send many entries, many send few),
  // so the participation dashboard has something to show.
  const keenness = root.fork('keenness');
  const unitWeights = DEMO_UNITS.map((u) => Math.sqrt(u.headcount) * (0.1 + 3 * keenness.next() ** 2));
  const entrants = Array.from({ length: ENTRANTS }, () =>
    person(weightedUnit(people, unitWeights), ['entrant'], new Date(accountsFrom + people.int(1, 10 * 24 * 60) * MINUTE)));

  const entries: PlannedEntry[] = [];
  const enter = (which: DemoContestKey, author: PlannedUser, index: number, draft: boolean) => {
    const { contest, categoryFor } = contests[which];
    const opens = contest.submissionOpensAt.getTime();
    const lastMoment = Math.min(now.getTime(), contest.submissionClosesAt.getTime());
    const kind = pickKind(writing);
    const essay = generateEssay(hashString(`${seed}:essay:${which}:${index}`), {
      profession: writing.pick(author.unit.professions),
      workplace: author.unit.workplace,
      subjectKind: kind,
      // A draft is often still short of the minimum.
      targetWords: draft ? writing.int(250, 900) : writing.int(600, 1800),
      // Many real entries name the contest in their first lines. Entrant 1's (the first submitted
      // one) always does, so searching the demo for "Gương sáng làm theo lời Bác" finds a story.
      contestTitle: index === 1 || writing.chance(0.3) ? contest.title : undefined,
      year: vietnamYear(new Date(lastMoment)),
    });
    // Started ever more often toward the deadline (density rising linearly), as real contests go.
    const createdAt = Math.floor(opens + Math.sqrt(writing.next()) * (lastMoment - 2 * HOUR - opens));
    // Submitted from five minutes to three days after the draft was started, before the deadline.
    const latestDelay = Math.min(3 * 24 * 60, Math.floor((lastMoment - createdAt) / MINUTE) - 1);
    const submittedAt = draft ? null : new Date(createdAt + writing.int(5, latestDelay) * MINUTE);
    entries.push({
      contest: which,
      author,
      code: newCode(),
      status: draft ? 'draft' : 'submitted',
      title: essay.title,
      subject: essay.subject,
      category: categoryFor[kind],
      body: essay.html,
      wordCount: essay.wordCount,
      consentToPublish: !draft && writing.chance(0.85),
      penName: writing.chance(0.1) ? writing.pick(PEN_NAMES) : null,
      createdAt: new Date(createdAt),
      submittedAt,
    });
  };
  entrants.slice(0, OPEN_CONTEST_ENTRANTS).forEach((author, i) => enter('open', author, i, i % DRAFT_EVERY === 0));
  entrants.slice(CLOSED_CONTEST_ENTRANTS.from, CLOSED_CONTEST_ENTRANTS.to)
    .forEach((author, i) => enter('closed', author, i, false));
  entrants.slice(PUBLISHED_CONTEST_ENTRANTS.from, PUBLISHED_CONTEST_ENTRANTS.to)
    .forEach((author, i) => enter('published', author, i, false));
  // Rows go in in the order things happened, so ids and the audit log read chronologically.
  entries.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return { contests, organizer, judges, entrants, entries };
}

function pickKind(rng: Rng): SubjectKind {
  const r = rng.next();
  return r < 0.55 ? 'party-member' : r < 0.85 ? 'worker' : 'group';
}

function weightedUnit(rng: Rng, weights: number[]): DemoUnit {
  let r = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (const [i, unit] of DEMO_UNITS.entries()) {
    r -= weights[i]!;
    if (r < 0) return unit;
  }
  return DEMO_UNITS[DEMO_UNITS.length - 1]!;
}

function writePlan(tx: Tx, plan: Plan, passwordHash: string): void {
  const unitIds = new Map<string, number>();
  for (const unit of [plan.organizer.unit, ...DEMO_UNITS]) {
    // A first organizer may already have created their unit under the same name.
    const row = findUnitByName(tx, unit.name)
      ?? createUnit(tx, { name: unit.name, headcount: unit.headcount, openToEntrants: unit !== plan.organizer.unit });
    unitIds.set(unit.name, row.id);
  }
  for (const user of [plan.organizer, ...plan.judges, ...plan.entrants]) {
    createUser(tx, {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      unitId: unitIds.get(user.unit.name)!,
      passwordHash,
      createdAt: user.createdAt,
    }, user.roles);
  }
  const contests = {
    open: createContest(tx, plan.contests.open.contest, plan.contests.open),
    closed: createContest(tx, plan.contests.closed.contest, plan.contests.closed),
    published: createContest(tx, plan.contests.published.contest, plan.contests.published),
  };
  for (const planned of plan.entries) {
    const updatedAt = planned.submittedAt ?? new Date(planned.createdAt.getTime() + HOUR);
    const entry = createEntry(tx, {
      contestId: contests[planned.contest].id,
      authorId: planned.author.id,
      code: planned.code,
      status: planned.status,
      title: planned.title,
      subject: planned.subject,
      category: planned.category,
      body: planned.body,
      wordCount: planned.wordCount,
      consentToPublish: planned.consentToPublish,
      penName: planned.penName,
      createdAt: planned.createdAt,
      updatedAt,
      submittedAt: planned.submittedAt,
    });
    if (!planned.submittedAt) continue;
    // Submitted as an author would be, at the planned time: version, audit row and receipt mail.
    recordSubmission(tx, entry, contests[planned.contest], {
      now: planned.submittedAt, actorId: planned.author.id, consentToPublish: planned.consentToPublish, penName: planned.penName,
    });
  }
}

/** The demo accounts as stored, so a second start prints the same list as the first. */
function demoAccounts(db: DbOrTx): Omit<DemoAccounts, 'created'> {
  const organizer = findUserByEmail(db, DEMO_ORGANIZER_EMAIL);
  if (!organizer) throw new Error(`The demo contest exists but its organizer ${DEMO_ORGANIZER_EMAIL} does not`);
  // Demo e-mails end in a sequence number (nhung.nguyen.042@…): list people in that order.
  const sequence = (email: string) => Number(/\.(\d+)@/.exec(email)?.[1] ?? Infinity);
  const withRole = (role: Role) => searchUsers(db, `@${DEMO_EMAIL_DOMAIN}`, { role, limit: 10_000 })
    .sort((a, b) => sequence(a.email) - sequence(b.email));
  const account = (u: { email: string; fullName: string }) => ({ email: u.email, fullName: u.fullName });
  const judges = withRole('judge');
  const judgeIds = new Set(judges.map((j) => j.id));
  return {
    organizer: account(organizer),
    judges: judges.map(account),
    entrants: withRole('entrant').filter((u) => !judgeIds.has(u.id)).slice(0, LISTED_ENTRANTS).map(account),
    passwordNote: 'Every demo account has the same password: the one whose hash was given to seedDemo.',
  };
}
