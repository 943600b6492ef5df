import { latestEntryVersion, listEntriesByContest, type DbOrTx, type Entry } from '@guong-sang/db';
import { findNearDuplicates } from '@guong-sang/scoring';
import { htmlToText } from '../files/html.ts';
import { cachedResults } from '../results/results-cache.ts';

/** The text a near-duplicate check compares: the latest submitted version's. */
export const submittedText = (db: DbOrTx, entry: Entry) => {
  const version = latestEntryVersion(db, entry.id);
  return version ? `${version.title}\n${htmlToText(version.body)}` : '';
};

/**
 * Near-duplicate pairs among a contest's submitted and disqualified entries, by code, looked for
 * across the whole contest whatever page the organizer shows. Thousands of entries take seconds,
 * so the pairs are kept until an entry or its text changes (results-cache.ts).
 */
export function contestNearDuplicates(db: DbOrTx, contestId: number, threshold: number) {
  return cachedResults(db, contestId, `near-duplicates-${threshold}`, () => {
    const screened = listEntriesByContest(db, contestId).filter((e) => e.status === 'submitted' || e.status === 'disqualified');
    const codes = new Map(screened.map((e) => [e.id, e.code]));
    const { pairs } = findNearDuplicates(screened.map((e) => ({ id: e.id, text: submittedText(db, e) })), { threshold });
    return pairs.map((p) => ({ a: codes.get(Number(p.a)) ?? '', b: codes.get(Number(p.b)) ?? '', similarity: p.jaccard }));
  });
}
