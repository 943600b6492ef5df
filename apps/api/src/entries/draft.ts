import {
  appendAudit, createEntry, findEntryByCode, listActiveEntriesInContest, updateEntry, type Contest, type Entry, type Tx,
} from '@guong-sang/db';
import { assertMayEnter } from '../contests/judge-entrant-conflict.ts';
import { countWords } from '@guong-sang/text';
import { htmlToText, sanitizeEssayHtml } from '../files/html.ts';
import { DomainError } from '../lib/errors.ts';
import { cleanLine } from '../lib/text.ts';
import { assertDecodedText } from '../lib/text-hygiene.ts';
import { visibleEntry, type Viewer } from './access.ts';
import { newEntryCode } from './code.ts';
import { assertBeforeDeadline, assertEditable } from './deadline.ts';

/*
 * An entry's life before judging: started as a draft, saved as the entrant writes, withdrawn.
 * Each write runs inside the caller's write transaction, with the deadline judged by the server
 * clock in that same transaction (entries/deadline.ts).
 */

export type ContentInput = Partial<{ title: string; subject: string; category: string | null; body: string }>;
export type EntryContent = Partial<Pick<Entry, 'title' | 'subject' | 'category' | 'body' | 'wordCount'>>;

/** Normalizes editor input: NFC everywhere, sanitized HTML, the word count recomputed here. */
export function normalizeContent(input: ContentInput, contest: Contest): EntryContent {
  const content: EntryContent = {};
  if (input.title !== undefined) content.title = cleanLine(input.title);
  if (input.subject !== undefined) content.subject = cleanLine(input.subject);
  if (input.category !== undefined) {
    const category = input.category === null ? null : cleanLine(input.category) || null;
    if (category !== null && !contest.categories.includes(category)) throw new DomainError(400, 'invalid_category');
    content.category = category;
  }
  if (input.body !== undefined) {
    // Entities such as &#x202E; become characters in the sanitized HTML: the hygiene rule holds there too.
    content.body = assertDecodedText(sanitizeEssayHtml(input.body), 'body');
    content.wordCount = countWords(htmlToText(content.body));
  }
  return content;
}

/** The contest's entries-per-author rule: withdrawn entries give their place back. */
function assertEntryAllowance(tx: Tx, contest: Contest, authorId: string): void {
  if (contest.entriesPerAuthor === null) return;
  const active = listActiveEntriesInContest(tx, authorId, contest.id);
  if (active.length >= contest.entriesPerAuthor) {
    throw new DomainError(409, 'entry_limit_reached', { limit: contest.entriesPerAuthor });
  }
}

/** Starts a draft in `contest` with a fresh blind code; audited. */
export function startDraft(tx: Tx, contest: Contest, authorId: string, content: EntryContent, now: Date): Entry {
  assertBeforeDeadline(contest, now);
  assertMayEnter(tx, authorId, contest.id);
  assertEntryAllowance(tx, contest, authorId);
  let code = newEntryCode();
  while (findEntryByCode(tx, code)) code = newEntryCode();
  const created = createEntry(tx, {
    ...content, title: content.title ?? '', contestId: contest.id, authorId, code, createdAt: now, updatedAt: now,
  });
  appendAudit(tx, { actorId: authorId, action: 'entry.created', subjectType: 'entry', subjectId: created.id });
  return created;
}

/**
 * Refuses a write made from a saved text other than the one stored now (`base`, the `updatedAt`
 * the writer last had from the server): another tab or device saved since, and this write would
 * silently replace that text (or submit one the author did not see). No base: not checked.
 */
export function assertUnchangedSince(entry: Entry, base: string | undefined): void {
  if (base !== undefined && base !== entry.updatedAt.toISOString()) throw new DomainError(409, 'entry_changed_elsewhere');
}

/**
 * Saves the author's draft (autosave) while the entry may still change. Each save gets an
 * `updatedAt` later than the one before, even within one millisecond, so that it names one text.
 */
export function saveDraft(
  tx: Tx, author: Viewer, entryId: number, content: EntryContent, now: Date, base?: string,
): Entry {
  const { entry, contest } = visibleEntry(tx, author, entryId, { organizers: false });
  assertEditable(entry, contest, now);
  assertUnchangedSince(entry, base);
  const updatedAt = now.getTime() > entry.updatedAt.getTime() ? now : new Date(entry.updatedAt.getTime() + 1);
  return updateEntry(tx, entry.id, { ...content, updatedAt }) ?? entry;
}

/** Withdraws the author's entry before the deadline: it will not be judged. Audited. */
export function withdrawEntry(tx: Tx, author: Viewer, entryId: number, now: Date): Entry {
  const { entry, contest } = visibleEntry(tx, author, entryId, { organizers: false });
  assertEditable(entry, contest, now);
  appendAudit(tx, { actorId: author.id, action: 'entry.withdrawn', subjectType: 'entry', subjectId: entry.id });
  return updateEntry(tx, entry.id, { status: 'withdrawn', updatedAt: now }) ?? entry;
}
