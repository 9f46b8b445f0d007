import { DAY_MS, MINUTE_MS } from '../../domain/time';
import { Random } from '../../random';

/** The synthetic fleet is sampled every 5 minutes, like a Prometheus scraping a slow collector. */
export const SAMPLE_STEP_MS = 5 * MINUTE_MS;
export const BUCKETS_PER_DAY = DAY_MS / SAMPLE_STEP_MS;

export interface FleetOptions {
  devices: number;
  days: number;
  /** End of the history, ms; rounded down to a whole day. */
  end: number;
  seed: number;
}

/** Buckets [from, to) of the 5-minute grid. */
export interface Interval {
  from: number;
  to: number;
}

export interface InstancePlan {
  /** host:port of the kkt-monitor replica, the scrape target. */
  name: string;
  collector: string;
  exporterOutages: Interval[];
  collectorOutages: Interval[];
}

export interface FnPlan {
  serial: string;
  expiresAt: number;
  memoryBase: number;
  /** First bucket with this FN fitted. */
  from: number;
}

export interface DevicePlan {
  id: string;
  instance: number;
  peakPerHour: number;
  /** Opening and closing per day, minutes after midnight UTC. */
  hours: Array<{ open: number; close: number }>;
  switchesOffAtNight: boolean;
  closedDays: Set<number>;
  offline: Interval[];
  shortOutages: Interval[];
  linkBlips: Interval[];
  errorBursts: Interval[];
  clockSpikes: Array<Interval & { offset: number }>;
  registrationProblems: Interval[];
  /** Days whose shift is left open overnight, and the bucket it is closed at. */
  forgottenShifts: Map<number, number>;
  fnFailure: Interval | null;
  /** The OFD link broke this long before the history (ms) and is mended at a bucket, or never. */
  backlog: { brokeAt: number; mendedAt: number | null } | null;
  fns: FnPlan[];
  clockBase: number;
  clockDriftPerDay: number;
}

export interface FleetPlan {
  options: FleetOptions;
  start: number;
  buckets: number;
  instances: InstancePlan[];
  devices: DevicePlan[];
}

/** How often things happen, per register and day unless said otherwise. */
export const RATES = {
  shortOutages: 0.2,
  linkBlips: 0.3,
  errorBursts: 0.15,
  exporterOutagesPerInstance: 1 / 20,
  collectorOutagesPerInstance: 1 / 12,
  /** Fleet-wide incidents, per register-day. */
  offline: 1 / 240,
  forgottenShifts: 1 / 600,
  fnFailures: 1 / 2400,
  backlogs: 1 / 2000,
};

export function startOf(options: FleetOptions): { start: number; end: number } {
  const end = Math.floor(options.end / DAY_MS) * DAY_MS;
  return { start: end - options.days * DAY_MS, end };
}

export function bucketTime(plan: FleetPlan, bucket: number): number {
  return plan.start + bucket * SAMPLE_STEP_MS;
}

export { Random };
