/** One template: the masked tokens that a family of lines shares. */
export interface Template {
  /** The tokens joined by spaces; tokens hold no whitespace, so the key is unambiguous. */
  readonly key: string;
  readonly tokens: readonly string[];
  /** Lines counted on this template since it entered the table. */
  count: number;
  clusterId: string;
  /** Made by a merge for a variable column: lines with any value there are counted on it. */
  readonly general: boolean;
  /** Eviction credit: a hit adds one, the eviction sweep spends one. */
  credit: number;
  /** Index in its leaf's list, so that removal takes constant time. */
  slot: number;
}

/** The templates of one token count and one leading token: the only ones that can be near each other. */
export interface Leaf {
  readonly templates: Template[];
  readonly generals: Template[];
}

export interface Added {
  template: Template;
  created: boolean;
  evicted: Template[];
}

const MAX_CREDIT = 3;

export function leafKey(tokens: readonly string[]): string {
  return `${tokens.length} ${tokens[0] ?? ''}`;
}

/**
 * The template table, capped. When full, a clock sweep evicts: it passes over templates that were hit
 * since its last pass (spending their credit) and evicts the first without credit, so rare and old
 * templates go first. Evicted templates leave their counts in their clusters.
 */
export class TemplateTable {
  private readonly byKey = new Map<string, Template>();
  private readonly leaves = new Map<string, Leaf>();
  evictions = 0;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.byKey.size;
  }

  /** The template with this key, counting the lookup as a hit. */
  hit(key: string): Template | undefined {
    const template = this.byKey.get(key);
    if (template && template.credit < MAX_CREDIT) {
      template.credit++;
    }
    return template;
  }

  peek(key: string): Template | undefined {
    return this.byKey.get(key);
  }

  leaf(tokens: readonly string[]): Leaf | undefined {
    return this.leaves.get(leafKey(tokens));
  }

  all(): IterableIterator<Template> {
    return this.byKey.values();
  }

  allLeaves(): IterableIterator<Leaf> {
    return this.leaves.values();
  }

  /** Adds a template, or finds the one with its key; says what had to be evicted to make room. */
  add(tokens: readonly string[], clusterId: string, general = false): Added {
    const key = tokens.join(' ');
    const existing = this.byKey.get(key);
    if (existing) {
      return { template: existing, created: false, evicted: [] };
    }

    const evicted: Template[] = [];
    while (this.byKey.size >= this.capacity) {
      evicted.push(this.evictOne());
    }

    const template: Template = { key, tokens, count: 0, clusterId, general, credit: 0, slot: -1 };
    this.byKey.set(key, template);
    this.place(template);
    return { template, created: true, evicted };
  }

  remove(template: Template): void {
    if (this.byKey.get(template.key) !== template) {
      return;
    }
    this.byKey.delete(template.key);

    const key = leafKey(template.tokens);
    const leaf = this.leaves.get(key);
    if (!leaf) {
      return;
    }
    if (template.general) {
      leaf.generals.splice(leaf.generals.indexOf(template), 1);
    } else {
      const last = leaf.templates.pop();
      if (last && last !== template) {
        leaf.templates[template.slot] = last;
        last.slot = template.slot;
      }
    }
    if (leaf.templates.length === 0 && leaf.generals.length === 0) {
      this.leaves.delete(key);
    }
  }

  private place(template: Template): void {
    const key = leafKey(template.tokens);
    let leaf = this.leaves.get(key);
    if (!leaf) {
      leaf = { templates: [], generals: [] };
      this.leaves.set(key, leaf);
    }

    if (template.general) {
      leaf.generals.push(template);
    } else {
      template.slot = leaf.templates.length;
      leaf.templates.push(template);
    }
  }

  private evictOne(): Template {
    for (;;) {
      const oldest: Template = this.byKey.values().next().value!;
      if (oldest.credit === 0) {
        this.remove(oldest);
        this.evictions++;
        return oldest;
      }
      oldest.credit--;
      this.byKey.delete(oldest.key);
      this.byKey.set(oldest.key, oldest);
    }
  }
}
