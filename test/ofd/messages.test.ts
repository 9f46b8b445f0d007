import assert from 'node:assert/strict';
import { test } from 'node:test';

import { type Collector, CollectorRunner } from '../../src/service/collectors/collector';
import { type OfdOperator } from '../../src/service/domain/device';
import { isKktError } from '../../src/service/errors';
import { createSelfMetrics } from '../../src/service/exporter/selfMetrics';
import { createLogger } from '../../src/service/logger';
import { ofdHarness, run, simulatorAccount } from './helpers/harness';

/** A logger at debug whose lines the test reads back. */
function capturedLog() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  const at = (level: number) => lines.filter((line) => line.level === level);
  return { logger, lines, at };
}

const WARN = 40;
const ERROR = 50;
const DEBUG = 20;

test('Taxcom: a session that expires again after a new login is OFD_SESSION_EXPIRED, not a credentials error', async (t) => {
  const h = await ofdHarness(t, { operators: ['taxcom'], size: 1 });
  h.sims.get('taxcom').faults.set('session-expired', { route: 'list' });

  await assert.rejects(
    run(h.collector(simulatorAccount(h.sims, 'taxcom'))),
    (e: unknown) => isKktError(e) && e.code === 'OFD_SESSION_EXPIRED' && /Taxcom 2109/.test(e.message)
  );
});

/** Each operator's credential set wrong, and the settings its refusal must name. */
const REFUSALS: Array<[OfdOperator, Record<string, unknown>, RegExp]> = [
  ['ofdru', { password: 'wrong' }, /login and password of collectors\.ofd "sim-ofdru" \(or KKT_OFD_SIM_OFDRU_LOGIN/],
  ['taxcom', { password: 'wrong' }, /login and password of collectors\.ofd "sim-taxcom"/],
  [
    'taxcom',
    { integratorId: 'wrong' },
    /integratorId of collectors\.ofd "sim-taxcom" \(or KKT_OFD_SIM_TAXCOM_INTEGRATOR_ID\)/,
  ],
  ['kontur', { password: 'wrong' }, /login and password of collectors\.ofd "sim-kontur"/],
  ['kontur', { apiKey: 'wrong' }, /apiKey of collectors\.ofd "sim-kontur" \(or KKT_OFD_SIM_KONTUR_API_KEY\)/],
  ['platforma', { token: 'wrong' }, /token of collectors\.ofd "sim-platforma" \(or KKT_OFD_SIM_PLATFORMA_TOKEN\)/],
  ['firstofd', { apiKey: 'wrong' }, /apiKey of collectors\.ofd "sim-firstofd" \(or KKT_OFD_SIM_FIRSTOFD_API_KEY\)/],
  ['saby', { password: 'wrong' }, /login, password and appClientId of collectors\.ofd "sim-saby"/],
  ['atolonline', { password: 'wrong' }, /login and password of collectors\.ofd "sim-atolonline"/],
];

for (const [operator, wrong, names] of REFUSALS) {
  test(`${operator}: refused credentials (${Object.keys(wrong).join()}) name the account and the setting`, async (t) => {
    const h = await ofdHarness(t, { operators: [operator], size: 1 });

    await assert.rejects(
      run(h.collector(simulatorAccount(h.sims, operator, wrong))),
      (e: unknown) => isKktError(e) && e.code === 'OFD_AUTH_FAILED' && names.test(e.message)
    );
  });
}

test('after refused credentials the paused account says why and for how long, not "repeated failures"', async (t) => {
  const h = await ofdHarness(t, { operators: ['firstofd'], size: 1 });
  const collector = h.collector(simulatorAccount(h.sims, 'firstofd', { apiKey: 'wrong', authCooldown: '1h' }));

  await assert.rejects(run(collector), (e: unknown) => isKktError(e) && e.code === 'OFD_AUTH_FAILED');

  await assert.rejects(run(collector), (e: unknown) => {
    assert.ok(isKktError(e) && e.code === 'OFD_CIRCUIT_OPEN');
    assert.doesNotMatch(e.message, /repeated/);
    assert.match(e.message, /"sim-firstofd" for 1 min more, after the OFD rejected the credentials/);
    return true;
  });
});

test('an expected OFD failure is logged at warn with its code and no stack; only our own faults at error', async (t) => {
  const log = capturedLog();
  const h = await ofdHarness(t, { operators: ['firstofd'], size: 1, logger: log.logger });
  const runner = new CollectorRunner(log.logger, createSelfMetrics('test'));

  assert.equal(await runner.runOnce(h.collector(simulatorAccount(h.sims, 'firstofd', { apiKey: 'wrong' }))), false);
  const broken: Collector = {
    name: 'broken',
    interval: 1000,
    run: async () => {
      throw new TypeError('cannot read properties of undefined');
    },
  };
  assert.equal(await runner.runOnce(broken), false);

  const [warning, ...moreWarnings] = log.at(WARN);
  assert.equal(moreWarnings.length, 0, JSON.stringify(moreWarnings));
  assert.equal(warning.code, 'OFD_AUTH_FAILED');
  assert.match(String(warning.msg), /check apiKey of collectors\.ofd "sim-firstofd"/);
  assert.doesNotMatch(JSON.stringify(warning), /stack|\s+at /);

  const [fault, ...moreFaults] = log.at(ERROR);
  assert.equal(moreFaults.length, 0, JSON.stringify(moreFaults));
  assert.equal(fault.collector, 'broken');
  assert.match(JSON.stringify(fault), /"stack":"TypeError: cannot read properties of undefined\\n\s+at /);
  await runner.stop([]);
});

test('a poll cut short by the shutdown is logged at debug, not as a failure', async (t) => {
  const log = capturedLog();
  const h = await ofdHarness(t, { operators: ['kontur'], size: 2, logger: log.logger });
  h.sims.get('kontur').faults.set('slow', { route: 'list', delayMs: 1500 });
  const runner = new CollectorRunner(log.logger, createSelfMetrics('test'));

  const round = runner.runOnce(h.collector(simulatorAccount(h.sims, 'kontur')));
  await new Promise((resolve) => setTimeout(resolve, 200));
  await runner.stop([]);

  assert.equal(await round, false);
  assert.deepEqual(
    log.lines.filter((line) => Number(line.level) >= WARN),
    [],
    'nothing at warn or error'
  );
  assert.ok(log.at(DEBUG).some((line) => /stopped by the shutdown/.test(String(line.msg))));
});
