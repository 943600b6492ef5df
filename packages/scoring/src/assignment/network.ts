/**
 * The transportation network of the assignment and its residual graph.
 *
 *   class c ──(capacity |c|, cost 0)──▶ judge j ──(capacity room_j, convex cost on load)──▶ sink
 *
 * flow[c][j] = how many entries of class c judge j reads (≤ |c|: an entry takes a judge once);
 * added[j] = Σ_c flow[c][j] ≤ room[j]; load[j] = baseLoad[j] + added[j].
 *
 * Residual arcs: class c → judge j while flow[c][j] < |c| (c may give j one more entry), and
 * judge j → class c while flow[c][j] > 0 (j may hand one of c's entries back). A path
 * a → c₁ → j₁ → … → c_k → b moves one unit of load from judge a to judge b and leaves every class's
 * and every other judge's totals unchanged.
 */
export interface NetworkClass {
  size: number;
  need: number;
  blocked: Uint8Array;
}

const ROOT = -1;

export class Network {
  readonly judgeCount: number;
  readonly classCount: number;
  readonly classes: readonly NetworkClass[];
  readonly flow: Int32Array[];
  readonly added: Int32Array;
  readonly load: Int32Array;
  readonly room: Float64Array;
  /** BFS scratch: nodes 0..m−1 are judges, m..m+C−1 classes. */
  private readonly parent: Int32Array;
  private readonly seen: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;
  /** Nodes reached by the last search, in order. */
  private reachedCount = 0;

  constructor(classes: readonly NetworkClass[], baseLoad: Int32Array, room: Float64Array) {
    this.judgeCount = baseLoad.length;
    this.classCount = classes.length;
    this.classes = classes;
    this.flow = classes.map(() => new Int32Array(this.judgeCount));
    this.added = new Int32Array(this.judgeCount);
    this.load = Int32Array.from(baseLoad);
    this.room = room;
    const nodes = this.judgeCount + this.classCount;
    this.parent = new Int32Array(nodes);
    this.seen = new Int32Array(nodes);
    this.queue = new Int32Array(nodes);
  }

  /** Puts `units` entries-worth of class c directly on judge j. */
  place(c: number, j: number, units: number): void {
    this.flow[c]![j]! += units;
    this.added[j]! += units;
    this.load[j]! += units;
  }

  spare(j: number): boolean {
    return this.added[j]! < this.room[j]!;
  }

  /**
   * Breadth-first search of the residual graph from the given judges and/or class, skipping nodes
   * with skip[node] = 1. Returns the judges for which isTarget holds, in the order reached (at most
   * maxTargets). Targets are expanded too. Parents are kept for augment() and pathFrom().
   */
  search(
    sourceJudges: readonly number[],
    sourceClass: number,
    skip: Uint8Array | null,
    isTarget: (j: number) => boolean,
    maxTargets: number,
  ): number[] {
    const m = this.judgeCount;
    const stamp = ++this.stamp;
    const { parent, seen, queue, flow, classes } = this;
    let head = 0;
    let tail = 0;
    for (const j of sourceJudges) {
      if (seen[j] === stamp) continue;
      seen[j] = stamp;
      parent[j] = ROOT;
      queue[tail++] = j;
    }
    if (sourceClass !== -1) {
      seen[m + sourceClass] = stamp;
      parent[m + sourceClass] = ROOT;
      queue[tail++] = m + sourceClass;
    }
    const targets: number[] = [];
    search: while (head < tail) {
      const v = queue[head++]!;
      if (v < m) {
        for (let c = 0; c < this.classCount; c++) {
          const node = m + c;
          if (seen[node] === stamp || (skip !== null && skip[node] === 1) || flow[c]![v]! === 0) continue;
          seen[node] = stamp;
          parent[node] = v;
          queue[tail++] = node;
        }
      } else {
        const c = v - m;
        const row = flow[c]!;
        const { size, blocked } = classes[c]!;
        for (let j = 0; j < m; j++) {
          if (seen[j] === stamp || blocked[j] === 1 || row[j]! >= size || (skip !== null && skip[j] === 1)) continue;
          seen[j] = stamp;
          parent[j] = v;
          queue[tail++] = j;
          if (isTarget(j)) {
            targets.push(j);
            if (targets.length >= maxTargets) break search;
          }
        }
      }
    }
    this.reachedCount = tail;
    return targets;
  }

  /** The nodes reached by the last search (judges < m ≤ classes + m). */
  reached(): Int32Array {
    return this.queue.subarray(0, this.reachedCount);
  }

  /** The root of the last search's path to `target`: a judge index, or m + class index. */
  rootOf(target: number): number {
    let v = target;
    while (this.parent[v] !== ROOT) v = this.parent[v]!;
    return v;
  }

  /** Whether the last search's path to `target` still has residual capacity on every arc. */
  pathValid(target: number): boolean {
    const m = this.judgeCount;
    let v = target;
    for (;;) {
      const p = this.parent[v]!;
      if (p === ROOT) return v >= m || this.added[v]! > 0;
      if (v < m) {
        if (this.flow[p - m]![v]! >= this.classes[p - m]!.size) return false;
      } else if (this.flow[v - m]![p]! <= 0) return false;
      v = p;
    }
  }

  /**
   * Pushes one unit along the last search's path to judge `target`: the target's load grows by
   * one; a judge at the root loses one, a class at the root places one more unit.
   */
  augment(target: number): void {
    const m = this.judgeCount;
    let v = target;
    for (;;) {
      const p = this.parent[v]!;
      if (p === ROOT) break;
      if (v < m) this.flow[p - m]![v]! += 1;
      else this.flow[v - m]![p]! -= 1;
      v = p;
    }
    if (v < m) {
      this.added[v]! -= 1;
      this.load[v]! -= 1;
    }
    this.added[target]! += 1;
    this.load[target]! += 1;
  }
}
