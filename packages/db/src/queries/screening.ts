import { and, asc, count, desc, eq, inArray, like, or, sql, type Column } from 'drizzle-orm';
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
  // Authors and units are joined only when the search needs them.
  let countQuery = db.select({ n: count() }).from(entries).$dynamic();
  let idQuery = db.select({ id: entries.id }).from(entries).$dynamic();
  if (pattern !== undefined) {
    countQuery = countQuery.innerJoin(users, eq(users.id, entries.authorId)).innerJoin(units, eq(units.id, users.unitId));
    idQuery = idQuery.innerJoin(users, eq(users.id, entries.authorId)).innerJoin(units, eq(units.id, users.unitId));
  }
  const total = countQuery.where(where).get()?.n ?? 0;
  const direction = query.descending ? desc : asc;
  // The page's ids first, sorting only (sort key, id) pairs; then the 50 rows with their author.
  // Sorting whole rows (bodies included) of 10,000 entries to keep 50 was most of the time.
  const ids = idQuery.where(where)
    .orderBy(direction(sortColumn[query.sort]), direction(entries.id))
    .limit(query.limit).offset(query.offset)
    .all().map((row) => row.id);
  const found = ids.length === 0 ? [] : withAuthor(db).where(inArray(entries.id, ids)).all();
  const byId = new Map(found.map((row) => [row.entry.id, row]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  return { rows, total };
}

/** One entry as the organizer's list shows it. */
export function getScreeningRow(db: DbOrTx, entryId: number): ScreeningRow | undefined {
  return withAuthor(db).where(eq(entries.id, entryId)).get();
}

export type ScreeningRow = ReturnType<ReturnType<typeof withAuthor>['all']>[number];

/**
 * An entry with its author's name, unit and latest submitted version number (0: none yet). The
 * version is looked up per row of the page through the (entry, version) index; a grouped subquery
 * would aggregate every version of every contest on each request.
 */
function withAuthor(db: DbOrTx) {
  return db.select({
    entry: entries,
    authorName: users.fullName,
    unitName: units.name,
    version: sql<number>`coalesce((select max(${entryVersions.version}) from ${entryVersions} where ${entryVersions.entryId} = ${entries.id}), 0)`,
  }).from(entries)
    .innerJoin(users, eq(users.id, entries.authorId))
    .innerJoin(units, eq(units.id, users.unitId))
    .$dynamic();
}

/** What the near-duplicate check reads: each screened entry's latest submitted title and body. */
export function listScreenedTexts(db: DbOrTx, contestId: number, statuses: EntryStatus[]) {
  return db.select({ id: entries.id, code: entries.code, title: entryVersions.title, body: entryVersions.body })
    .from(entries)
    .innerJoin(entryVersions, and(
      eq(entryVersions.entryId, entries.id),
      eq(entryVersions.version, sql`(select max(v.version) from ${entryVersions} v where v.entry_id = ${entries.id})`),
    ))
    .where(and(eq(entries.contestId, contestId), inArray(entries.status, statuses)))
    .orderBy(asc(entries.id)).all();
}
