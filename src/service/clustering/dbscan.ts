import { DisjointSets } from './disjointSets';
import { WILDCARD } from './mask';
import { compatible } from './similarity';
import { type Template } from './templates';

/**
 * Fewest templates, a core one included, that make a column variable: five values of a word in one place
 * are a variable, three or four ("opened", "closed") are different messages.
 */
export const MIN_POINTS = 5;

export interface LeafPlan {
  /** Templates that form one cluster; every group has two or more. */
  groups: Template[][];
  /** Dense columns: the templates to replace by one with a wildcard in that column. */
  folds: Array<{ tokens: string[]; from: Template[] }>;
  /** Token comparisons made, for the cost counters. */
  comparisons: number;
}

interface Column {
  position: number;
  members: number[];
}

/**
 * DBSCAN over the templates of one leaf (same token count, same leading token). Two templates are
 * neighbours when they differ in one position only; a difference the masks explain (a pattern and a
 * value it fits) joins them outright, a difference of plain words counts towards density. A template
 * with MIN_POINTS - 1 neighbours is a core point; clusters grow through core points and take in their
 * border points; the rest stay alone. Neighbours are found by hashing each template with one position
 * left out, so the work is linear in templates times tokens, never pairwise over the leaf.
 */
export function planLeaf(leafTemplates: readonly Template[], minPoints = MIN_POINTS): LeafPlan {
  const templates = [...leafTemplates].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const plan: LeafPlan = { groups: [], folds: [], comparisons: 0 };
  if (templates.length < 2) {
    return plan;
  }

  const sets = new DisjointSets(templates.length);
  const near = templates.map(() => new Set<number>());
  const dense = new Set<number>();
  for (const column of columns(templates)) {
    if (column.members.length >= minPoints) {
      foldColumn(templates, column, sets, plan);
      column.members.forEach((i) => dense.add(i));
    } else {
      compare(templates, column, sets, near, plan);
    }
  }

  growFromCores(templates, sets, { near, dense, minPoints });
  plan.groups = sets.groups().map((g) => g.map((i) => templates[i]));
  return plan;
}

/** Buckets of templates equal everywhere but one position (the leading token never varies in a leaf). */
function columns(templates: readonly Template[]): Column[] {
  const buckets = new Map<string, Column>();
  templates.forEach((template, index) => {
    const { tokens } = template;
    for (let p = 1; p < tokens.length; p++) {
      const key = `${p}\u0001${tokens.slice(0, p).join(' ')}\u0001${tokens.slice(p + 1).join(' ')}`;
      const column = buckets.get(key);
      if (column) {
        column.members.push(index);
      } else {
        buckets.set(key, { position: p, members: [index] });
      }
    }
  });
  return [...buckets.values()].filter((c) => c.members.length > 1);
}

/** A dense column: every member is a core point, and one template with a wildcard there replaces them. */
function foldColumn(templates: readonly Template[], column: Column, sets: DisjointSets, plan: LeafPlan): void {
  const [first, ...rest] = column.members;
  rest.forEach((i) => sets.union(first, i));

  const tokens = [...templates[first].tokens];
  tokens[column.position] = WILDCARD;
  plan.folds.push({ tokens, from: column.members.map((i) => templates[i]) });
}

function compare(
  templates: readonly Template[],
  column: Column,
  sets: DisjointSets,
  near: Array<Set<number>>,
  plan: LeafPlan
): void {
  const { members, position } = column;
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      const [a, b] = [members[x], members[y]];
      plan.comparisons++;
      if (compatible(templates[a].tokens[position], templates[b].tokens[position])) {
        sets.union(a, b);
      } else {
        near[a].add(b);
        near[b].add(a);
      }
    }
  }
}

interface Density {
  /** Templates one plain word apart, by index. */
  near: ReadonlyArray<Set<number>>;
  /** Templates in a dense column: core points whatever their other neighbours. */
  dense: ReadonlySet<number>;
  minPoints: number;
}

/** The density step, over the groups the masks already joined. */
function growFromCores(templates: readonly Template[], sets: DisjointSets, density: Density): void {
  const { near, dense, minPoints } = density;
  const roots = templates.map((_, i) => sets.find(i));
  const neighbours = new Map<number, Set<number>>();
  near.forEach((others, i) => {
    for (const j of others) {
      if (roots[i] !== roots[j]) {
        setOf(neighbours, roots[i]).add(roots[j]);
      }
    }
  });

  const weight = new Map<number, number>();
  templates.forEach((t, i) => weight.set(roots[i], (weight.get(roots[i]) ?? 0) + t.count));
  const core = new Set([...neighbours].filter(([, n]) => n.size + 1 >= minPoints).map(([root]) => root));
  dense.forEach((i) => core.add(roots[i]));

  for (const root of core) {
    neighbours.get(root)?.forEach((other) => core.has(other) && sets.union(root, other));
  }
  for (const [root, others] of neighbours) {
    if (!core.has(root)) {
      const best = heaviestCore(others, core, weight);
      if (best !== null) {
        sets.union(root, best);
      }
    }
  }
}

/** A border point joins one core neighbour: the heaviest, then the first in key order. */
function heaviestCore(others: Set<number>, core: Set<number>, weight: Map<number, number>): number | null {
  let best: number | null = null;
  for (const other of others) {
    if (!core.has(other)) {
      continue;
    }
    const w = weight.get(other) ?? 0;
    const bw = best === null ? -1 : (weight.get(best) ?? 0);
    if (best === null || w > bw || (w === bw && other < best)) {
      best = other;
    }
  }
  return best;
}

function setOf(map: Map<number, Set<number>>, key: number): Set<number> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}
