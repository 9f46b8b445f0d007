import { Cluster } from './cluster';

/**
 * The clusters by id, with what merges and evictions leave behind: aliases from merged ids to the cluster
 * that took them in, idle clusters (no live template, kept for their counts, capped) and the changes the
 * store has not seen yet.
 */
export class ClusterRegistry {
  private readonly clusters = new Map<string, Cluster>();
  private readonly aliases = new Map<string, string>();
  private readonly idle = new Map<string, Cluster>();
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();

  constructor(private readonly cap: number) {}

  get size(): number {
    return this.clusters.size;
  }

  all(): IterableIterator<Cluster> {
    return this.clusters.values();
  }

  /** The cluster with this id, following merges to the cluster that took it in. */
  get(id: string): Cluster | undefined {
    return this.clusters.get(this.resolve(id));
  }

  resolve(id: string): string {
    let current = id;
    for (let hops = 0; hops < 64; hops++) {
      const next = this.aliases.get(current);
      if (next === undefined) {
        return current;
      }
      current = next;
    }
    return current;
  }

  /** The cluster with this id, created when there is none. */
  obtain(id: string, condition: string | null, template: string): Cluster {
    const existing = this.get(id);
    if (existing) {
      return existing;
    }
    const cluster = Cluster.create(id, condition, template);
    this.clusters.set(id, cluster);
    this.removed.delete(id);
    return cluster;
  }

  touched(cluster: Cluster): void {
    this.changed.add(cluster.id);
  }

  /** Merges clusters into the biggest (then oldest) one, whose id stays; returns how many were merged away. */
  unite(clusters: readonly Cluster[]): number {
    const [winner, ...losers] = [...new Set(clusters)].sort(byWeight);
    for (const loser of losers) {
      winner.absorb(loser);
      this.clusters.delete(loser.id);
      this.idle.delete(loser.id);
      this.alias(loser.id, winner.id);
      this.removed.add(loser.id);
    }
    if (losers.length > 0) {
      this.idle.delete(winner.id);
      this.changed.add(winner.id);
    }
    return losers.length;
  }

  /** A template now points at the cluster. */
  attach(cluster: Cluster): void {
    cluster.templates++;
    this.idle.delete(cluster.id);
  }

  /** A template pointing at the cluster left the table; a cluster left with none becomes idle. */
  detach(cluster: Cluster | undefined): void {
    if (!cluster || --cluster.templates > 0 || cluster.coded) {
      return;
    }
    this.idle.set(cluster.id, cluster);
    while (this.idle.size > this.cap) {
      const [id] = this.idle.keys();
      this.idle.delete(id);
      this.clusters.delete(id);
      this.removed.add(id);
    }
  }

  /** Clusters changed or removed since the last call, for the store. */
  takeChanges(): { changed: Cluster[]; removed: string[] } {
    const changed = [...this.changed].flatMap((id) => this.clusters.get(id) ?? []);
    const removed = [...this.removed];
    this.changed.clear();
    this.removed.clear();
    return { changed, removed };
  }

  /** Puts back changes a failed save took, so the next save writes them. */
  requeue(changed: readonly Cluster[], removed: readonly string[]): void {
    changed.forEach((c) => this.clusters.has(c.id) && this.changed.add(c.id));
    removed.forEach((id) => !this.clusters.has(id) && this.removed.add(id));
  }

  aliasEntries(): Array<[string, string]> {
    return [...this.aliases];
  }

  /** Puts back stored clusters and aliases; templates are attached afterwards by the engine. */
  restore(clusters: readonly Cluster[], aliases: ReadonlyArray<[string, string]>): void {
    clusters.forEach((c) => this.clusters.set(c.id, c));
    aliases.forEach(([from, to]) => this.alias(from, to));
  }

  /** After templates are back: clusters without any are idle. */
  settle(): void {
    for (const cluster of this.clusters.values()) {
      if (cluster.templates === 0 && !cluster.coded) {
        this.idle.set(cluster.id, cluster);
      }
    }
  }

  private alias(from: string, to: string): void {
    this.aliases.delete(from);
    this.aliases.set(from, to);
    if (this.aliases.size > 4 * this.cap) {
      const [oldest] = this.aliases.keys();
      this.aliases.delete(oldest);
    }
  }
}

function byWeight(a: Cluster, b: Cluster): number {
  return b.count - a.count || a.firstSeen - b.firstSeen || (a.id < b.id ? -1 : 1);
}
