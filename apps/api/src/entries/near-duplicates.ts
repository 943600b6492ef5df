import { listScreenedTexts, screenedTextsFingerprint, type DbOrTx, type EntryStatus } from '@guong-sang/db';
import { findNearDuplicates } from '@guong-sang/scoring';
import { sanitizedHtmlToText } from '@guong-sang/text';

/** The entries screening looks at. */
const SCREENED: EntryStatus[] = ['submitted', 'disqualified'];

export interface NearDuplicatePair { a: string; b: string; similarity: number }

interface Computed { fingerprint: string; threshold: number; pairs: NearDuplicatePair[] }

/**
 * The last answer per database and contest. Every page of the screening list shows the contest's
 * pairs; comparing 10,000 texts takes seconds, a page must take milliseconds. The fingerprint
 * (packages/db) changes with any submission, withdrawal or change of the screened set, so a
 * stale answer is never served.
 */
const computed = new WeakMap<DbOrTx, Map<number, Computed>>();

/** Pairs of screened entries (by code) whose latest submitted texts look alike, across the whole contest. */
export function contestNearDuplicates(db: DbOrTx, contestId: number, threshold: number): NearDuplicatePair[] {
  const fingerprint = screenedTextsFingerprint(db, contestId, SCREENED);
  let byContest = computed.get(db);
  if (!byContest) {
    byContest = new Map();
    computed.set(db, byContest);
  }
  const known = byContest.get(contestId);
  if (known && known.fingerprint === fingerprint && known.threshold === threshold) return known.pairs;

  const texts = listScreenedTexts(db, contestId, SCREENED);
  const codes = new Map(texts.map((t) => [t.id, t.code]));
  // Version bodies are copies of bodies sanitized on save: only their text is needed.
  const { pairs } = findNearDuplicates(texts.map((t) => ({ id: t.id, text: `${t.title}\n${sanitizedHtmlToText(t.body)}` })), { threshold });
  const answer = pairs.map((p) => ({ a: codes.get(Number(p.a)) ?? '', b: codes.get(Number(p.b)) ?? '', similarity: p.jaccard }));
  byContest.set(contestId, { fingerprint, threshold, pairs: answer });
  return answer;
}
