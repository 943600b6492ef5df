import { Autosave } from '$lib/autosave.svelte';
import { getAssignment, putScore } from '$lib/client/judging-api';
import { UnansweredSaves } from '$lib/unanswered-saves';
import type { Locale } from '$lib/i18n';
import type { BlindEntry, SheetStatus } from '$lib/types';

/** What is saved: the scores on the scale (criterion id → score) and the comment. */
export interface SheetContent {
  scores: Record<string, number>;
  comment: string;
}

export interface ScoreAutosaveOptions {
  assignmentId: number;
  locale: Locale;
  /** What the server holds now. */
  content: SheetContent;
  sheet: SheetStatus;
  /** The server's `updatedAt` of the sheet, null before the first save. */
  updatedAt: string | null;
  /** The server's clock when the page was made, to stamp the device copy in the server's time. */
  serverNow: number;
  /**
   * The saved sheet what is typed was made on, when not `updatedAt`: a form refused as made on a
   * sheet saved elsewhere since comes back with it, and its next save must be refused too.
   */
  base?: string | null;
  /** The API refused a save or the submission in a way that ends the sheet here (`endsSheet`). */
  onlocked?: (message: string) => void;
}

/**
 * Refusals after which nothing more can be saved from this page: the round closed (or is not open),
 * the assignment went, its entry was withdrawn or disqualified (410), or the sheet was saved or
 * submitted in another tab since (a save from here would overwrite it). Any other refusal of a
 * submission is about the sheet's content.
 */
const endsSheet = (code: string) =>
  code === 'round_closed' || code === 'round_not_open' || code === 'not_found' || code === 'entry_left_contest' || code === 'sheet_changed_elsewhere';

export type SubmitOutcome =
  | { ok: true }
  /** `message` is in the user's language; null when the connection failed. */
  | { ok: false; message: string | null };

function isSheetContent(value: unknown): value is SheetContent {
  if (typeof value !== 'object' || value === null) return false;
  const { scores, comment } = value as Record<string, unknown>;
  return typeof comment === 'string' && typeof scores === 'object' && scores !== null && !Array.isArray(scores)
    && Object.values(scores).every((score) => typeof score === 'number' && Number.isFinite(score));
}

const key = (content: SheetContent) =>
  JSON.stringify({ scores: Object.fromEntries(Object.entries(content.scores).sort()), comment: content.comment });

/** A sheet as the API stores it: the comment in NFC, trimmed (text typed on a Mac comes in NFD). */
const asStored = (content: SheetContent): SheetContent => ({ ...content, comment: content.comment.normalize('NFC').trim() });

/**
 * The autosave of one judge's score sheet. A submitted sheet is not autosaved: changing it
 * takes submitting again, so a half-made revision never turns a submitted score back into a
 * draft.
 */
export class ScoreAutosave extends Autosave<SheetContent, BlindEntry> {
  sheet = $state<SheetStatus>('pending');

  readonly #send: (content: SheetContent, submit: boolean) => ReturnType<typeof putScore>;
  readonly #taken: { sheet: SheetContent | null };

  constructor(options: ScoreAutosaveOptions) {
    // Each save names the saved sheet it was made on (its updatedAt as this page last had it): the
    // API refuses one made on a sheet another tab saved or submitted since (sheet_changed_elsewhere).
    let base = options.base === undefined ? options.updatedAt : options.base;
    /** This autosave, once made (the options below are written before it exists). */
    const self: { current?: ScoreAutosave } = {};
    /** Saves that got no answer (the connection dropped): any of them may have been stored. */
    const unanswered = new UnansweredSaves<SheetContent>(key);
    /** A stored submission of this page's taken by a draft save typed on since (what the server holds). */
    const taken: { sheet: SheetContent | null } = { sheet: null };
    const send = (content: SheetContent, submit: boolean) => unanswered.save(content, {
      send: (version) => putScore(options.assignmentId, { ...content, submit, baseUpdatedAt: version ?? base }, options.locale),
      conflict: 'sheet_changed_elsewhere',
      read: () => getAssignment(options.assignmentId, options.locale),
      versionOf: (entry) => entry.score?.updatedAt,
      settle: (entry) => {
        const sheet = entry.score;
        const holds = (sent: SheetContent) =>
          !!sheet && key({ scores: sheet.values, comment: sheet.comment }) === key(asStored(sent));
        // The unanswered one was a submission: a draft saved on it would turn the sheet back into a
        // draft, and only submitting again changes a submitted sheet. If it holds this very sheet,
        // or one this page sent and heard nothing back of, it is this page's submission: taken, what
        // was typed since is a change to submit again (`held`). Else another tab's: the sheet locks.
        if (sheet?.status === 'submitted' && !submit) {
          if (holds(content)) return 'take';
          if (!unanswered.includes(holds)) return 'refused';
          taken.sheet = { scores: sheet.values, comment: sheet.comment };
          return 'take';
        }
        return unanswered.includes(holds) ? 'resend' : 'refused';
      },
    });
    super({
      content: options.content,
      savedAt: options.updatedAt,
      save: (content) => send(content, false),
      savedAtOf: (entry) => {
        base = entry.score?.updatedAt ?? base;
        return entry.score?.updatedAt;
      },
      key,
      // A phone drops a tab in the background: what was typed and not saved waits on the device.
      deviceCopy: { key: `guong-sang:score-sheet:${options.assignmentId}`, isContent: isSheetContent, serverNow: options.serverNow },
      onrefused: (code, message) => {
        // What was typed here is kept aside on the device, to be offered when the sheet is opened
        // again: another tab of this browser going on with the sheet would replace or clear the
        // usual device copy.
        if (code === 'sheet_changed_elsewhere') self.current?.keepAside();
        if (endsSheet(code)) options.onlocked?.(message);
      },
    });
    this.sheet = options.sheet;
    this.#send = send;
    self.current = this;
    this.#taken = taken;
  }

  protected override get paused(): boolean {
    return this.sheet === 'submitted';
  }

  protected override accepted(entry: BlindEntry): void {
    this.sheet = entry.score?.status ?? this.sheet;
    // Taken, not saved: the server holds the submission, and what was typed since stays to submit.
    const taken = this.#taken.sheet;
    this.#taken.sheet = null;
    if (taken) this.held(taken);
    super.accepted(entry);
  }

  /** Submits the sheet as it is now (after any save in flight). */
  async submit(): Promise<SubmitOutcome> {
    const result = await this.sendNow((content) => this.#send(content, true), (refusal) => endsSheet(refusal.code));
    if (!result) return { ok: false, message: this.refusal };
    if (result.ok) return { ok: true };
    return { ok: false, message: result.retry ? null : result.message };
  }
}
