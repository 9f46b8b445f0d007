import assert from 'node:assert/strict';
import { createServer } from 'node:http';
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
  const badUrl = await cli(['advise', '--out', out, '--prometheus', 'notaurl']);
  assert.equal(badUrl.code, 1);
  assert.match(badUrl.stderr, /--prometheus "notaurl" is not an http:\/\/ or https:\/\/ URL/);
  assert.doesNotMatch(badUrl.stderr, /reading/, 'refused before any history is read');

  const closed = `http://127.0.0.1:${await freePort()}`;
  const unreachable = await cli(['advise', '--out', join(out, 'x'), '--prometheus', closed]);
  assert.equal(unreachable.code, 1);
  assert.match(unreachable.stderr, /Prometheus did not answer the history query: cannot reach/);
  assert.equal(existsSync(join(out, 'x')), false);
});

test('a lookback or step out of range is refused saying what is allowed, from options or configuration', async (t) => {
  const dir = tempDir(t);
  const config = join(dir, 'kkt-monitor.yaml');
  writeFileSync(config, 'advisor:\n  lookback: 2h\n  step: 10m\n');
  const step = /the step must be whole seconds from 15s to 10m: the rules are evaluated every step/;
  const refusals: Array<[string[], RegExp]> = [
    [['--step', '0s'], new RegExp(`--step "0s" is not allowed: ${step.source}`)],
    [['--step=-5m'], new RegExp(`--step "-5m" is not allowed: ${step.source}`)],
    [['--step', '1500ms'], step],
    [['--step', '15m'], new RegExp(`--step "15m" is not allowed: ${step.source}`)],
    [['--lookback', '1h', '--step', '1h'], step],
    [['--lookback', '0s'], /--lookback "0s" is not allowed: the lookback must be at least 1h$/m],
    [['--config', config, '--lookback', '30m'], /--lookback "30m" is not allowed/],
  ];

  for (const [options, said] of refusals) {
    const run = await cli(['advise', '--out', join(dir, 'out'), ...options]);
    assert.equal(run.code, 1, options.join(' '));
    assert.match(run.stderr, said);
  }
  assert.equal(existsSync(join(dir, 'out')), false);
});

test('advise refuses an --out that is a file before reading any history', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'advisor-out');
  writeFileSync(file, 'not a directory\n');
  const closed = `http://127.0.0.1:${await freePort()}`;

  const run = await cli(['advise', '--out', file, '--prometheus', closed]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /--out .*advisor-out is a file; give a directory/);
  assert.doesNotMatch(run.stderr, /reading|cannot reach/);

  const under = await cli(['advise', '--out', join(file, 'rules')]);
  assert.equal(under.code, 1);
  assert.match(under.stderr, /cannot be made: .*advisor-out is a file/);
});

test('advise says a URL answering 404 is probably not Prometheus', async (t) => {
  const server = createServer((_request, response) => response.writeHead(404).end('404 page not found'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const address = server.address();
  assert.ok(address && typeof address === 'object');

  const url = `http://127.0.0.1:${address.port}/grafana`;
  const run = await cli(['advise', '--out', join(tempDir(t), 'out'), '--prometheus', url]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /HTTP 404 from .*\/grafana\/api\/v1\/query_range: the URL is probably not Prometheus' own/);
  assert.match(run.stderr, /path prefix/);
});
