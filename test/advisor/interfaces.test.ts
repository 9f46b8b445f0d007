import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { type AdvisorSuggestion } from '../../src/api/types';
import { OUTPUT_FILES } from '../../src/service/advisor/outputs/files';
import { RULE_SPECS } from '../../src/service/advisor/pack';
import { freePort } from '../helpers/ports';
import { testService } from '../helpers/service';
import { tempDir } from '../helpers/tmp';
import { cli } from './tools';

test('without Prometheus the API answers the default pack, each rule saying why', async (t) => {
  const service = testService(t);
  const response = await service.http.inject({ method: 'GET', url: '/api/v1/advisor/suggestions' });

  assert.equal(response.statusCode, 200);
  const suggestions: AdvisorSuggestion[] = response.json();
  assert.deepEqual(
    suggestions.map((s) => s.alert),
    RULE_SPECS.map((s) => s.alert)
  );
  for (const s of suggestions) {
    assert.match(s.declined ?? '', /set advisor\.prometheus\.url/);
    assert.equal(s.backtest.current, null);
    assert.ok(s.summary.ru && s.description.en);
  }
});

test('an unreachable Prometheus is a coded error naming the address', async (t) => {
  const url = `http://127.0.0.1:${await freePort()}`;
  const service = testService(t, `advisor:\n  prometheus:\n    url: ${url}\n`);
  const response = await service.http.inject({ method: 'GET', url: '/api/v1/advisor/suggestions' });

  assert.equal(response.statusCode, 502);
  assert.equal(response.json().error.code, 'PROMETHEUS_UNAVAILABLE');
  assert.match(response.json().error.message, new RegExp(`cannot reach ${url}`));
});

test('advise without Prometheus writes the default pack, the same as rules/', async (t) => {
  const out = tempDir(t);
  const { code, stderr } = await cli(['advise', '--out', out]);

  assert.equal(code, 0);
  assert.match(stderr, /writing the default pack/);
  for (const name of Object.values(OUTPUT_FILES)) {
    const shipped = readFileSync(join(__dirname, '..', '..', 'rules', name), 'utf8');
    assert.ok(readFileSync(join(out, name), 'utf8') === shipped, `${name} differs from rules/${name}`);
  }
});

test('advise says what is wrong with its options and with Prometheus', async (t) => {
  const out = tempDir(t);

  assert.equal((await cli(['advise'])).code, 2);
  const badStep = await cli(['advise', '--out', out, '--step', 'often']);
  assert.equal(badStep.code, 1);
  assert.match(badStep.stderr, /--step "often" is not a duration/);

  const closed = `http://127.0.0.1:${await freePort()}`;
  const unreachable = await cli(['advise', '--out', join(out, 'x'), '--prometheus', closed]);
  assert.equal(unreachable.code, 1);
  assert.match(unreachable.stderr, /Prometheus did not answer the history query: cannot reach/);
  assert.equal(existsSync(join(out, 'x')), false);
});

test('a lookback or step out of range is refused saying what is allowed, from options or configuration', async (t) => {
  const dir = tempDir(t);
  const config = join(dir, 'kkt-monitor.yaml');
  writeFileSync(config, 'advisor:\n  lookback: 2h\n');
  const step = /the step must be whole seconds, at least 15s and at most the lookback/;
  const refusals: Array<[string[], RegExp]> = [
    [['--step', '0s'], new RegExp(`--step "0s" is not allowed: ${step.source}`)],
    [['--step=-5m'], new RegExp(`--step "-5m" is not allowed: ${step.source}`)],
    [['--step', '1500ms'], step],
    [
      ['--lookback', '0s'],
      /--lookback "0s" is not allowed: the lookback must be at least 1h and no shorter than the step/,
    ],
    [
      ['--lookback', '1d', '--step', '2d'],
      /the step 2d is longer than the lookback 1d: it can be at most the lookback/,
    ],
    [['--config', config, '--step', '3h'], /the step 3h is longer than the lookback 2h/],
  ];

  for (const [options, said] of refusals) {
    const run = await cli(['advise', '--out', join(dir, 'out'), ...options]);
    assert.equal(run.code, 1, options.join(' '));
    assert.match(run.stderr, said);
  }
  assert.equal(existsSync(join(dir, 'out')), false);
});
