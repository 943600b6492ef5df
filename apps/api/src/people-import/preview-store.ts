import { randomBytes } from 'node:crypto';
import type { ImportKind, Table } from './table.ts';

/** A previewed file waiting for the organizer's confirmation: parsed, never yet trusted. */
export interface StoredPreview {
  actorId: string;
  kind: ImportKind;
  sha256: string;
  table: Table<ImportKind>;
  expiresAt: number;
}

const PREVIEW_TTL_MS = 30 * 60 * 1000;
/** Each preview may hold a 10 MB file's rows: few at a time keeps memory bounded. */
const MAX_PREVIEWS = 10;

/**
 * Previews in memory, so the confirm button needs no second upload (a page without JavaScript
 * cannot re-send a file). A restart forgets them: the organizer uploads again. One use each.
 */
export class PreviewStore {
  private readonly previews = new Map<string, StoredPreview>();

  constructor(private readonly now: () => Date) {}

  put(preview: Omit<StoredPreview, 'expiresAt'>): string {
    const now = this.now().getTime();
    for (const [id, stored] of this.previews) if (stored.expiresAt <= now) this.previews.delete(id);
    // Oldest first out (a Map iterates in insertion order).
    while (this.previews.size >= MAX_PREVIEWS) this.previews.delete(this.previews.keys().next().value!);
    const id = randomBytes(18).toString('base64url');
    this.previews.set(id, { ...preview, expiresAt: now + PREVIEW_TTL_MS });
    return id;
  }

  /** The preview, removed from the store, if it exists, has not expired and is this actor's. */
  take(id: string, actorId: string): StoredPreview | undefined {
    const stored = this.previews.get(id);
    if (!stored || stored.actorId !== actorId) return undefined;
    this.previews.delete(id);
    return stored.expiresAt > this.now().getTime() ? stored : undefined;
  }
}
