import { MIN_POINTS } from './dbscan';
import { compatible, generalises } from './similarity';
import { type Leaf, type Template, type TemplateTable } from './templates';
import { type MaskedLine } from './tokens';

/** How many of a leaf's newest templates a new line is compared with: the bound on work per new template. */
export const LEAF_SCAN = 64;

/** Where a line's tokens belong: a known template, or a new one and the template whose cluster it joins. */
export type Placement = { template: Template } | { template: null; peer: Template | null };

/**
 * The online half of template mining: a line with known tokens costs one hash lookup; a new one is
 * compared with a bounded number of templates of its leaf (same token count and leading token).
 */
export class TemplateMiner {
  /** Template comparisons made for new lines; a repeated line makes none. */
  comparisons = 0;

  constructor(readonly table: TemplateTable) {}

  place(line: MaskedLine): Placement {
    const known = this.table.hit(line.key);
    if (known) {
      return { template: known };
    }

    const leaf = this.table.leaf(line.tokens);
    return leaf ? this.scan(leaf, line.tokens) : { template: null, peer: null };
  }

  private scan(leaf: Leaf, tokens: readonly string[]): Placement {
    for (const general of leaf.generals) {
      this.comparisons++;
      if (generalises(general.tokens, tokens)) {
        return { template: general };
      }
    }

    let peer: Template | null = null;
    let neighbour: Template | null = null;
    let neighbours = 0;
    const list = leaf.templates;
    for (let i = list.length - 1; i >= Math.max(0, list.length - LEAF_SCAN); i--) {
      this.comparisons++;
      const other = list[i];
      const relation = relate(other.tokens, tokens);
      if (relation === 'compatible') {
        peer = heavier(peer, other);
      } else if (relation === 'neighbour') {
        neighbours++;
        neighbour = heavier(neighbour, other);
      }
    }
    return { template: null, peer: peer ?? (neighbours + 1 >= MIN_POINTS ? neighbour : null) };
  }
}

type Relation = 'compatible' | 'neighbour' | 'apart';

/**
 * How a leaf's template relates to a new line's tokens, both of one length and leading token: one
 * position apart where the masks explain the difference (compatible), one plain word apart (neighbour),
 * or further. The merge uses the same relation, so what joins online also joins there.
 */
function relate(theirs: readonly string[], ours: readonly string[]): Relation {
  let position = -1;
  for (let i = 1; i < theirs.length; i++) {
    if (theirs[i] !== ours[i]) {
      if (position >= 0) {
        return 'apart';
      }
      position = i;
    }
  }
  if (position < 0) {
    return 'apart';
  }
  return compatible(theirs[position], ours[position]) ? 'compatible' : 'neighbour';
}

function heavier(a: Template | null, b: Template): Template {
  return a === null || b.count > a.count ? b : a;
}
