import { tokenize, type FoldOptions } from './tokenize.ts';

/** A range of UTF-16 code unit offsets into an original text: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A passage found in both texts: the same words in the same order. */
export interface SharedPassage {
  a: TextSpan;
  b: TextSpan;
  /** How many words the passage has. */
  words: number;
}

/** A run of equal words in word indices: a[aStart + t] = b[bStart + t] for t < length. */
export interface WordRun {
  aStart: number;
  bStart: number;
  length: number;
}

export interface SharedPassageOptions extends FoldOptions {
  /** Shortest passage worth showing, in words. Default 8. */
  minWords?: number;
}

export const DEFAULT_PASSAGE_MIN_WORDS = 8;

/**
 * The passages two texts share, for showing a flagged pair side by side with the shared passages
 * highlighted. Words are compared folded (NFC, lowercase; tokenize.ts), so a copy that changed
 * case, normalization, spacing or punctuation still matches; the spans cover the original text
 * from the passage's first word to its last (punctuation between the words included).
 *
 * Passages are chosen like Greedy String Tiling (Wise 1993, as used by JPlag): take the longest run
 * of consecutive equal words not yet in a passage on either side, mark it, repeat until the longest
 * left is shorter than `minWords`. Passages never overlap, on either side. Sorted by position in A.
 */
export function sharedPassages(textA: string, textB: string, options: SharedPassageOptions = {}): SharedPassage[] {
  const minWords = options.minWords ?? DEFAULT_PASSAGE_MIN_WORDS;
  const tokensA = tokenize(textA, options);
  const tokensB = tokenize(textB, options);
  const ids = new Map<string, number>();
  const intern = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = ids.size;
      ids.set(word, id);
    }
    return id;
  };
  const wordsA = Int32Array.from(tokensA, (t) => intern(t.word));
  const wordsB = Int32Array.from(tokensB, (t) => intern(t.word));
  return sharedRuns(wordsA, wordsB, minWords).map((run) => {
    const firstA = tokensA[run.aStart];
    const lastA = tokensA[run.aStart + run.length - 1];
    const firstB = tokensB[run.bStart];
    const lastB = tokensB[run.bStart + run.length - 1];
    if (!firstA || !lastA || !firstB || !lastB) throw new Error('a shared run lies outside the texts');
    return { a: { start: firstA.start, end: lastA.end }, b: { start: firstB.start, end: lastB.end }, words: run.length };
  });
}

/**
 * Greedy String Tiling over word ids: the non-overlapping runs of at least `minWords` equal words,
 * longest first (ties: earlier in A, then earlier in B), sorted by position in A.
 *
 * Every maximal run of ≥ minWords equal words is found from an index of B's minWords-grams, then
 * taken from a max-heap lazily: a popped run that meanwhile lost some words to a longer passage is
 * cut at the taken words and its pieces (≥ minWords) pushed back. A run's key never grows, so the
 * first popped run that is still whole is a longest one — the same result as rescanning every round.
 */
export function sharedRuns(a: Int32Array, b: Int32Array, minWords: number = DEFAULT_PASSAGE_MIN_WORDS): WordRun[] {
  if (!Number.isInteger(minWords) || minWords < 1) throw new RangeError(`minWords must be a positive integer, got ${minWords}`);
  const heap = new RunHeap();
  if (a.length >= minWords && b.length >= minWords) {
    const starts = new Map<string, number[]>();
    const gram = (words: Int32Array, at: number): string => words.subarray(at, at + minWords).join(',');
    for (let j = 0; j + minWords <= b.length; j++) {
      const key = gram(b, j);
      const list = starts.get(key);
      if (list === undefined) starts.set(key, [j]);
      else list.push(j);
    }
    for (let i = 0; i + minWords <= a.length; i++) {
      const list = starts.get(gram(a, i));
      if (list === undefined) continue;
      for (const j of list) {
        if (i > 0 && j > 0 && a[i - 1] === b[j - 1]) continue; // not where the run starts
        let length = minWords;
        while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length]) length++;
        heap.push({ aStart: i, bStart: j, length });
      }
    }
  }

  const takenA = new Uint8Array(a.length);
  const takenB = new Uint8Array(b.length);
  const runs: WordRun[] = [];
  for (let run = heap.pop(); run !== undefined; run = heap.pop()) {
    let whole = true;
    for (let t = 0; t < run.length && whole; t++) whole = takenA[run.aStart + t] === 0 && takenB[run.bStart + t] === 0;
    if (whole) {
      takenA.fill(1, run.aStart, run.aStart + run.length);
      takenB.fill(1, run.bStart, run.bStart + run.length);
      runs.push(run);
      continue;
    }
    let pieceStart = 0;
    for (let t = 0; t <= run.length; t++) {
      const free = t < run.length && takenA[run.aStart + t] === 0 && takenB[run.bStart + t] === 0;
      if (free) continue;
      if (t - pieceStart >= minWords) {
        heap.push({ aStart: run.aStart + pieceStart, bStart: run.bStart + pieceStart, length: t - pieceStart });
      }
      pieceStart = t + 1;
    }
  }
  return runs.sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);
}

/** Longer first; then earlier in A; then earlier in B. */
function before(x: WordRun, y: WordRun): boolean {
  return x.length !== y.length ? x.length > y.length : x.aStart !== y.aStart ? x.aStart < y.aStart : x.bStart < y.bStart;
}

/** A binary max-heap of runs under `before`. */
class RunHeap {
  private readonly items: WordRun[] = [];

  push(run: WordRun): void {
    const items = this.items;
    items.push(run);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = items[parent] as WordRun;
      if (!before(run, up)) break;
      items[i] = up;
      i = parent;
    }
    items[i] = run;
  }

  pop(): WordRun | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && before(items[right] as WordRun, items[left] as WordRun) ? right : left;
      const down = items[child] as WordRun;
      if (!before(down, last)) break;
      items[i] = down;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
