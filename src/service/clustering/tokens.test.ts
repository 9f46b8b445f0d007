import assert from 'node:assert/strict';
import { test } from 'node:test';

import { MAX_TOKENS, tokenise } from './tokens';
import { shapeOf } from './wordShape';

test('only the first line counts, and consecutive variables become one', () => {
  const tokens = tokenise('connection from 24.54.76.216 (host) at Fri Jun 17 07:07:00 2005\n\tat Frame.run');

  assert.deepEqual(tokens, ['connection', 'from', '<*>', '(host)', 'at', '<*>']);
});

test('month and weekday names fold into a date only beside a number', () => {
  assert.deepEqual(tokenise('shift may be open'), ['shift', 'may', 'be', 'open']);
  assert.deepEqual(tokenise('opened Mon Dec 4 10:00 UTC'), ['opened', '<*>']);
});

test('units after a number join it, so sizes in KB and MB mask alike', () => {
  assert.deepEqual(tokenise('size 5.2 KB, free 12 MB'), tokenise('size 93 B, free 317 KB'));
  assert.deepEqual(tokenise('took 5 ms'), ['took', '<*>']);
});

test('quoted values of keys are masked, spaces inside them included', () => {
  assert.deepEqual(tokenise('acquire tag="View Lock", name=android'), ['acquire', 'tag="<*>",', 'name=android']);
});

test('a list of values of any length masks alike', () => {
  const three = tokenise('ask 10.250.17.177:50010 to delete blk_1 blk_2 blk_3');
  const one = tokenise('ask 10.250.18.114:50010 to delete blk_7');

  assert.deepEqual(three, one);
  assert.deepEqual(tokenise('nodes node-1 <ok> node-2 <ok> node-7 <ok>'), ['nodes', 'node-<*>', '<ok>']);
});

test('long messages are cut at the token cap', () => {
  const words = Array.from({ length: 200 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}x`);

  assert.equal(tokenise(words.join(' ')).length, MAX_TOKENS);
});

test('lines that differ only in their digits tokenise alike, "0x" keeps its zero', () => {
  assert.deepEqual(tokenise('took 10ms on port 0x1f'), tokenise('took 23ms on port 0x9a'));
  assert.equal(shapeOf('a0x9f 20 x0'), 'a0x1f 11 x1');
});
