import { latestEntryVersion, listScreenedTexts, type DbOrTx, type Entry } from '@guong-sang/db';
import { findNearDuplicates } from '@guong-sang/scoring';
import { sanitizedHtmlToText } from '@guong-sang/text';
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
    // The latest versions of every screened entry in one query; their bodies were sanitized on save.
    const texts = listScreenedTexts(db, contestId, ['submitted', 'disqualified']);
    const codes = new Map(texts.map((t) => [t.id, t.code]));
    const { pairs } = findNearDuplicates(texts.map((t) => ({ id: t.id, text: `${t.title}\n${sanitizedHtmlToText(t.body)}` })), { threshold });
    return pairs.map((p) => ({ a: codes.get(Number(p.a)) ?? '', b: codes.get(Number(p.b)) ?? '', similarity: p.jaccard }));
  });
}
