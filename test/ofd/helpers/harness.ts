import { type TestContext } from 'node:test';

import { type Collector } from '../../../src/service/collectors/collector';
import { ofdAccountSchema } from '../../../src/service/collectors/ofd/config';
import { type Clock } from '../../../src/service/collectors/ofd/http/clock';
import { createOfdCollector } from '../../../src/service/collectors/ofd/index';
import { type OfdOperator } from '../../../src/service/domain/device';
import { createSelfMetrics } from '../../../src/service/exporter/selfMetrics';
import { Ingest } from '../../../src/service/ingest';
import { type Logger, silentLogger } from '../../../src/service/logger';
import { FleetState } from '../../../src/service/state/fleet';
import { Store } from '../../../src/service/store/store';
import { type RunningSimulators, startOfdSimulators } from '../../../src/simulators/ofd/index';
import { SIMULATOR_CREDENTIALS } from '../../../src/simulators/ofd/operator';
import { RecordingClock } from './clocks';

export interface HarnessOptions {
  operators: OfdOperator[];
  /** Registers in all. */
  size?: number;
  seed?: number;
  /** The simulator's and the collector's now, fixed so expected values can be worked out by hand. */
  now?: number;
  latencyMs?: number;
  /** Let the simulators' time move with the collector's clock (for token lifetimes and Retry-After dates). */
  followClock?: boolean;
  /** Where the collectors log; silent unless a test reads the lines. */
  logger?: Logger;
}

export const FIXED_NOW = Date.UTC(2024, 2, 14, 10, 0, 30);

/** Simulators on loopback plus the service parts a collector writes to, all torn down after the test. */
export async function ofdHarness(t: TestContext, options: HarnessOptions) {
  const now = options.now ?? FIXED_NOW;
  const clock = new RecordingClock(now);
  const sims = await startOfdSimulators({
    size: options.size ?? 12,
    seed: options.seed ?? 7,
    operators: options.operators,
    now: options.followClock ? () => clock.now() : () => now,
    latencyMs: options.latencyMs,
  });
  const store = Store.open(':memory:');
  const fleet = new FleetState();
  const metrics = createSelfMetrics('test');
  const ingest = new Ingest(store, fleet, metrics);
  t.after(async () => {
    await sims.close();
    store.close();
  });

  const collector = (
    account: Record<string, unknown>,
    withClock: Clock = clock,
    env: NodeJS.ProcessEnv = {}
  ): Collector =>
    createOfdCollector(ofdAccountSchema.parse(account), {
      metrics,
      logger: options.logger ?? silentLogger(),
      clock: withClock,
      env,
      store,
      fleet,
      ingest,
      defaultTimeZone: 'Europe/Moscow',
    });

  return { sims, store, fleet, metrics, ingest, clock, now, collector };
}

export type Harness = Awaited<ReturnType<typeof ofdHarness>>;

/** An account aimed at the operator's simulator, with the credentials it accepts. */
export function simulatorAccount(sims: RunningSimulators, operator: OfdOperator, extra: Record<string, unknown> = {}) {
  const c = SIMULATOR_CREDENTIALS;
  const credentials: Record<OfdOperator, Record<string, unknown>> = {
    platforma: { token: c.token },
    ofdru: { login: c.login, password: c.password, inn: c.inn },
    taxcom: { login: c.login, password: c.password, integratorId: c.integratorId },
    kontur: { login: c.login, password: c.password, apiKey: c.apiKey },
    firstofd: {
      apiKey: c.apiKey,
      inn: c.inn,
      registers: sims.get(operator).registers.map((r) => ({ regNumber: r.regNumber, fnSerial: r.fnSerial })),
    },
    saby: { login: c.login, password: c.password, appClientId: c.apiKey, inn: c.inn },
    atolonline: { login: c.login, password: c.password },
  };
  return {
    name: `sim-${operator}`,
    operator,
    baseUrl: sims.get(operator).baseUrl,
    maxRetries: 2,
    ...credentials[operator],
    ...extra,
  };
}

export function run(collector: Collector): Promise<void> {
  return collector.run(new AbortController().signal);
}

/** The value of a counter or gauge for the labels given (0 when never touched). */
export async function metricValue(
  metric: {
    get():
      | Promise<{ values: Array<{ labels: object; value: number }> }>
      | { values: Array<{ labels: object; value: number }> };
  },
  labels: Record<string, string>
): Promise<number> {
  const { values } = await metric.get();
  const match = values.find((v) =>
    Object.entries(labels).every(([k, l]) => (v.labels as Record<string, unknown>)[k] === l)
  );
  return match?.value ?? 0;
}

/** The sum of a counter's values over every label set that has the labels given. */
export async function metricSum(
  metric: { get(): Promise<{ values: Array<{ labels: object; value: number }> }> },
  labels: Record<string, string>
): Promise<number> {
  const { values } = await metric.get();
  const matching = values.filter((v) =>
    Object.entries(labels).every(([k, l]) => (v.labels as Record<string, unknown>)[k] === l)
  );
  return matching.reduce((sum, v) => sum + v.value, 0);
}
