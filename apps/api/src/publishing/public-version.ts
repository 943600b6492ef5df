import { diffWords } from 'diff';
import {
  createPublication, getEntry, getPublicationByEntry, getUser, latestEntryVersion, listAttachmentsByIds,
  listAwards, type Contest, type Tx,
} from '@guong-sang/db';
import { countWords, slugify } from '@guong-sang/text';
import { htmlToText, sanitizeEssayHtml } from '../files/html.ts';

/**
 * The public version may fix typos and drop colleagues' private details, not change the story:
 * at most this share of the judged words may be removed, or added (whichever is more)…
 */
export const MAX_CHANGED_SHARE = 0.2;
/** …or this many words, so a short story can still lose a sentence. */
const MIN_CHANGE_ALLOWANCE = 30;

export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface VersionDiff {
  title: DiffSegment[];
  body: DiffSegment[];
  judgedWords: number;
  addedWords: number;
  removedWords: number;
  /** False when the public version changes more than the allowance (or too much to compare). */
  withinAllowance: boolean;
}

/**
 * The text a reader gets from essay HTML, with each link's address after its words, so that a
 * changed or added link shows in the difference like any other change.
 */
export function comparableText(html: string): string {
  return htmlToText(sanitizeEssayHtml(html).replace(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (_, href: string, inner: string) => `${inner} ⟨${href}⟩`));
}

function segments(before: string, after: string, maxEditLength: number): DiffSegment[] | undefined {
  // Bounded in edits and time: beyond them the change is already far over the allowance.
  const changes = diffWords(before, after, { maxEditLength, timeout: 200 });
  return changes?.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** Word-level difference between the judged version and the public one, as the organizer sees it. */
export function diffPublicVersion(
  judged: { title: string; text: string },
  shown: { title: string; text: string },
): VersionDiff {
  const title = segments(judged.title, shown.title, 200) ?? [{ kind: 'removed', text: judged.title }, { kind: 'added', text: shown.title }];
  const judgedWords = countWords(judged.text);
  const allowance = Math.max(MIN_CHANGE_ALLOWANCE, Math.floor(judgedWords * MAX_CHANGED_SHARE));
  // Lengths further apart than the allowance need no diff to be refused.
  const body = Math.abs(countWords(shown.text) - judgedWords) > allowance
    ? undefined
    : segments(judged.text, shown.text, 4 * allowance + 100);
  if (!body) {
    const shownWords = countWords(shown.text);
    // Too far apart to compare word by word: at least the difference in length changed.
    const lengthsDiffer = Math.abs(shownWords - judgedWords) > allowance;
    return {
      title, body: [{ kind: 'removed', text: judged.text }, { kind: 'added', text: shown.text }],
      judgedWords,
      addedWords: lengthsDiffer ? Math.max(0, shownWords - judgedWords) : shownWords,
      removedWords: lengthsDiffer ? Math.max(0, judgedWords - shownWords) : judgedWords,
      withinAllowance: false,
    };
  }
  const words = (kind: DiffSegment['kind']) => body.filter((s) => s.kind === kind).reduce((n, s) => n + countWords(s.text), 0);
  const addedWords = words('added');
  const removedWords = words('removed');
  return { title, body, judgedWords, addedWords, removedWords, withinAllowance: Math.max(addedWords, removedWords) <= allowance };
}

/**
 * When awards become final, every winner gets a public version to review, made from the judged
 * (last submitted) version: its title, text and photos, and the pen name given at submission.
 */
export function startPublications(tx: Tx, contest: Contest, at: Date): number {
  let started = 0;
  for (const award of listAwards(tx, contest.id)) {
    const entry = getEntry(tx, award.entryId);
    const version = entry && latestEntryVersion(tx, entry.id);
    const author = entry && getUser(tx, entry.authorId);
    if (!entry || !version || !author || getPublicationByEntry(tx, entry.id)) continue;
    const photos = listAttachmentsByIds(tx, version.attachmentIds).filter((a) => a.kind === 'photo' && a.sanitizedSha256);
    const penName = entry.penName?.trim();
    createPublication(tx, {
      entryId: entry.id,
      slug: slugify(version.title, entry.code),
      title: version.title,
      body: version.body,
      bodyText: htmlToText(version.body),
      wordCount: version.wordCount,
      displayName: penName || author.fullName,
      usesPenName: Boolean(penName),
      photoIds: photos.map((p) => p.id),
      createdAt: at,
    });
    started += 1;
  }
  return started;
}
