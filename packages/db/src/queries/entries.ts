import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { preparedInsert, preparedOnce, setPlaceholder } from '../prepared.ts';
import { bumpResultsRevision } from './results-revision.ts';
import { ENTRY_STATUSES, entries, entryVersions } from '../schema/index.ts';

export type Entry = typeof entries.$inferSelect;
export type NewEntry = typeof entries.$inferInsert;
export type EntryStatus = Entry['status'];
export type EntryVersion = typeof entryVersions.$inferSelect;
/** A version as the caller gives it: its number is computed by `addEntryVersion`. */
export type NewEntryVersion = Omit<typeof entryVersions.$inferInsert, 'id' | 'version'>;

export function createEntry(db: DbOrTx, values: NewEntry): Entry {
  return db.insert(entries).values(values).returning().get();
}

const insertEntry = preparedInsert(entries);

/** Many entries at once (seeding a large contest, bulk imports): one prepared insert a row; their ids in the order given. */
export function createEntries(db: DbOrTx, values: NewEntry[]): number[] {
  const ids = values.map((row) => insertEntry(db, row));
  for (const contestId of new Set(values.map((row) => row.contestId))) bumpResultsRevision(db, { contestId });
  return ids;
}

const entryById = preparedOnce((db) => db.select().from(entries).where(eq(entries.id, sql.placeholder('id'))).prepare());

export function getEntry(db: DbOrTx, id: number): Entry | undefined {
  return entryById(db).get({ id });
}

/** One entrant's entries in every contest, most recently created first. */
export function listEntriesByAuthor(db: DbOrTx, authorId: string): Entry[] {
  return db.select().from(entries).where(eq(entries.authorId, authorId))
    .orderBy(desc(entries.createdAt), desc(entries.id)).all();
}

/** Whether the person has an entry of any status (drafts and withdrawn ones included) in the contest. */
export function hasEntryInContest(db: DbOrTx, authorId: string, contestId: number): boolean {
  return db.select({ id: entries.id }).from(entries)
    .where(and(eq(entries.authorId, authorId), eq(entries.contestId, contestId))).limit(1).get() !== undefined;
}

/** The person's entries in the contest that still count (drafts, submitted, disqualified; not withdrawn), oldest first. */
export function listActiveEntriesInContest(db: DbOrTx, authorId: string, contestId: number): Entry[] {
  return db.select().from(entries)
    .where(and(eq(entries.authorId, authorId), eq(entries.contestId, contestId), ne(entries.status, 'withdrawn')))
    .orderBy(asc(entries.id)).all();
}

/** A contest's entries in creation order, optionally only those with one status. */
export function listEntriesByContest(
  db: DbOrTx,
  contestId: number,
  filter: { status?: EntryStatus } = {},
): Entry[] {
  return db.select().from(entries)
    .where(and(
      eq(entries.contestId, contestId),
      filter.status ? eq(entries.status, filter.status) : undefined,
    ))
    .orderBy(asc(entries.id)).all();
}

/**
 * What results and exports show of some of a contest's entries: code, title and, once the awards are
 * final (`withAuthors`), author; as columns in id order, an entry found by `entryLabelAt`.
 */
export interface EntryLabels {
  ids: readonly number[];
  codes: readonly string[];
  titles: readonly string[];
  authorIds: readonly string[] | null;
}

// The whole contest's as one JSON array a column, not a row an entry: at 100,000 entries a results
// export reads them all, and an array per row, then an object, was most of that read (~450 → ~250
// ms); the authors' ids and the statuses no row showed were another third.
const entryLabelColumns = (withAuthors: boolean) => preparedOnce((db) => db.select({
  ids: sql<string>`json_group_array(${entries.id} order by ${entries.id})`,
  codes: sql<string>`json_group_array(${entries.code} order by ${entries.id})`,
  titles: sql<string>`json_group_array(${entries.title} order by ${entries.id})`,
  authorIds: withAuthors ? sql<string | null>`json_group_array(${entries.authorId} order by ${entries.id})` : sql<string | null>`null`,
}).from(entries).where(eq(entries.contestId, sql.placeholder('contestId'))).prepare());
const entryLabelColumnsOfContest = { true: entryLabelColumns(true), false: entryLabelColumns(false) };

/**
 * The labels of a contest's entries in `entryIds` (a page of results, the tied ones: read by id), or
 * of all of them when `entryIds` is undefined or longer than 500 (then cheaper than that many lookups;
 * the others are not looked up).
 */
export function listEntryLabels(db: DbOrTx, contestId: number, entryIds: readonly number[] | undefined, withAuthors: boolean): EntryLabels {
  if (entryIds === undefined || entryIds.length > 500) {
    const read = entryLabelColumnsOfContest[`${withAuthors}`](db).get({ contestId });
    const column = <T>(json: string | null | undefined) => JSON.parse(json ?? '[]') as T[];
    return {
      ids: column<number>(read?.ids), codes: column<string>(read?.codes), titles: column<string>(read?.titles),
      authorIds: withAuthors ? column<string>(read?.authorIds) : null,
    };
  }
  const rows = entryIds.length === 0 ? [] : db.select({ id: entries.id, code: entries.code, title: entries.title, authorId: entries.authorId })
    .from(entries).where(and(eq(entries.contestId, contestId), inArray(entries.id, [...entryIds]))).orderBy(asc(entries.id)).all();
  return {
    ids: rows.map((row) => row.id), codes: rows.map((row) => row.code), titles: rows.map((row) => row.title),
    authorIds: withAuthors ? rows.map((row) => row.authorId) : null,
  };
}

/** The index of entry `id` in `labels` (a binary search of their ids), −1 when it is not there. */
export function entryLabelAt(labels: EntryLabels, id: number): number {
  let [low, high] = [0, labels.ids.length - 1];
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = labels.ids[middle]!;
    if (at === id) return middle;
    if (at < id) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

// One JSON array rather than a row an id: results ask for these on every change, and at 100,000
// entries a JS array per row was 70 ms of the 95.
const submittedEntryIdsOfContest = preparedOnce((db) => db.select({ ids: sql<string>`json_group_array(${entries.id})` }).from(entries)
  .where(and(eq(entries.contestId, sql.placeholder('contestId')), eq(entries.status, 'submitted'))).prepare());

/** The ids of a contest's submitted entries, from the (contest, status) index alone, in no set order. */
export function listSubmittedEntryIds(db: DbOrTx, contestId: number): number[] {
  return JSON.parse(submittedEntryIdsOfContest(db).get({ contestId })?.ids ?? '[]') as number[];
}

/**
 * Records the next submitted version of an entry (1, 2, 3…). Reads the last number then writes,
 * so call it inside `writeTransaction`; the unique (entry, version) index refuses a duplicate
 * rather than letting two versions share a number.
 */
const lastVersionNumber = preparedOnce((db) => db.select({ n: sql<number | null>`max(${entryVersions.version})` })
  .from(entryVersions).where(eq(entryVersions.entryId, sql.placeholder('entryId'))).prepare());
const insertVersion = preparedOnce((db) => db.insert(entryVersions).values({
  entryId: sql.placeholder('entryId'), version: sql.placeholder('version'), title: sql.placeholder('title'),
  subject: sql.placeholder('subject'), category: sql.placeholder('category'), body: sql.placeholder('body'),
  wordCount: sql.placeholder('wordCount'), sha256: sql.placeholder('sha256'),
  attachmentIds: sql.placeholder('attachmentIds'), submittedAt: sql.placeholder('submittedAt'),
}).returning().prepare());

export function addEntryVersion(db: DbOrTx, values: NewEntryVersion): EntryVersion {
  const last = lastVersionNumber(db).get({ entryId: values.entryId });
  // Screening's near-duplicates compare the latest versions (cached under the results revision).
  bumpResultsRevision(db, { entryId: values.entryId });
  return insertVersion(db).get({
    ...values, category: values.category ?? null, attachmentIds: values.attachmentIds ?? [], version: (last?.n ?? 0) + 1,
  });
}

/** Every submitted version, oldest first. */
export function listEntryVersions(db: DbOrTx, entryId: number): EntryVersion[] {
  return db.select().from(entryVersions).where(eq(entryVersions.entryId, entryId))
    .orderBy(asc(entryVersions.version)).all();
}

/** How many of a contest's entries are in each status, with zero for statuses nobody is in. */
export function countEntriesByStatus(db: DbOrTx, contestId: number): Record<EntryStatus, number> {
  const counts = Object.fromEntries(ENTRY_STATUSES.map((s) => [s, 0])) as Record<EntryStatus, number>;
  const rows = db.select({ status: entries.status, n: sql<number>`count(*)` }).from(entries)
    .where(eq(entries.contestId, contestId)).groupBy(entries.status).all();
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

export function updateEntry(
  db: DbOrTx,
  id: number,
  values: Partial<Omit<NewEntry, 'id' | 'contestId' | 'authorId' | 'code' | 'createdAt'>>,
): Entry | undefined {
  bumpResultsRevision(db, { entryId: id });
  return db.update(entries).set(values).where(eq(entries.id, id)).returning().get();
}

const submittedUpdate = preparedOnce((db) => db.update(entries).set({
  status: 'submitted', submittedAt: setPlaceholder<Date>('submittedAt'),
  consentToPublish: setPlaceholder<boolean>('consentToPublish'), penName: setPlaceholder<string | null>('penName'),
}).where(eq(entries.id, sql.placeholder('id'))).returning().prepare());

/** The entry marked submitted (the submit path's one update, prepared once). */
export function markEntrySubmitted(
  db: DbOrTx,
  id: number,
  values: { submittedAt: Date; consentToPublish: boolean; penName: string | null },
): Entry | undefined {
  bumpResultsRevision(db, { entryId: id });
  return submittedUpdate(db).get({ id, ...values });
}

export function findEntryByCode(db: DbOrTx, code: string): Entry | undefined {
  return db.select().from(entries).where(eq(entries.code, code)).get();
}

/** The latest submitted version, or undefined for an entry never submitted. */
export function latestEntryVersion(db: DbOrTx, entryId: number): EntryVersion | undefined {
  return db.select().from(entryVersions).where(eq(entryVersions.entryId, entryId))
    .orderBy(desc(entryVersions.version)).limit(1).get();
}

export function getEntryVersion(db: DbOrTx, entryId: number, version: number): EntryVersion | undefined {
  return db.select().from(entryVersions)
    .where(and(eq(entryVersions.entryId, entryId), eq(entryVersions.version, version))).get();
}
