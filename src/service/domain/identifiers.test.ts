import assert from 'node:assert/strict';
import { test } from 'node:test';

import { rublesToKopecks } from './document';
import { normaliseInn, normaliseRegNumber, normaliseText } from './identifiers';

test('padded registration numbers, INNs and serials are trimmed to one form', () => {
  assert.equal(normaliseRegNumber('0000000003065864    '), '0000000003065864');
  assert.equal(normaliseRegNumber(' 0000000003065864\u0000'), '0000000003065864');
  assert.equal(normaliseInn('78250044xx  '), '78250044xx');
  assert.equal(normaliseRegNumber(''), null);
  assert.equal(normaliseRegNumber('   '), null);
  assert.equal(normaliseRegNumber(null), null);
  assert.equal(normaliseRegNumber(12345), '12345');
});

test('names lose trailing CR/LF', () => {
  assert.equal(normaliseText('Отчет об открытии смены\r\n'), 'Отчет об открытии смены');
});

test('rubles become kopecks without float drift', () => {
  const cases: Array<[unknown, number | null]> = [
    [390, 39000],
    [0.1 + 0.2, 30],
    ['1234.5', 123450],
    ['19.99', 1999],
    [-12.34, -1234],
    ['12.345', null],
    ['abc', null],
    [null, null],
  ];
  for (const [input, expected] of cases) {
    assert.equal(rublesToKopecks(input), expected, String(input));
  }
});
