import { type ErrorEvent } from '../domain/errorEvent';
import { type EventSink } from '../ingest';
import { type Cluster, type ClusterEvent, generalise } from './cluster';
import { conditionClusterId, templateClusterId } from './clusterId';
import { planLeaf } from './dbscan';
import { TemplateMiner } from './miner';
import { ClusterRegistry } from './registry';
import { type Template, TemplateTable } from './templates';
import { maskLine } from './tokens';

export interface EngineOptions {
  /** Template table cap; idle clusters (all of whose templates were evicted) are capped alike. */
  maxTemplates: number;
  /** A cluster first seen within this window, a full window after observation began, is new. */
  noveltyWindow: number;
}

/** An event as the engine sees it: clustered by its condition when that is coded, else by its mined message. */
export interface EngineEvent extends ClusterEvent {
  /** The condition has a code, so its cluster is keyed by it however the line is worded; absent, it is mined. */
  coded?: boolean;
  /** Description of the condition, shown as the template of its cluster. */
  title?: string;
}

export interface SavedTemplate {
  key: string;
  clusterId: string;
  count: number;
  general: boolean;
}

/**
 * Code-family events with a code are clustered by condition however they are worded; the rest (driver
 * failures named after their words) by template. Either way the cluster carries the events' condition.
 */
export function engineEvent(event: ErrorEvent): EngineEvent {
  const { deviceId, time, message, severity, title, condition } = event;
  return { deviceId, time, message, severity, title, condition, coded: event.code !== null };
}

/**
 * The clustering engine: a template table mined online, periodic DBSCAN merges over its templates, and
 * the clusters with their counts. The service calls it from one event loop; it holds no locks.
 */
export class ClusterEngine implements EventSink {
  readonly table: TemplateTable;
  readonly miner: TemplateMiner;
  readonly clusters: ClusterRegistry;
  private mergeComparisons = 0;
  observedSince: number | null = null;

  constructor(readonly options: EngineOptions) {
    this.table = new TemplateTable(options.maxTemplates);
    this.miner = new TemplateMiner(this.table);
    this.clusters = new ClusterRegistry(options.maxTemplates);
  }

  accept(events: readonly ErrorEvent[]): void {
    for (const event of events) {
      this.add(engineEvent(event));
    }
  }

  add(event: EngineEvent): Cluster {
    const cluster =
      event.coded === true && event.condition !== null
        ? this.clusters.obtain(conditionClusterId(event.condition), event.condition, event.title ?? event.condition)
        : this.byTemplate(event.message);
    cluster.add(event);
    this.clusters.touched(cluster);
    if (event.time !== null) {
      this.observedSince = Math.min(this.observedSince ?? event.time, event.time);
    }
    return cluster;
  }

  /** Template comparisons made so far, online and in merges: the engine's unit of work. */
  get comparisons(): number {
    return this.miner.comparisons + this.mergeComparisons;
  }

  isNovel(cluster: Cluster, now: number): boolean {
    const window = this.options.noveltyWindow;
    const since = this.observedSince;
    return since !== null && cluster.firstSeen >= now - window && cluster.firstSeen >= since + window;
  }

  /** Runs DBSCAN over each leaf's templates and applies the result; says how many clusters and templates went. */
  merge(): { merged: number; folded: number } {
    let merged = 0;
    let folded = 0;
    for (const leaf of [...this.table.allLeaves()]) {
      const plan = planLeaf([...leaf.templates, ...leaf.generals]);
      this.mergeComparisons += plan.comparisons;
      plan.groups.forEach((group) => (merged += this.clusters.unite(group.map((t) => this.clusterOf(t)))));
      plan.folds.forEach(({ tokens, from }) => (folded += this.fold(tokens, from)));
    }

    if (merged > 0) {
      for (const template of this.table.all()) {
        template.clusterId = this.clusters.resolve(template.clusterId);
      }
    }
    return { merged, folded };
  }

  /** Puts back what the store kept: clusters and aliases, then the templates pointing at them. */
  restore(clusters: readonly Cluster[], templates: readonly SavedTemplate[], aliases: ReadonlyArray<[string, string]>) {
    this.clusters.restore(clusters, aliases);
    for (const saved of templates) {
      const cluster = this.clusters.get(saved.clusterId);
      if (cluster) {
        const { template, created } = this.table.add(saved.key.split(' '), cluster.id, saved.general);
        template.count = saved.count;
        if (created) {
          this.clusters.attach(cluster);
        }
      }
    }
    this.clusters.settle();
    this.observedSince = clusters.reduce<number | null>((min, c) => Math.min(min ?? c.firstSeen, c.firstSeen), null);
  }

  private byTemplate(message: string): Cluster {
    const line = maskLine(message);
    const placement = this.miner.place(line);
    const template = placement.template ?? this.newTemplate(line.tokens, placement.peer);
    template.count++;
    return this.clusterOf(template);
  }

  private newTemplate(tokens: readonly string[], peer: Template | null): Template {
    const key = tokens.join(' ');
    const cluster = peer ? this.clusterOf(peer) : this.clusters.obtain(templateClusterId(key), null, key);
    const { template, created, evicted } = this.table.add(tokens, cluster.id);
    if (created) {
      this.clusters.attach(cluster);
    }
    evicted.forEach((t) => this.clusters.detach(this.clusters.get(t.clusterId)));
    return template;
  }

  private clusterOf(template: Template): Cluster {
    return this.clusters.obtain(template.clusterId, null, template.key);
  }

  /** Replaces the templates of a dense column by one general template, counts carried over. */
  private fold(tokens: string[], from: readonly Template[]): number {
    const cluster = this.clusterOf(from[0]);
    let count = 0;
    for (const template of from) {
      count += template.count;
      this.table.remove(template);
      this.clusters.detach(this.clusters.get(template.clusterId));
    }

    const { template, created } = this.table.add(tokens, cluster.id, true);
    template.count += count;
    if (created) {
      this.clusters.attach(cluster);
    }
    cluster.template = generalise(cluster.template, template.key);
    this.clusters.touched(cluster);
    return from.length;
  }
}
