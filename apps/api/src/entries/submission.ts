import {
  addEntryVersion, appendAudit, listAttachments, markEntrySubmitted, type Contest, type Entry, type EntryVersion, type Tx,
} from '@guong-sang/db';
import { DomainError, refuseAll } from '../lib/errors.ts';
import { queueUserMail } from '../mail/queue.ts';
import { receiptMail } from '../mail/templates.ts';
import { visibleEntry, type Viewer } from './access.ts';
import { assertEditable, submissionWindowProblem } from './deadline.ts';
import { assertUnchangedSince } from './draft.ts';
import { currentReceiptHash } from './view.ts';

/**
 * Refuses an entry the contest would not accept now — the window, title, category, word limits —
 * naming every problem at once, so the author fixes them in one go.
 */
function assertSubmittable(entry: Entry, contest: Contest, now: Date): void {
  const problems: DomainError[] = [];
  const window = submissionWindowProblem(contest, now);
  if (window) problems.push(window);
  if (entry.title === '') problems.push(new DomainError(400, 'title_required'));
  if (contest.categories.length > 0 && entry.category === null) problems.push(new DomainError(400, 'category_required'));
  if (entry.wordCount < contest.minWords) {
    problems.push(new DomainError(400, 'too_few_words', { count: entry.wordCount, min: contest.minWords }));
  }
  if (entry.wordCount > contest.maxWords) {
    problems.push(new DomainError(400, 'too_many_words', { count: entry.wordCount, max: contest.maxWords }));
  }
  refuseAll('entry_not_submittable', problems);
}

/**
 * The author submits their entry: inside the caller's write transaction, the window is judged by
 * the server clock, the contest's rules are checked, and the submission is recorded.
 */
export function submitEntry(
  tx: Tx,
  author: Viewer,
  entryId: number,
  options: { now: Date; consentToPublish: boolean; penName: string | null; base?: string },
): { version: EntryVersion; entry: Entry } {
  const { entry, contest } = visibleEntry(tx, author, entryId, { organizers: false });
  assertEditable(entry, contest, options.now);
  assertUnchangedSince(entry, options.base);
  assertSubmittable(entry, contest, options.now);
  return recordSubmission(tx, entry, contest, { ...options, actorId: author.id });
}

/**
 * Records a submission inside the caller's write transaction: an immutable version of the entry
 * as it stands (with its attachments), the entry marked submitted, the audit row and the receipt
 * mail (code and SHA-256), queued so that it goes out if and only if the submission commits.
 * submitEntry checks the deadline and the rules first, in the same transaction; the demo seeds
 * its contests through here directly.
 */
export function recordSubmission(
  tx: Tx,
  entry: Entry,
  contest: Pick<Contest, 'title'>,
  options: { now: Date; actorId: string; consentToPublish: boolean; penName: string | null },
): { version: EntryVersion; entry: Entry } {
  const attachments = listAttachments(tx, entry.id);
  const version = addEntryVersion(tx, {
    entryId: entry.id,
    title: entry.title,
    subject: entry.subject,
    category: entry.category,
    body: entry.body,
    wordCount: entry.wordCount,
    sha256: currentReceiptHash(entry, attachments),
    attachmentIds: attachments.map((a) => a.id),
    submittedAt: options.now,
  });
  const submitted = markEntrySubmitted(tx, entry.id, {
    submittedAt: options.now, consentToPublish: options.consentToPublish, penName: options.penName,
  }) ?? entry;
  appendAudit(tx, {
    actorId: options.actorId, action: 'entry.submitted', subjectType: 'entry', subjectId: entry.id,
    details: { version: version.version, sha256: version.sha256 }, at: options.now,
  });
  queueUserMail(tx, entry.authorId, 'receipt', (locale, person) => receiptMail(locale, person.fullName, {
    contestTitle: contest.title, entryId: entry.id, code: entry.code, title: version.title,
    version: version.version, sha256: version.sha256, submittedAt: version.submittedAt,
  }), options.now);
  return { version, entry: submitted };
}
