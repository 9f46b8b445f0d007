import assert from 'node:assert/strict';
import { test } from 'node:test';

import { defaultRules } from '../pack';
import { provisioningPayload } from './grafana';
import { payloadSchema } from './grafanaSchema';

const body = () =>
  JSON.parse(provisioningPayload(defaultRules().slice(0, 1), { datasourceUid: 'prom', intervalMs: 300_000 }))[0];

test('a generated body passes, with the fields the API requires', () => {
  const [rule] = payloadSchema.parse([body()]);

  assert.equal(rule.folderUID, 'kkt-monitor');
  assert.equal(rule.ruleGroup, 'kkt-monitor-critical');
  assert.equal(rule.data[0].datasourceUid, 'prom');
});

test('the schema refuses what Grafana would refuse', () => {
  const cases: Array<[string, (r: Record<string, unknown>) => void]> = [
    ['a condition naming no query', (r) => (r.condition = 'C')],
    ['a uid with spaces', (r) => (r.uid = 'kkt device down')],
    ['a uid over 40 characters', (r) => (r.uid = 'k'.repeat(41))],
    ['no noDataState', (r) => delete r.noDataState],
    ['an unknown execErrState', (r) => (r.execErrState = 'Ignore')],
    ['a pending period that is not a duration', (r) => (r.for = 'five minutes')],
    ['a field the API does not know', (r) => (r.keepFiringFor = '5m')],
  ];
  for (const [what, change] of cases) {
    const rule = body();
    change(rule);
    assert.equal(payloadSchema.safeParse([rule]).success, false, what);
  }
});

test('two rules with one uid are refused', () => {
  assert.equal(payloadSchema.safeParse([body(), body()]).success, false);
});
