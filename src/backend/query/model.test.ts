import assert from 'node:assert/strict';
import { test } from 'node:test';

import { BackendError } from '../errors';
import { narrowQuery } from './model';

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

test('a query from the editor is read with its filters; Grafana’s own keys are ignored', () => {
  const query = narrowQuery(
    json({
      refId: 'A',
      datasource: { uid: 'x' },
      queryType: 'errors',
      format: 'series',
      groupBy: 'device',
      severity: 'critical,high',
      limit: 50,
    }),
    ''
  );

  assert.deepEqual(query, {
    queryType: 'errors',
    format: 'series',
    groupBy: 'device',
    severity: 'critical,high',
    limit: 50,
  });
});

test('the DataQuery queryType fills in when the JSON has none', () => {
  assert.equal(narrowQuery(json({ refId: 'A' }), 'fleetStats').queryType, 'fleetStats');
});

test('a malformed query is a 400 from downstream naming the field', () => {
  const cases: Array<[unknown, RegExp]> = [
    [{ queryType: 'nope' }, /queryType is invalid/],
    [{ queryType: 'devices', limit: 0 }, /limit is invalid/],
    [{ queryType: 'devices', limit: 50_001 }, /limit is invalid/],
    [{ queryType: 'errors', groupBy: 'store' }, /groupBy is invalid/],
    [{ queryType: 'clusters', novelOnly: 'yes' }, /novelOnly is invalid/],
    [{}, /queryType is invalid/],
  ];
  for (const [value, message] of cases) {
    assert.throws(
      () => narrowQuery(json(value), ''),
      (error: unknown) =>
        error instanceof BackendError &&
        error.status === 400 &&
        error.source === 'downstream' &&
        message.test(error.message)
    );
  }
});

test('bytes that are not JSON are named as such', () => {
  assert.throws(() => narrowQuery(Buffer.from('{'), 'devices'), /not valid JSON/);
});
