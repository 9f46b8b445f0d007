import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ofdAccountSchema } from '../../src/service/collectors/ofd/config';
import { systemClock } from '../../src/service/collectors/ofd/http/clock';
import { createOfdCollector } from '../../src/service/collectors/ofd/index';
import { OFD_OPERATORS, type OfdOperator } from '../../src/service/domain/device';
import { createSelfMetrics } from '../../src/service/exporter/selfMetrics';
import { Ingest } from '../../src/service/ingest';
import { silentLogger } from '../../src/service/logger';
import { FleetState } from '../../src/service/state/fleet';
import { Store } from '../../src/service/store/store';
import { generateFleet } from '../../src/simulators/ofd/fleet';
import { SIMULATOR_CREDENTIALS as C } from '../../src/simulators/ofd/operator';
import { peakRssMb, printTable, time } from '../harness';
import { startSimulatorProcess } from './ofd/simulator';

/**
 * One full poll of 10,000 simulated registers across the seven operators, all accounts at once, with
 * 10 ms of simulated latency per answer: the request rate each account reached against its configured
 * ceiling (and its busiest second), the time for the whole cycle, and the peak RSS of the collectors.
 */
const REGISTERS = 10_000;
const LATENCY_MS = 10;
/** Requests a second per account: twice as many where a register costs two requests a poll. */
const CEILING: Record<OfdOperator, number> = {
  ofdru: 40,
  taxcom: 25,
  kontur: 40,
  platforma: 20,
  firstofd: 25,
  saby: 40,
  atolonline: 20,
};

/** 1-OFD lists no registers: the account names the simulator's, as a real one would name its own. */
const FIRST_OFD_REGISTERS = generateFleet({ size: REGISTERS, seed: 1, operators: OFD_OPERATORS, now: Date.now() })
  .filter((r) => r.operator === 'firstofd')
  .map((r) => ({ regNumber: r.regNumber, fnSerial: r.fnSerial }));

function credentials(operator: OfdOperator): Record<string, unknown> {
  const all: Record<OfdOperator, Record<string, unknown>> = {
    platforma: { token: C.token },
    ofdru: { login: C.login, password: C.password, inn: C.inn },
    taxcom: { login: C.login, password: C.password, integratorId: C.integratorId },
    kontur: { login: C.login, password: C.password, apiKey: C.apiKey },
    firstofd: { apiKey: C.apiKey, inn: C.inn, registers: FIRST_OFD_REGISTERS },
    saby: { login: C.login, password: C.password, appClientId: C.apiKey, inn: C.inn },
    atolonline: { login: C.login, password: C.password },
  };
  return all[operator];
}

/** Busiest one-second window of request starts, ms timestamps in order. */
function busiestSecond(starts: number[]): number {
  let best = 0;
  for (let i = 0, j = 0; i < starts.length; i++) {
    while (starts[i] - starts[j] >= 1000) {
      j++;
    }
    best = Math.max(best, i - j + 1);
  }
  return best;
}

type Deps = Parameters<typeof createOfdCollector>[1];

/** One collector per operator, aimed at its simulator, with the suite's ceiling. */
function collectors(baseUrls: Map<OfdOperator, string>, deps: Deps) {
  return OFD_OPERATORS.map((operator) => {
    const account = ofdAccountSchema.parse({
      name: `bench-${operator}`,
      operator,
      baseUrl: baseUrls.get(operator),
      history: '6h',
      maxRequestsPerSecond: CEILING[operator],
      maxConcurrency: operator === 'platforma' ? 2 : 8,
      ...credentials(operator),
    });
    return { operator, collector: createOfdCollector(account, deps) };
  });
}

function rateRow(operator: OfdOperator, sends: number[], registers: number, seconds: number) {
  const s = [...sends].sort((a, b) => a - b);
  const rate = s.length > 1 ? (s.length - 1) / ((s[s.length - 1] - s[0]) / 1000) : 0;
  return {
    operator,
    registers,
    requests: s.length,
    'ceiling /s': CEILING[operator],
    'achieved /s': rate,
    'of ceiling': `${Math.round((rate / CEILING[operator]) * 100)} %`,
    'busiest second': busiestSecond(s),
    'round s': seconds,
  };
}

async function pollOnce(baseUrls: Map<OfdOperator, string>, store: Store): Promise<void> {
  const metrics = createSelfMetrics('bench');
  const fleet = new FleetState();
  const sends = new Map<OfdOperator, number[]>(OFD_OPERATORS.map((o) => [o, []]));
  const deps: Deps = {
    metrics,
    logger: silentLogger(),
    clock: systemClock,
    env: {},
    store,
    fleet,
    ingest: new Ingest(store, fleet, metrics),
    defaultTimeZone: 'Europe/Moscow',
    observeSend: (operator, at) => void sends.get(operator)?.push(at),
  };

  const rounds = collectors(baseUrls, deps).map(async ({ operator, collector }) => ({
    operator,
    seconds: await time(() => collector.run(new AbortController().signal)),
  }));
  let results: Array<{ operator: OfdOperator; seconds: number }> = [];
  const cycle = await time(async () => (results = await Promise.all(rounds)));

  const registers = (o: OfdOperator) => fleet.snapshot().devices.filter((d) => d.device.operator === o).length;
  const rows = results.map(({ operator, seconds }) =>
    rateRow(operator, sends.get(operator) ?? [], registers(operator), seconds)
  );
  printTable(`One poll of ${REGISTERS.toLocaleString('en-US')} registers, ${LATENCY_MS} ms simulated latency`, rows);
  const documents = store.documents.query({}, 1, 0).total;
  printTable('Cycle', [{ registers: fleet.size, documents, 'full cycle s': cycle, 'peak RSS MB': peakRssMb() }]);
}

async function main(): Promise<void> {
  const sims = await startSimulatorProcess(REGISTERS, LATENCY_MS);
  const dir = mkdtempSync(join(tmpdir(), 'kkt-bench-ofd-'));
  const store = Store.open(join(dir, 'ofd.db'));
  try {
    await pollOnce(sims.baseUrls, store);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
    await sims.stop();
  }
}

void main();
