import assert from 'node:assert/strict';
import { test } from 'node:test';

import { filesCollectorSchema } from './config';

const base = { name: 'atol', format: 'atol', paths: ['logs/*/fptr10.log'] };

function problems(extra: Record<string, unknown>): string[] {
  const result = filesCollectorSchema.safeParse({ ...base, ...extra });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

test('the device template may only use groups the pattern defines', () => {
  assert.deepEqual(problems({ devicePattern: 'store-(?<store>\\d+)/kkt-(?<till>\\d+)', device: '{store}-{till}' }), []);
  assert.deepEqual(problems({ devicePattern: 'store-(?<store>\\d+)', device: '{store}-{till}' }), [
    'device: devicePattern has no named group "till" (write it as (?<till>...))',
  ]);
  assert.deepEqual(problems({ devicePattern: 'kkt-(?<id>\\d+)' }), [
    'devicePattern: devicePattern has no named group "device" (write it as (?<device>...))',
  ]);
  assert.deepEqual(problems({}), ['device: say which register the files belong to: device or devicePattern']);
});

test('defaults: auto encoding, 64 KiB lines, 1 s polls, 5 s rotate wait, start at the beginning', () => {
  const config = filesCollectorSchema.parse({ ...base, device: 'kkt-1' });
  assert.equal(config.encoding, 'auto');
  assert.equal(config.maxLineBytes, 65536);
  assert.equal(config.pollInterval, 1000);
  assert.equal(config.multilineTimeout, 2000);
  assert.equal(config.rotateWait, 5000);
  assert.equal(config.startAt, 'beginning');
});
