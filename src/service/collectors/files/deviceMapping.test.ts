import assert from 'node:assert/strict';
import { test } from 'node:test';

import { deviceMapper } from './deviceMapping';

test('the register of a file comes from its path', () => {
  const cases: Array<[{ device?: string; devicePattern?: string }, string, string | null]> = [
    [{ device: 'kkt-1' }, '/logs/any.log', 'kkt-1'],
    [{ devicePattern: '/(?<device>kkt-\\d+)/' }, '/logs/kkt-07/fptr10.log', 'kkt-07'],
    [{ devicePattern: '/(?<device>kkt-\\d+)/' }, '/logs/other/fptr10.log', null],
    [{ devicePattern: 'store-(?<s>\\d+)/kkt-(?<t>\\d+)', device: '{s}-{t}' }, '/x/store-01/kkt-02/a.log', '01-02'],
    [{ devicePattern: 'store-(?<s>\\d+)/(kkt-(?<t>\\d+))?', device: '{s}-{t}' }, '/x/store-01/a.log', null],
    [{ devicePattern: '\\\\(?<device>[^\\\\/]+)/' }, 'C:\\logs\\kkt-3\\a.log', null],
    [{ devicePattern: '/logs/(?<device>[^/]+)/' }, 'C:\\logs\\kkt-3\\a.log', 'kkt-3'],
  ];
  for (const [config, path, expected] of cases) {
    assert.equal(deviceMapper(config)(path)?.id ?? null, expected, `${JSON.stringify(config)} ${path}`);
  }
});

test("a group named store names the register's store", () => {
  const cases: Array<[{ device?: string; devicePattern?: string }, string, string | null]> = [
    [
      { devicePattern: '(?<store>store-\\d+)/(?<till>kkt-\\d+)/', device: '{store}-{till}' },
      '/l/store-01/kkt-02/a',
      'store-01',
    ],
    [{ devicePattern: 'shop-(?<store>\\d+)?/(?<device>kkt-\\d+)/' }, '/l/shop-/kkt-02/a', null],
    [{ devicePattern: '/(?<device>kkt-\\d+)/' }, '/l/kkt-02/a', null],
    [{ device: 'kkt-1' }, '/l/store-01/a', null],
  ];
  for (const [config, path, store] of cases) {
    assert.equal(deviceMapper(config)(path)?.store, store, `${JSON.stringify(config)} ${path}`);
  }
});
