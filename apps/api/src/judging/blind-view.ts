import {
  getContest, getEntry, getRound, getScoreSheet, latestEntryVersion, listAttachmentsByIds, listCriteria,
  type Assignment, type Attachment, type DbOrTx, type JudgeDashboardRow, type JudgeRoundCount, type Round,
} from '@guong-sang/db';
import { essayHtmlForJudges } from '../files/html.ts';

/**
 * Everything a judge may learn about an entry, built field by field from an allow-list
 * (DESIGN.md, Blindness): blind code, the submitted text, category, word count, the sanitized
 * attachments, the rubric and the judge's own score; in a comparative round, the pair's codes and
 * texts. Never the author, their unit, e-mail,
 * ids, file names or submission time — add nothing here without reading that rule.
 */
export interface BlindAttachment {
  /** 1-based place in the entry, not a database id. */
  number: number;
  kind: 'document' | 'photo';
  fileKind: string;
  altText: string;
}

export function judgeAttachments(db: DbOrTx, assignment: Assignment): Attachment[] {
  const version = latestEntryVersion(db, assignment.entryId);
  if (!version) return [];
  return listAttachmentsByIds(db, version.attachmentIds).filter((a) => a.sanitizedSha256 !== null);
}

export function assignmentStatus(db: DbOrTx, assignment: Assignment): 'pending' | 'draft' | 'submitted' {
  return getScoreSheet(db, assignment.id)?.status ?? 'pending';
}

/** The round as a judge sees it. The contest's title groups a judge's rounds; it says nothing about any author. */
export function blindRound(db: DbOrTx, round: Round, now: Date) {
  const contest = getContest(db, round.contestId);
  if (!contest) throw new Error(`round ${round.id} lacks its contest`);
  return blindRoundFields({ ...round, contestTitle: contest.title }, now);
}

/** blindRound from fields already read (the dashboard's counted rounds): these, nothing more. */
export function blindRoundFields(round: Pick<Round, 'name' | 'kind' | 'opensAt' | 'closesAt'> & { contestTitle: string }, now: Date) {
  return {
    contestTitle: round.contestTitle,
    name: round.name,
    kind: round.kind,
    opensAt: round.opensAt.toISOString(),
    closesAt: round.closesAt.toISOString(),
    open: round.opensAt.getTime() <= now.getTime() && now.getTime() < round.closesAt.getTime(),
  };
}

export function blindSummary(db: DbOrTx, assignment: Assignment, now: Date) {
  const entry = getEntry(db, assignment.entryId);
  const version = latestEntryVersion(db, assignment.entryId);
  const round = getRound(db, assignment.roundId);
  if (!entry || !version || !round) {
    throw new Error(`assignment ${assignment.id} lacks its entry, version or round`);
  }
  return {
    id: assignment.id,
    code: entry.code,
    title: version.title,
    category: version.category,
    wordCount: version.wordCount,
    status: assignmentStatus(db, assignment),
    round: blindRound(db, round, now),
  };
}

/**
 * One entry of a comparative round's pair: the blind code and the submitted text, nothing else
 * (its attachments are not shown in a comparison).
 */
export function blindComparisonEntry(db: DbOrTx, entryId: number) {
  const entry = getEntry(db, entryId);
  const version = latestEntryVersion(db, entryId);
  if (!entry || !version) throw new Error(`entry ${entryId} lacks its submitted version`);
  return {
    code: entry.code,
    title: version.title,
    category: version.category,
    wordCount: version.wordCount,
    subject: version.subject,
    body: essayHtmlForJudges(version.body),
  };
}

/** A row of the judge's dashboard page as blindSummary shows it (read in one query per page). */
export function blindDashboardSummary(row: JudgeDashboardRow, round: JudgeRoundCount, now: Date): ReturnType<typeof blindSummary> {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    category: row.category,
    wordCount: row.wordCount,
    status: row.sheetStatus ?? 'pending',
    round: blindRoundFields(round, now),
  };
}

export function blindEntry(db: DbOrTx, assignment: Assignment, contestId: number, now: Date) {
  const summary = blindSummary(db, assignment, now);
  const version = latestEntryVersion(db, assignment.entryId);
  const sheet = getScoreSheet(db, assignment.id);
  const attachments: BlindAttachment[] = judgeAttachments(db, assignment).map((a, index) => ({
    number: index + 1, kind: a.kind, fileKind: a.fileKind, altText: a.altText,
  }));
  return {
    ...summary,
    subject: version?.subject ?? '',
    body: essayHtmlForJudges(version?.body ?? ''),
    attachments,
    rubric: listCriteria(db, contestId).map((c) => ({
      id: c.id, name: c.name, description: c.description, weight: c.weight, min: c.min, max: c.max, levels: c.levels,
    })),
    score: sheet ? {
      status: sheet.status,
      comment: sheet.comment,
      values: sheet.scores,
      updatedAt: sheet.updatedAt.toISOString(),
    } : null,
  };
}
