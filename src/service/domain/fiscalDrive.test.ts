import assert from 'node:assert/strict';
import { test } from 'node:test';

import { type BlockingFacts, fnBlocked, percentToRatio } from './fiscalDrive';

const NOW = Date.UTC(2026, 11, 1, 12, 0);
const DAY = 86_400_000;
const UNKNOWN: BlockingFacts = {
  expiresAt: null,
  memoryUsedRatio: null,
  warningFlags: null,
  oldestUnsentAt: null,
  unsentCount: null,
};

test('an FN blocks on any one reason, is fine only when every reason is known, else unknown', () => {
  const fine: BlockingFacts = {
    expiresAt: NOW + DAY,
    memoryUsedRatio: 0.5,
    warningFlags: 0,
    oldestUnsentAt: null,
    unsentCount: 0,
  };
  const cases: Array<[string, Partial<BlockingFacts>, boolean | null]> = [
    ['nothing known', {}, null],
    ['every reason known and none holds', fine, false],
    ['29 days 23 hours unsent', { ...fine, unsentCount: 4, oldestUnsentAt: NOW - 30 * DAY + 3_600_000 }, false],
    ['30 days unsent', { unsentCount: 4, oldestUnsentAt: NOW - 30 * DAY }, true],
    ['expired', { expiresAt: NOW - 1 }, true],
    ['archive full', { memoryUsedRatio: 1 }, true],
    ['critical FN error', { warningFlags: 0x80 }, true],
    ['one reason is enough', { expiresAt: NOW + DAY, memoryUsedRatio: 1, unsentCount: 0 }, true],
    ['backlog unknown, the rest fine', { ...fine, unsentCount: null }, null],
    ['unsent count without its oldest document', { ...fine, unsentCount: 4 }, null],
    ['expires tomorrow, nothing else known', { expiresAt: NOW + DAY }, null],
    ['empty backlog, the drive itself unknown', { unsentCount: 0 }, null],
    ['archive 99 % full, the rest fine', { ...fine, memoryUsedRatio: 0.99 }, false],
    ['replace urgently, no critical error', { ...fine, warningFlags: 0x01 | 0x02 }, false],
  ];
  for (const [name, facts, expected] of cases) {
    assert.equal(fnBlocked({ ...UNKNOWN, ...facts }, NOW), expected, name);
  }
});

test('an operator percentage becomes a ratio, and nonsense becomes unknown', () => {
  assert.equal(percentToRatio(42.5), 0.425);
  assert.equal(percentToRatio(-1), null);
  assert.equal(percentToRatio(101), null);
  assert.equal(percentToRatio('50'), null);
});
