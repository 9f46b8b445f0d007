import assert from 'node:assert/strict';
import { test } from 'node:test';

import { describeFrame, rawNanoseconds } from '../../../test/backend/helpers/frames';
import { encodeFrame } from './arrow';
import { type Frame, tableFrame } from './frame';

const frame: Frame = {
  name: 'errors',
  refId: 'A',
  meta: { type: 'timeseries-wide', typeVersion: [0, 1] },
  fields: [
    { name: 'time', type: 'time', nullable: false, values: [Date.parse('2026-11-30T01:00:00.123Z'), 0] },
    {
      name: 'errors',
      type: 'number',
      nullable: false,
      labels: { severity: 'critical' },
      config: { unit: 'short' },
      values: [2, 0.5],
    },
    { name: 'device', type: 'string', nullable: true, values: ['Касса №1', null] },
    { name: 'up', type: 'boolean', nullable: true, values: [null, false] },
  ],
};

test('a frame is an Arrow IPC file with the metadata keys Grafana reads', () => {
  const bytes = encodeFrame(frame);
  assert.equal(Buffer.from(bytes.subarray(0, 8)).toString('latin1'), 'ARROW1\0\0');

  assert.deepEqual(describeFrame(bytes), {
    name: 'errors',
    refId: 'A',
    meta: { type: 'timeseries-wide', typeVersion: [0, 1] },
    fields: [
      {
        name: 'time',
        type: 'Timestamp<NANOSECOND>',
        nullable: false,
        metadata: { name: 'time', tstype: 'time' },
        values: ['2026-11-30T01:00:00.123Z', '1970-01-01T00:00:00.000Z'],
      },
      {
        name: 'errors',
        type: 'Float64',
        nullable: false,
        metadata: { name: 'errors', tstype: 'number', labels: { severity: 'critical' }, config: { unit: 'short' } },
        values: [2, 0.5],
      },
      {
        name: 'device',
        type: 'Utf8',
        nullable: true,
        metadata: { name: 'device', tstype: 'string' },
        values: ['Касса №1', null],
      },
      { name: 'up', type: 'Bool', nullable: true, metadata: { name: 'up', tstype: 'boolean' }, values: [null, false] },
    ],
  });
});

test('times are exact nanoseconds: milliseconds times 1,000,000', () => {
  // 2026-11-30 is day 20,787 of the epoch (56 years, 14 leap days, 333 days of 2026): 1,795,996,800 s,
  // plus one hour; a float multiply would end in ...123000064 instead.
  assert.deepEqual(rawNanoseconds(encodeFrame(frame), 'time'), [1_796_000_400_123_000_000n, 0n]);
});

test('a field that may not be null refuses nulls, and fields must be as long as the frame', () => {
  const withNull: Frame = {
    name: 'x',
    refId: 'A',
    fields: [{ name: 'n', type: 'number', nullable: false, values: [1, null] }],
  };
  assert.throws(() => encodeFrame(withNull), /not nullable but has 1 nulls/);

  const ragged: Frame = {
    name: 'x',
    refId: 'A',
    fields: [
      { name: 'a', type: 'number', nullable: false, values: [1, 2] },
      { name: 'b', type: 'number', nullable: false, values: [1] },
    ],
  };
  assert.throws(() => encodeFrame(ragged), /field b has 1 values where the frame has 2 rows/);
});

test('an empty table keeps its schema', () => {
  const empty = tableFrame(
    'devices',
    'B',
    [{ name: 'device', type: 'string', nullable: false, value: (d: string) => d }],
    []
  );
  const description = describeFrame(encodeFrame(empty));

  assert.equal(description.refId, 'B');
  assert.deepEqual(description.fields, [
    { name: 'device', type: 'Utf8', nullable: false, metadata: { name: 'device', tstype: 'string' }, values: [] },
  ]);
});

test('fields that share a name keep their own labels, as the fields of a wide frame do', () => {
  const wide: Frame = {
    name: 'errors',
    refId: 'A',
    fields: [
      { name: 'time', type: 'time', nullable: false, values: [0] },
      { name: 'errors', type: 'number', nullable: false, labels: { severity: 'critical' }, values: [1] },
      { name: 'errors', type: 'number', nullable: false, labels: { severity: 'info' }, values: [2] },
    ],
  };
  const fields = describeFrame(encodeFrame(wide)).fields;

  assert.deepEqual(
    fields.map((f) => [f.name, f.metadata.labels, f.values]),
    [
      ['time', undefined, ['1970-01-01T00:00:00.000Z']],
      ['errors', { severity: 'critical' }, [1]],
      ['errors', { severity: 'info' }, [2]],
    ]
  );
});
