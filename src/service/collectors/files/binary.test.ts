import assert from 'node:assert/strict';
import { test } from 'node:test';

import { isBinary } from './binary';

test('binary garbage is told from text', () => {
  const cases: Array<[string, boolean]> = [
    ['[2021-06-17 16:41:20.381] [6835792] [E] Command is not supported', false],
    ['tab\tseparated\tcolumns', false],
    ['\x1b[31mcoloured\x1b[0m console line', false],
    ['one stray bell \x07 in a long line of ordinary text', false],
    ['\x00\x00\x00\x00', true],
    ['text with a NUL\x00 inside', true],
    ['\x01\x02\x03AB', true],
    ['\ufffd\ufffd\ufffd\ufffd\ufffdab', true],
    ['a few \ufffd replaced bytes in a long line of text', false],
  ];
  for (const [text, binary] of cases) {
    assert.equal(isBinary(text), binary, JSON.stringify(text));
  }
});
