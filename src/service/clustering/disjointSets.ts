/** Union-find over 0..n-1; the smallest index of a set is its root, so results do not depend on union order. */
export class DisjointSets {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      this.parent[i] = i;
    }
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) {
      root = this.parent[root];
    }
    while (this.parent[i] !== root) {
      const next = this.parent[i];
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) {
      this.parent[rb] = ra;
    } else if (rb < ra) {
      this.parent[ra] = rb;
    }
  }

  /** The sets with more than one member, each as a list of indices in ascending order. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i);
      const group = byRoot.get(root);
      if (group) {
        group.push(i);
      } else {
        byRoot.set(root, [i]);
      }
    }
    return [...byRoot.values()].filter((g) => g.length > 1);
  }
}
