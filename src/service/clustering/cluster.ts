import { maxSeverity, type Severity } from '../domain/severity';
import { conditionClusterId } from './clusterId';
import { WILDCARD } from './mask';
import { type SampleState, Samples } from './samples';
import { Trend, type TrendState } from './trend';

/** Devices remembered per cluster; beyond this the list stops growing and the count is a lower bound. */
export const MAX_DEVICES = 1000;

/** What a cluster needs of an event: error events have it, and the CLI builds it from a parsed line. */
export interface ClusterEvent {
  deviceId: string;
  /** null for a line that carries no time, which only offline runs read: it counts, but is placed nowhere in time. */
  time: number | null;
  message: string;
  severity: Severity;
  /** The condition detection named, of any kind; null for a line it did not flag (offline runs only). */
  condition: string | null;
}

export interface ClusterState {
  id: string;
  condition: string | null;
  template: string;
  severity: Severity;
  count: number;
  firstSeen: number;
  lastSeen: number;
  devices: string[];
  samples: SampleState;
  trend: TrendState;
}

/**
 * A condition behind many lines: its template, counts, devices, samples and trend. A coded condition's
 * cluster is keyed by it; a mined one carries the condition its members share, or null when they differ.
 */
export class Cluster {
  severity: Severity = 'info';
  count = 0;
  firstSeen = Number.POSITIVE_INFINITY;
  lastSeen = Number.NEGATIVE_INFINITY;
  readonly devices = new Set<string>();
  /** Live templates pointing at this cluster; one with none may be evicted. */
  templates = 0;

  private constructor(
    readonly id: string,
    public condition: string | null,
    public template: string,
    readonly samples: Samples,
    readonly trend: Trend,
    /** Keyed by its condition (never evicted), rather than mined from templates. */
    readonly coded: boolean
  ) {}

  /** `condition` is given for a coded condition's cluster only; a mined one takes its members'. */
  static create(id: string, condition: string | null, template: string): Cluster {
    return new Cluster(id, condition, template, Samples.seeded(id), new Trend(), condition !== null);
  }

  add(event: ClusterEvent): void {
    this.condition = this.joined(event.condition, 1);
    this.count++;
    this.severity = maxSeverity(this.severity, event.severity);
    if (this.devices.size < MAX_DEVICES) {
      this.devices.add(event.deviceId);
    }
    if (event.time === null) {
      return;
    }

    // Samples are shown with their time, so an undated line is not one.
    this.firstSeen = Math.min(this.firstSeen, event.time);
    this.lastSeen = Math.max(this.lastSeen, event.time);
    this.samples.offer(event.deviceId, event.time, event.message);
    this.trend.add(event.time);
  }

  /** Takes in a cluster merged into this one. */
  absorb(other: Cluster): void {
    this.condition = this.joined(other.condition, other.count);
    this.severity = maxSeverity(this.severity, other.severity);
    this.count += other.count;
    this.firstSeen = Math.min(this.firstSeen, other.firstSeen);
    this.lastSeen = Math.max(this.lastSeen, other.lastSeen);
    for (const device of other.devices) {
      if (this.devices.size >= MAX_DEVICES) {
        break;
      }
      this.devices.add(device);
    }
    this.samples.merge(other.samples);
    this.trend.merge(other.trend);
    this.templates += other.templates;
    this.template = generalise(this.template, other.template);
  }

  toState(): ClusterState {
    const { id, condition, template, severity, count, firstSeen, lastSeen } = this;
    const devices = [...this.devices];
    return { id, condition, template, severity, count, firstSeen, lastSeen, devices, ...this.parts() };
  }

  static fromState(state: ClusterState): Cluster {
    const trend = Trend.fromState(state.trend);
    const coded = state.condition !== null && state.id === conditionClusterId(state.condition);
    const samples = new Samples(state.samples);
    const cluster = new Cluster(state.id, state.condition, state.template, samples, trend, coded);
    cluster.severity = state.severity;
    cluster.count = state.count;
    cluster.firstSeen = state.firstSeen;
    cluster.lastSeen = state.lastSeen;
    state.devices.slice(0, MAX_DEVICES).forEach((d) => cluster.devices.add(d));
    return cluster;
  }

  /** The condition shared once `count` more members with this one join: members that differ share none. */
  private joined(condition: string | null, count: number): string | null {
    if (count === 0) {
      return this.condition;
    }
    return this.count === 0 || this.condition === condition ? condition : null;
  }

  private parts(): { samples: SampleState; trend: TrendState } {
    return { samples: this.samples.toState(), trend: this.trend.toState() };
  }
}

/** The template that covers both: where two templates of one length differ, a wildcard. */
export function generalise(a: string, b: string): string {
  if (a === b) {
    return a;
  }
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length !== y.length) {
    return a;
  }
  return x.map((token, i) => (token === y[i] ? token : WILDCARD)).join(' ');
}
