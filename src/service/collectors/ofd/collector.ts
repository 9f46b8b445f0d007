import { setMaxListeners } from 'node:events';

import { mergeDevice } from '../../domain/device';
import { type FiscalDocument } from '../../domain/document';
import { normaliseInn, normaliseText } from '../../domain/identifiers';
import { type Ingest } from '../../ingest';
import { type Logger } from '../../logger';
import { type FleetState } from '../../state/fleet';
import { type Store } from '../../store/store';
import { type Collector } from '../collector';
import { type PollOutcome, applyPoll } from './apply';
import { decodeCursor, encodeCursor } from './checkpoint';
import { type OfdAccountConfig } from './config';
import { type OfdClient, type Period, type RegisterReport } from './contract';
import { DigestBuilder } from './digest';
import { type Clock } from './http/clock';
import { lookbackPeriods, planPeriods } from './period';
import { mapPool } from './pool';

/** What a collector of one OFD account works with. */
export interface OfdCollectorDeps {
  store: Store;
  fleet: FleetState;
  ingest: Ingest;
  logger: Logger;
  clock: Clock;
  /** Zone of registers the inventory does not list. */
  defaultTimeZone: string;
  /** Registers whose documents are collected at once. */
  parallelRegisters: number;
}

interface Located<Ref> {
  report: RegisterReport<Ref>;
  id: string;
  timeZone: string;
}

/**
 * Polls one OFD account: lists its registers, collects each one's new documents from its checkpoint,
 * and applies everything learnt to the fleet in one step.
 */
export class OfdCollector<Ref> implements Collector {
  readonly name: string;
  readonly interval: number;
  private readonly log: Logger;
  private readonly seen = new Set<string>();

  constructor(
    private readonly account: OfdAccountConfig,
    private readonly client: OfdClient<Ref>,
    private readonly deps: OfdCollectorDeps
  ) {
    this.name = `ofd:${account.name}`;
    this.interval = account.interval;
    this.log = deps.logger.child({ operator: account.operator, account: account.name });
  }

  /** The account polled, by name and operator, and the registers it reported on since the service started. */
  get coverage() {
    return { account: this.account.name, operator: this.account.operator, registers: this.seen as ReadonlySet<string> };
  }

  async run(outer: AbortSignal): Promise<void> {
    // Many requests of one round wait on its signal at once; one link to the runner's signal serves them all.
    const round = new AbortController();
    setMaxListeners(0, round.signal);
    const stop = () => round.abort(outer.reason);
    outer.addEventListener('abort', stop, { once: true });
    if (outer.aborted) {
      stop();
    }
    try {
      await this.poll(round.signal);
    } finally {
      outer.removeEventListener('abort', stop);
    }
  }

  private async poll(signal: AbortSignal): Promise<void> {
    const now = this.deps.clock.now();
    let reports: Array<RegisterReport<Ref>>;
    try {
      reports = await this.client.registers(signal);
    } catch (error) {
      this.markDown();
      throw error;
    }

    const located = this.locate(reports);
    const outcomes = await mapPool(located, this.deps.parallelRegisters, (r) => this.collect(r, now, signal));
    this.deps.fleet.updateMany(
      located.map((register, i) => [register.id, (state) => applyPoll(state, outcomes[i].poll, now)])
    );
    this.report(outcomes.map((o) => o.error));
  }

  /** Finds or creates each register in the fleet; new ones take the account's zone. */
  private locate(reports: Array<RegisterReport<Ref>>): Array<Located<Ref>> {
    const located: Array<Located<Ref>> = [];
    for (const report of reports) {
      const id = this.upsert(report);
      if (id === null) {
        this.log.debug({ identity: report.identity }, 'register without registration number or serial skipped');
        continue;
      }
      this.seen.add(id);
      located.push({ report, id, timeZone: this.deps.fleet.get(id)?.device.timeZone ?? this.defaultZone });
    }
    return located;
  }

  private upsert(report: RegisterReport<Ref>): string | null {
    const { fleet } = this.deps;
    const identity = report.identity;
    if (!identity.regNumber && !identity.serial) {
      return null;
    }

    const fields = {
      model: normaliseText(report.device.model),
      name: normaliseText(report.device.name),
      store: normaliseText(report.device.store),
      inn: normaliseInn(report.device.inn),
      operator: this.account.operator,
    };
    const id = fleet.resolve(identity);
    const known = id === undefined ? undefined : fleet.get(id);
    if (!known) {
      return fleet.upsert(identity, { ...fields, timeZone: this.defaultZone }).device.id;
    }
    const fnChanged = identity.fnSerial !== null && identity.fnSerial !== known.fiscalDrive.serial;
    if (fnChanged || mergeDevice(known.device, fields) !== known.device) {
      fleet.upsert(identity, fields);
    }
    return known.device.id;
  }

  /** Collects one register's documents period by period, each committed with the checkpoint after it. */
  private async collect(register: Located<Ref>, now: number, signal: AbortSignal) {
    const poll: PollOutcome = { report: register.report, digest: null, ok: true, timeZone: register.timeZone };
    if (!this.client.documents) {
      return { poll, error: null };
    }

    const digest = new DigestBuilder(register.timeZone);
    try {
      await this.collectDocuments(register, now, digest, signal);
      return { poll: { ...poll, digest: digest.result() }, error: null };
    } catch (error) {
      if (signal.aborted) {
        throw error;
      }
      return { poll: { ...poll, digest: digest.result(), ok: false }, error };
    }
  }

  /**
   * The documents since the checkpoint. A register's first poll also looks further back for what tells its
   * state, and keeps that in its checkpoint until done, so a failure there is retried at the next poll.
   */
  private async collectDocuments(register: Located<Ref>, now: number, digest: DigestBuilder, signal: AbortSignal) {
    const cursor = decodeCursor(this.deps.store.checkpoints.ofd(this.account.name, register.id));
    const lookBack = cursor === null || cursor.lookBack === true;
    const periods = this.plan(register, cursor?.until ?? null, now);
    for (const period of periods) {
      await this.collectPeriod(register, period, digest, lookBack, signal);
    }
    if (!lookBack || periods.length === 0) {
      return;
    }

    const until = periods[periods.length - 1].to;
    if (digest.result().shift === null) {
      await this.lookBack(register, { from: periods[0].from, until, now }, digest, signal);
    }
    this.deps.ingest.documents([], this.account.name, register.id, encodeCursor({ until }));
  }

  private plan(register: Located<Ref>, collectedUntil: number | null, now: number): Period[] {
    return planPeriods({
      now,
      collectedUntil,
      historyMs: this.account.history,
      overlapMs: this.account.overlap,
      maxPeriodMs: this.client.maxPeriodMs,
      settleMs: this.client.settleMs,
      oldestUnsentAt: this.deps.fleet.get(register.id)?.ofd.oldestUnsentAt ?? null,
      timeZone: register.timeZone,
    });
  }

  /**
   * A first poll whose window showed no shift document reaches further back, period by period, for the
   * newest one: it tells whether a shift is open and since when, and a close-shift report carries the
   * backlog. Only the documents that tell state are asked for; the checkpoint stays where the window ended.
   */
  private async lookBack(
    register: Located<Ref>,
    window: { from: number; until: number; now: number },
    digest: DigestBuilder,
    signal: AbortSignal
  ) {
    const client = this.client;
    if (!client.stateDocuments) {
      return;
    }

    const checkpoint = encodeCursor({ until: window.until, lookBack: true });
    for (const period of lookbackPeriods(window.from, window.now, client.maxPeriodMs, register.timeZone)) {
      for await (const page of client.stateDocuments(register.report, period, signal)) {
        const documents = page.map((doc) => digest.add(doc, register.id));
        this.deps.ingest.documents(documents, this.account.name, register.id, checkpoint);
      }
      if (digest.result().shift !== null) {
        return;
      }
    }
  }

  private async collectPeriod(
    register: Located<Ref>,
    period: Period,
    digest: DigestBuilder,
    lookBack: boolean,
    signal: AbortSignal
  ) {
    const { ingest } = this.deps;
    const documents = this.client.documents?.(register.report, period, signal) ?? [];
    const cursor = (until: number) => encodeCursor(lookBack ? { until, lookBack } : { until });
    // Pages are stored as they arrive; the last one goes with the checkpoint after the period, in one
    // transaction. A crash in between resumes at the period's start, and stored documents are not counted twice.
    const resumeAt = cursor(period.from);
    let held: FiscalDocument[] = [];
    for await (const page of documents) {
      if (held.length > 0) {
        ingest.documents(held, this.account.name, register.id, resumeAt);
      }
      held = page.map((doc) => digest.add(doc, register.id));
    }
    ingest.documents(held, this.account.name, register.id, cursor(period.to));
  }

  private markDown(): void {
    this.deps.fleet.updateMany([...this.seen].map((id) => [id, (state) => ({ ...state, up: false })]));
  }

  private report(errors: unknown[]): void {
    const failed = errors.filter((e) => e !== null);
    if (failed.length === 0) {
      return;
    }
    // The runner logs the first failure; a partial round says how many registers it missed.
    if (failed.length < errors.length) {
      this.log.warn({ failed: failed.length, registers: errors.length }, 'some registers not collected');
    }
    throw failed[0];
  }

  private get defaultZone(): string {
    return this.account.timeZone ?? this.deps.defaultTimeZone;
  }
}
