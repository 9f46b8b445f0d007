import assert from 'node:assert/strict';
import { test } from 'node:test';

import { bin, call, num, selector } from './ast';
import { evaluateAt } from './evaluate';
import { SeriesStore } from './store';

const S = 1000;
const counter = {
  labels: { __name__: 'c', device_id: 'a', instance: 'x' },
  samples: [0, 60, 120].map((t) => ({ t: t * S, v: t })),
};
const gauge = { labels: { __name__: 'g', device_id: 'a', instance: 'x' }, samples: [{ t: 0, v: 5 }] };
const store = new SeriesStore([counter, gauge]);
const values = (v: ReturnType<typeof evaluateAt>) => (typeof v === 'number' ? [v] : v.map((s) => s.value));

test('an instant selector sees a sample for five minutes, the last instant included', () => {
  assert.deepEqual(values(evaluateAt(selector('g'), store, 300 * S)), [5]);
  assert.deepEqual(values(evaluateAt(selector('g'), store, 300 * S + 1)), []);
});

test('rate, increase and predict_linear, worked out by hand', () => {
  // Samples at 0, 60 and 120 s rising by 1 a second: a window that starts and ends on samples needs no extrapolation.
  assert.deepEqual(values(evaluateAt(call('rate', selector('c'), 120), store, 120 * S)), [1]);
  assert.deepEqual(values(evaluateAt(call('increase', selector('c'), 120), store, 120 * S)), [120]);
  // 40 s past the last sample: extrapolated to the window's end, since 40 s is under 1.1 x 60 s.
  assert.deepEqual(values(evaluateAt(call('increase', selector('c'), 160), store, 160 * S)), [160]);
  // The line through the samples, read 60 s after 120 s.
  assert.deepEqual(values(evaluateAt(call('predict_linear', selector('c'), 120, 60), store, 120 * S)), [180]);
});

test('comparisons keep the left side; arithmetic drops the metric name; on() narrows matching', () => {
  const filtered = evaluateAt(bin('>', selector('c'), num(50)), store, 120 * S);
  assert.deepEqual(filtered, [{ labels: counter.labels, value: 120 }]);

  const sum = evaluateAt(bin('+', selector('c'), selector('g')), store, 120 * S);
  assert.deepEqual(sum, [{ labels: { device_id: 'a', instance: 'x' }, value: 125 }]);

  const other = { labels: { __name__: 'o', device_id: 'a', instance: 'y' }, samples: [{ t: 0, v: 1 }] };
  const joined = new SeriesStore([counter, other]);
  assert.deepEqual(values(evaluateAt(bin('and', selector('c'), selector('o')), joined, 60 * S)), []);
  assert.deepEqual(values(evaluateAt(bin('and', selector('c'), selector('o'), ['device_id']), joined, 60 * S)), [60]);
});
