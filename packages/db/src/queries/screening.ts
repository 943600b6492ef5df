import { and, asc, count, desc, eq, inArray, like, max, or, sql, type Column } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { entries, entryVersions, units, users } from '../schema/index.ts';
import type { EntryStatus } from './entries.ts';

/** What the organizer's entry list can be sorted by. */
export const SCREENING_SORTS = ['code', 'title', 'submitted', 'status', 'words'] as const;
export type ScreeningSort = (typeof SCREENING_SORTS)[number];

export interface ScreeningQuery {
  statuses: EntryStatus[];
  category?: string;
  /** A fragment of the code, title, author's name or unit (LIKE: case folded for ASCII only). */
  q?: string;
  sort: ScreeningSort;
  descending: boolean;
  limit: number;
  offset: number;
}

const sortColumn = {
  code: entries.code,
  title: entries.title,
  submitted: entries.submittedAt,
  status: entries.status,
  words: entries.wordCount,
} satisfies Record<ScreeningSort, unknown>;

/**
 * One page of a contest's entries with their author and unit, and how many match in all: the
 * filtering, sorting and paging happen here so a contest of thousands never loads whole.
 */
export function listScreeningPage(db: DbOrTx, contestId: number, query: ScreeningQuery) {
  const pattern = query.q ? `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
  const matches = (column: Column) => like(column, sql`${pattern} escape '\\'`);
  const where = and(
    eq(entries.contestId, contestId),
    inArray(entries.status, query.statuses),
    query.category !== undefined ? eq(entries.category, query.category) : undefined,
    pattern !== undefined
      ? or(matches(entries.code), matches(entries.title), matches(users.fullName), matches(units.name))
      : undefined,
  );
  const total = db.select({ n: count() }).from(entries)
    .innerJoin(users, eq(users.id, entries.authorId))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(where).get()?.n ?? 0;
  const direction = query.descending ? desc : asc;
  const rows = withAuthor(db).where(where)
    .orderBy(direction(sortColumn[query.sort]), direction(entries.id))
    .limit(query.limit).offset(query.offset)
    .all();
  return { rows, total };
}

/** One entry as the organizer's list shows it. */
export function getScreeningRow(db: DbOrTx, entryId: number): ScreeningRow | undefined {
  return withAuthor(db).where(eq(entries.id, entryId)).get();
}

export type ScreeningRow = ReturnType<typeof listScreeningPage>['rows'][number];

/** An entry with its author's name, unit and latest submitted version number (0: none yet). */
function withAuthor(db: DbOrTx) {
  const version = db.select({ entryId: entryVersions.entryId, latest: max(entryVersions.version).as('latest') })
    .from(entryVersions).groupBy(entryVersions.entryId).as('latest_version');
  return db.select({
    entry: entries,
    authorName: users.fullName,
    unitName: units.name,
    version: sql<number>`coalesce(${version.latest}, 0)`,
  }).from(entries)
    .innerJoin(users, eq(users.id, entries.authorId))
    .innerJoin(units, eq(units.id, users.unitId))
    .leftJoin(version, eq(version.entryId, entries.id))
    .$dynamic();
}
