import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ShapeMemo, shapeHash } from './shapeMemo';
import { shapeOf } from './wordShape';

const TEXTS = ['error 0x1F at 12:30', 'code 00 and 0X7 end', 'ФН 9999078900001234 ошибка 235', 'trailing 0', '0x', ''];

test('a text hashes as its shape reads, so a lookup needs no shaped copy', () => {
  for (const text of TEXTS) {
    assert.equal(shapeHash(text, text.length), shapeHash(shapeOf(text), text.length), text);
  }
});

test('a text finds the value of its shape, also when only a prefix is looked up', () => {
  const memo = new ShapeMemo<string>(10);
  memo.set(shapeOf('error 0x1A at 12:30'), 'a');

  assert.equal(memo.get('error 0x9A at 07:45', 19), 'a');
  assert.equal(memo.get('error 0x9A at 07:45 and more', 19), 'a');
  assert.equal(memo.get('error 09A at 07:45', 18), undefined, 'the zero of "0x" is part of the shape');
  assert.equal(memo.get('error 0x9A at 7:45', 18), undefined);
});

test('shapes whose hashes collide are told apart by comparing the text', () => {
  // Two shapes whose 30-bit hashes are equal, found by a search over letter strings.
  const pair = ['ecfhaihx', 'ecjibadx'];
  assert.equal(shapeHash(pair[0], 8), shapeHash(pair[1], 8));

  const memo = new ShapeMemo<number>(100);
  memo.set(pair[0], 1);
  memo.set(pair[1], 2);
  assert.equal(memo.get(pair[0], 8), 1);
  assert.equal(memo.get(pair[1], 8), 2);
  assert.equal(memo.get('ecfhaihy', 8), undefined);
});

test('past its capacity it forgets and starts again', () => {
  const memo = new ShapeMemo<number>(2);
  memo.set('a', 1);
  memo.set('b', 2);
  memo.set('c', 3);

  assert.equal(memo.get('a', 1), undefined);
  assert.equal(memo.get('c', 1), 3);
});
