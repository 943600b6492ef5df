import { foldStrokeD } from '@guong-sang/text';
import { and, asc, eq, isNotNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { awards, contests, entries, publications, units, users } from '../schema/index.ts';

export type Publication = typeof publications.$inferSelect;
export type NewPublication = typeof publications.$inferInsert;

export function createPublication(db: DbOrTx, values: NewPublication): Publication {
  return db.insert(publications).values(values).returning().get();
}

export function getPublicationByEntry(db: DbOrTx, entryId: number): Publication | undefined {
  return db.select().from(publications).where(eq(publications.entryId, entryId)).get();
}

export function updatePublication(
  db: DbOrTx,
  id: number,
  values: Partial<Omit<NewPublication, 'id' | 'entryId' | 'slug' | 'createdAt'>>,
): Publication | undefined {
  return db.update(publications).set(values).where(eq(publications.id, id)).returning().get();
}

/** A contest's publications, in entry order. */
export function listPublicationsByContest(db: DbOrTx, contestId: number): Publication[] {
  return db.select({ publication: publications }).from(publications)
    .innerJoin(entries, eq(entries.id, publications.entryId))
    .where(eq(entries.contestId, contestId))
    .orderBy(asc(entries.id)).all()
    .map((row) => row.publication);
}

/** A contest's awarded entries with their author's unit, in one query (the showcase's winners). */
export function listAwardedEntries(db: DbOrTx, contestId: number) {
  return db.select({ entryId: entries.id, code: entries.code, title: entries.title, authorUnitName: units.name })
    .from(awards)
    .innerJoin(entries, eq(entries.id, awards.entryId))
    .innerJoin(users, eq(users.id, entries.authorId))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(awards.contestId, contestId)).all();
}

/*
 * The query form of the visibility rule whose home is apps/api/src/publishing/visibility.ts
 * (`showcaseIsPublic`, `storyIsPublic`): lists, search and paging filter here in SQL, so the
 * conditions are stated once more in the query language; change both together.
 */

/** A contest's showcase is public once its publication time has come. */
const showcasePublished = (now: Date) => and(isNotNull(contests.publishedAt), lte(contests.publishedAt, now));

/** Contests whose showcase is public at `now`, most recently published first. */
export function listPublishedContests(db: DbOrTx, now: Date) {
  return db.select().from(contests)
    .where(showcasePublished(now))
    .orderBy(sql`${contests.publishedAt} desc`, asc(contests.id)).all();
}

/**
 * What makes a story public, the one definition every public list, page, search and book uses:
 * both approvals, its contest's showcase published by `now`, and an award that still stands for an
 * entry still in the running (a revoked award or a disqualified entry takes the story down).
 * Callers join publications, entries and contests.
 */
const isPublic = (now: Date) => and(
  isNotNull(publications.authorApprovedAt),
  isNotNull(publications.organizerApprovedAt),
  showcasePublished(now),
  eq(entries.status, 'submitted'),
  sql`exists (select 1 from ${awards} where ${awards.entryId} = ${entries.id} and ${awards.revokedAt} is null)`,
);

/** Whether the entry's story is public at `now`. */
export function isEntryPublic(db: DbOrTx, entryId: number, now: Date): boolean {
  return db.select({ id: publications.id }).from(publications)
    .innerJoin(entries, eq(entries.id, publications.entryId))
    .innerJoin(contests, eq(contests.id, entries.contestId))
    .where(and(eq(entries.id, entryId), isPublic(now))).get() !== undefined;
}

/** A public story by its contest's slug and its own slug; undefined for anything not public. */
export function getPublicStory(db: DbOrTx, contestSlug: string, storySlug: string, now: Date) {
  return db.select({ publication: publications, entry: entries, contest: contests })
    .from(publications)
    .innerJoin(entries, eq(entries.id, publications.entryId))
    .innerJoin(contests, eq(contests.id, entries.contestId))
    .where(and(eq(contests.slug, contestSlug), eq(publications.slug, storySlug), isPublic(now)))
    .get();
}

/** A contest's public stories without their text (for previous/next links), in entry order. */
export function listPublicStoryRefs(db: DbOrTx, contestId: number, now: Date) {
  return db.select({
    publicationId: publications.id, slug: publications.slug, title: publications.title,
    displayName: publications.displayName, entryId: entries.id,
  })
    .from(publications)
    .innerJoin(entries, eq(entries.id, publications.entryId))
    .innerJoin(contests, eq(contests.id, entries.contestId))
    .where(and(isPublic(now), eq(contests.id, contestId)))
    .orderBy(asc(entries.id)).all();
}

/** Every public story (all contests), for feeds and sitemaps. */
export function listPublicStories(db: DbOrTx, now: Date, filter: { contestId?: number } = {}) {
  return db.select({ publication: publications, entry: entries, contest: contests })
    .from(publications)
    .innerJoin(entries, eq(entries.id, publications.entryId))
    .innerJoin(contests, eq(contests.id, entries.contestId))
    .where(and(isPublic(now), filter.contestId === undefined ? undefined : eq(contests.id, filter.contestId)))
    .orderBy(asc(contests.id), asc(entries.id)).all();
}

/** The words of a visitor's query, with đ folded as the index folds it (0003 migration). */
const queryWords = (query: string) => foldStrokeD(query.normalize('NFC')).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/**
 * The words of a visitor's query as an FTS5 expression: every word must occur, diacritics and
 * case ignored. Each word is quoted, so FTS5 operators and punctuation in the input are just text.
 * Returns undefined when the query has no word.
 */
export function toMatchExpression(query: string): string | undefined {
  const words = queryWords(query);
  if (words.length === 0) return undefined;
  return words.slice(0, 20).map((word) => `"${word}"`).join(' ');
}

/** The query's words as one FTS5 phrase: stories holding them in this order rank first. */
function toPhraseExpression(query: string): string | undefined {
  const words = queryWords(query);
  return words.length > 1 ? `"${words.slice(0, 20).join(' ')}"` : undefined;
}

export interface StorySearchHit {
  publicationId: number;
  rank: number;
  slug: string;
  title: string;
  displayName: string;
  /** For the snippet around the words found. */
  bodyText: string;
  entryId: number;
  contestId: number;
  contestSlug: string;
  contestTitle: string;
}

/**
 * Public stories holding every word of `query`, best first: the exact phrase before scattered
 * words, then by BM25 (title counts most, then author, then body).
 */
export function searchPublicStories(
  db: DbOrTx,
  query: string,
  now: Date,
  page: { limit: number; offset: number; contestId?: number },
): { total: number; hits: StorySearchHit[] } {
  const match = toMatchExpression(query);
  if (!match) return { total: 0, hits: [] };
  const where = and(
    sql`publication_search MATCH ${match}`,
    isPublic(now),
    page.contestId === undefined ? undefined : eq(contests.id, page.contestId),
  );
  const from = sql`publication_search
    JOIN ${publications} ON ${publications.id} = publication_search.rowid
    JOIN ${entries} ON ${entries.id} = ${publications.entryId}
    JOIN ${contests} ON ${contests.id} = ${entries.contestId}`;
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${from} WHERE ${where}`)?.n ?? 0;
  const phrase = toPhraseExpression(query);
  const phraseFirst = phrase
    ? sql`publication_search.rowid NOT IN (SELECT rowid FROM publication_search WHERE publication_search MATCH ${phrase}),`
    : sql``;
  const hits = db.all<StorySearchHit>(sql`
    SELECT ${publications.id} AS publicationId, bm25(publication_search, 10.0, 4.0, 1.0) AS rank,
      ${publications.slug} AS slug, ${publications.title} AS title, ${publications.displayName} AS displayName,
      ${publications.bodyText} AS bodyText, ${entries.id} AS entryId,
      ${contests.id} AS contestId, ${contests.slug} AS contestSlug, ${contests.title} AS contestTitle
    FROM ${from} WHERE ${where}
    ORDER BY ${phraseFirst} rank, ${publications.id} LIMIT ${page.limit} OFFSET ${page.offset}`);
  return { total, hits };
}
