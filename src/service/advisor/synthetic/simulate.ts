import { DAY_MS, HOUR_MS } from '../../domain/time';
import { type Incident } from '../backtest/incidents';
import { INCIDENT_KINDS, type IncidentKind } from '../pack/types';
import { BUCKETS_PER_DAY, type DevicePlan, type FleetPlan, type Interval, Random, SAMPLE_STEP_MS } from './plan';

/** What the exporter would show for one register at one moment; null where it exports nothing. */
export interface DeviceSample {
  up: number;
  lastSeen: number;
  clockOffset: number;
  receipts: number;
  errorsHigh: number | null;
  errorsFn: number | null;
  fnSerial: string;
  fnExpiry: number;
  fnMemory: number;
  fnBlocked: number;
  unsent: number;
  oldestUnsent: number | null;
  lastDocument: number;
  lastReceived: number;
  linkUp: number;
  shiftOpen: number;
  shiftOpenedAt: number | null;
  registrationOk: number;
}

const inside = (intervals: readonly Interval[], bucket: number) =>
  intervals.some((i) => bucket >= i.from && bucket < i.to);

/**
 * One register moving through the history bucket by bucket: sales while the shop is open, documents
 * going to the OFD when the link allows, a shift a day, and the plan's outages and incidents.
 */
export class DeviceSimulator {
  private readonly random: Random;
  private readonly state: DeviceSample;
  private receiptsAtFn = 0;
  private shiftDay = -1;
  private frozen: DeviceSample | null = null;
  private readonly openIncidents = new Map<IncidentKind, Incident>();
  /** What happened to the register, labelled as it happened. */
  readonly incidents: Incident[] = [];

  constructor(
    private readonly plan: DevicePlan,
    private readonly fleet: FleetPlan,
    seed: number
  ) {
    this.random = new Random(seed);
    this.state = this.initial();
  }

  private initial(): DeviceSample {
    const now = this.fleet.start / 1000;
    const backlog = this.plan.backlog;
    const broken = backlog !== null && backlog.brokeAt < this.fleet.start;
    const waited = broken ? (this.fleet.start - backlog.brokeAt) / DAY_MS : 0;
    const [fn] = this.plan.fns;
    return {
      up: 1,
      lastSeen: now,
      clockOffset: 0,
      receipts: 0,
      errorsHigh: null,
      errorsFn: null,
      fnSerial: fn.serial,
      fnExpiry: fn.expiresAt / 1000,
      fnMemory: fn.memoryBase,
      fnBlocked: 0,
      unsent: broken ? Math.round(waited * this.plan.peakPerHour * 8) : 0,
      oldestUnsent: broken ? backlog.brokeAt / 1000 : null,
      lastDocument: now - HOUR_MS / 1000,
      lastReceived: broken ? backlog.brokeAt / 1000 : now - HOUR_MS / 1000,
      linkUp: 1,
      shiftOpen: 0,
      shiftOpenedAt: null,
      registrationOk: 1,
    };
  }

  /** The register at this bucket as the exporter shows it: frozen, and down, while its collector fails. */
  step(bucket: number): DeviceSample {
    this.advance(bucket);
    const collector = this.fleet.instances[this.plan.instance].collectorOutages;
    if (!inside(collector, bucket)) {
      this.frozen = null;
      return { ...this.state };
    }
    this.frozen = this.frozen ?? { ...this.state };
    return { ...this.frozen, up: 0 };
  }

  private advance(bucket: number): void {
    const s = this.state;
    const ts = (this.fleet.start + bucket * SAMPLE_STEP_MS) / 1000;
    const day = Math.floor(bucket / BUCKETS_PER_DAY);
    const minute = (bucket % BUCKETS_PER_DAY) * 5;
    const hours = this.plan.hours[day];
    const closedToday = this.plan.closedDays.has(day);
    const open = !closedToday && minute >= hours.open && minute < hours.close;
    const offline = inside(this.plan.offline, bucket);

    this.fitFn(bucket);
    this.runShift(bucket, ts, day, open, open && !offline);
    const { backlog, fnFailure } = this.plan;
    const broken =
      backlog !== null && ts * 1000 >= backlog.brokeAt && (backlog.mendedAt === null || bucket < backlog.mendedAt);
    const backlogBlocked = s.oldestUnsent !== null && ts - s.oldestUnsent >= 30 * 86_400;
    s.fnBlocked = backlogBlocked || (fnFailure !== null && inside([fnFailure], bucket)) ? 1 : 0;
    this.track(ts, backlogBlocked, offline);

    const expected = open ? (this.plan.peakPerHour * profile(minute, hours, day, this.fleet.start)) / 12 : 0;
    const expired = s.shiftOpenedAt !== null && ts - s.shiftOpenedAt >= 86_400;
    const selling = open && !offline && s.fnBlocked === 0 && !expired && s.shiftOpen === 1;
    const sold = selling ? this.random.poisson(expected) : 0;
    this.countErrors(bucket, selling, open && !offline && s.fnBlocked === 1, expected);

    const powered = !offline && (open || (!this.plan.switchesOffAtNight && !closedToday));
    s.up = offline || inside(this.plan.shortOutages, bucket) ? 0 : 1;
    s.lastSeen = powered && s.up === 1 ? ts : s.lastSeen;
    s.linkUp = broken || inside(this.plan.linkBlips, bucket) ? 0 : 1;
    this.exchange(ts, sold, powered && s.linkUp === 1);
    s.clockOffset = this.clock(bucket, day);
    s.fnMemory =
      (this.plan.fns.find((f) => f.serial === s.fnSerial)?.memoryBase ?? 0) +
      (s.receipts - this.receiptsAtFn) / 250_000;
    s.registrationOk = inside(this.plan.registrationProblems, bucket) || this.justReplaced(bucket) ? 0 : 1;
  }

  /** Documents formed before this bucket go to the OFD when the link works; this bucket's wait for the next. */
  private exchange(ts: number, sold: number, sending: boolean): void {
    const s = this.state;
    if (sending) {
      s.lastReceived = s.lastDocument;
      s.unsent = 0;
      s.oldestUnsent = null;
    }
    if (sold > 0) {
      s.receipts += sold;
      s.lastDocument = ts;
      s.unsent += sold;
      s.oldestUnsent = s.oldestUnsent ?? ts;
    }
  }

  private countErrors(bucket: number, selling: boolean, refused: boolean, expected: number): void {
    const s = this.state;
    const sporadic = selling ? this.random.poisson(expected * 0.002) : 0;
    const burst = selling && inside(this.plan.errorBursts, bucket) ? this.random.poisson(expected) : 0;
    if (sporadic + burst > 0 || s.errorsHigh !== null) {
      s.errorsHigh = (s.errorsHigh ?? 0) + sporadic + burst;
    }
    // A blocked FN refuses every sale the cashier tries.
    const refusals = refused ? this.random.poisson(expected) : 0;
    if (refusals > 0 || s.errorsFn !== null) {
      s.errorsFn = (s.errorsFn ?? 0) + refusals;
    }
  }

  /** A shift opens with the first sale of the day; it closes with the shop, unless it is forgotten that night. */
  private runShift(bucket: number, ts: number, day: number, open: boolean, trading: boolean): void {
    const s = this.state;
    const forgottenUntil = this.plan.forgottenShifts.get(this.shiftDay);
    if (s.shiftOpen === 1) {
      const closeNow = forgottenUntil !== undefined ? bucket >= forgottenUntil : !open && day === this.shiftDay;
      const nextDay = forgottenUntil === undefined && day > this.shiftDay;
      if (closeNow || nextDay) {
        s.shiftOpen = 0;
        s.shiftOpenedAt = null;
      }
    }
    if (s.shiftOpen === 0 && trading && (this.shiftDay < day || forgottenUntil !== undefined)) {
      s.shiftOpen = 1;
      s.shiftOpenedAt = ts;
      this.shiftDay = day;
    }
  }

  /** Labels the incidents as they happen: FN blocked, backlog past 30 days, shift past 24 hours, offline. */
  private track(ts: number, backlogBlocked: boolean, offline: boolean): void {
    const s = this.state;
    const shiftOver = s.shiftOpenedAt !== null && ts - s.shiftOpenedAt > 86_400;
    const now: Record<IncidentKind, boolean> = {
      fn_blocked: s.fnBlocked === 1,
      backlog_limit: backlogBlocked,
      shift_over_24h: shiftOver,
      offline,
    };
    for (const kind of INCIDENT_KINDS) {
      const open = this.openIncidents.get(kind);
      if (now[kind] && open) {
        open.end = ts * 1000;
      } else if (now[kind]) {
        const incident = { kind, deviceId: this.plan.id, start: ts * 1000, end: ts * 1000 };
        this.openIncidents.set(kind, incident);
        this.incidents.push(incident);
      } else {
        this.openIncidents.delete(kind);
      }
    }
  }

  private fitFn(bucket: number): void {
    const fn = this.plan.fns.find((f) => f.from === bucket && bucket > 0);
    if (fn) {
      this.state.fnSerial = fn.serial;
      this.state.fnExpiry = fn.expiresAt / 1000;
      this.receiptsAtFn = this.state.receipts;
    }
  }

  private justReplaced(bucket: number): boolean {
    return this.plan.fns.some((f) => f.from > 0 && bucket >= f.from && bucket < f.from + 12);
  }

  /** Offset of the register clock: its own error and drift, spikes, and up to a minute of FN rounding. */
  private clock(bucket: number, day: number): number {
    const spike = this.plan.clockSpikes.find((c) => bucket >= c.from && bucket < c.to)?.offset ?? 0;
    const rounding = this.random.between(-30, 30);
    return Math.round(this.plan.clockBase + this.plan.clockDriftPerDay * day + spike + rounding);
  }
}

/** Sales over the day: half the peak at opening and closing, the peak mid-way; busier on Saturdays. */
function profile(minute: number, hours: { open: number; close: number }, day: number, start: number): number {
  const through = (minute - hours.open) / (hours.close - hours.open);
  const weekday = new Date(start + day * DAY_MS).getUTCDay();
  const week = weekday === 6 ? 1.2 : weekday === 0 ? 0.8 : 1;
  return (0.5 + 0.5 * Math.sin(Math.PI * through)) * week;
}
