import { Autosave } from '$lib/autosave.svelte';
import { putScore } from '$lib/client/judging-api';
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
  /** The API refused for good (round closed, assignment gone…). */
  onrefused?: (code: string, message: string) => void;
}

export type SubmitOutcome =
  | { ok: true }
  /** `message` is in the user's language; null when the connection failed. */
  | { ok: false; message: string | null };

const key = (content: SheetContent) =>
  JSON.stringify({ scores: Object.fromEntries(Object.entries(content.scores).sort()), comment: content.comment });

/**
 * The autosave of one judge's score sheet. A submitted sheet is not autosaved: changing it
 * takes submitting again, so a half-made revision never turns a submitted score back into a
 * draft.
 */
export class ScoreAutosave extends Autosave<SheetContent, BlindEntry> {
  sheet = $state<SheetStatus>('pending');

  readonly #send: (content: SheetContent, submit: boolean) => ReturnType<typeof putScore>;

  constructor(options: ScoreAutosaveOptions) {
    const send = (content: SheetContent, submit: boolean) =>
      putScore(options.assignmentId, { ...content, submit }, options.locale);
    super({
      content: options.content,
      savedAt: options.updatedAt,
      save: (content) => send(content, false),
      savedAtOf: (entry) => entry.score?.updatedAt,
      key,
      onrefused: options.onrefused,
    });
    this.sheet = options.sheet;
    this.#send = send;
  }

  protected override get paused(): boolean {
    return this.sheet === 'submitted';
  }

  protected override accepted(entry: BlindEntry): void {
    this.sheet = entry.score?.status ?? this.sheet;
    super.accepted(entry);
  }

  /** Submits the sheet as it is now (after any save in flight). */
  async submit(): Promise<SubmitOutcome> {
    const result = await this.sendNow(
      (content) => this.#send(content, true),
      // A closed round, a vanished assignment or an entry that left the contest (410) ends the
      // sheet; anything else is about its content.
      (refusal) => refusal.code === 'round_closed' || refusal.status === 404 || refusal.status === 410,
    );
    if (!result) return { ok: false, message: this.refusal };
    if (result.ok) return { ok: true };
    return { ok: false, message: result.retry ? null : result.message };
  }
}
