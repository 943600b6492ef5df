import type { Network } from './network.ts';
import { UnionFind } from './union-find.ts';

/**
 * Why a maximum flow leaves some classes short: the minimum cut.
 *
 * From a class still missing units, the residual graph reaches a set K of classes and J of
 * judges, and no judge in J has room left (else there would be an augmenting path). Every arc
 * from K to a judge outside J is full too (|c| entries of c already use that judge), and J
 * receives flow only from K (a judge of J holding units of a class would reach that class). So the
 * units K can ever place are exactly
 *
 *     capacity(K) = Σ_{j ∈ J} room_j + Σ_{c ∈ K} |c| · #(judges allowed for c outside J),
 *
 * which is less than K's demand Σ_{c ∈ K} |c| · r_c. Overlapping sets from several short classes
 * are merged.
 */
export interface ShortGroup {
  classes: number[];
  judges: number[];
  demand: number;
  capacity: number;
}

export function findShortGroups(network: Network, shortClasses: readonly number[]): ShortGroup[] {
  const m = network.judgeCount;
  const C = network.classCount;
  const owner = new Int32Array(m + C).fill(-1); // which search first reached a node
  const uf = new UnionFind(shortClasses.length);
  shortClasses.forEach((c, i) => {
    network.search([], c, null, () => false, 0);
    for (const node of network.reached()) {
      if (owner[node] === -1) owner[node] = i;
      else uf.union(owner[node]!, i);
    }
  });
  const groups = new Map<number, { classes: Set<number>; judges: Set<number> }>();
  for (let node = 0; node < m + C; node++) {
    if (owner[node] === -1) continue;
    const root = uf.find(owner[node]!);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { classes: new Set(), judges: new Set() }));
    if (node < m) group.judges.add(node);
    else group.classes.add(node - m);
  }
  return [...groups.values()].map(({ classes, judges }) => {
    let demand = 0;
    let capacity = 0;
    for (const j of judges) capacity += network.room[j]!;
    for (const c of classes) {
      const { size, need, blocked } = network.classes[c]!;
      demand += size * need;
      for (let j = 0; j < m; j++) if (blocked[j] === 0 && !judges.has(j)) capacity += size;
    }
    return {
      classes: [...classes].sort((a, b) => a - b),
      judges: [...judges].sort((a, b) => a - b),
      demand,
      capacity,
    };
  });
}
