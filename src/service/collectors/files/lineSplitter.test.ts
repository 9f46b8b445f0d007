import assert from 'node:assert/strict';
import { test } from 'node:test';

import { type SplitLine, LineSplitter, blockLines } from './lineSplitter';

type Seen = [string, number, number, boolean];

/** Splits the chunks; lines handed out in blocks and one by one alike, in order, and which way each came. */
function split(chunks: string[], options: { max?: number; start?: number; skipFirst?: boolean; end?: boolean } = {}) {
  const splitter = new LineSplitter(options.max ?? 100, options.start ?? 0, options.skipFirst);
  const lines: Seen[] = [];
  const singles: string[] = [];
  const seen = (l: SplitLine) => lines.push([l.bytes.toString('latin1'), l.offset, l.endOffset, l.cut]);
  const sink = {
    line: (l: SplitLine) => {
      singles.push(l.bytes.toString('latin1'));
      seen(l);
    },
    block: (bytes: Buffer, offset: number) => blockLines(bytes, offset, seen),
  };
  for (const chunk of chunks) {
    splitter.push(Buffer.from(chunk, 'latin1'), sink);
  }
  if (options.end) {
    splitter.end(sink);
  }
  return { lines, singles, consumed: splitter.consumed, position: splitter.position };
}

test('lines carry the offsets of their first byte and of the byte after their newline', () => {
  assert.deepEqual(split(['ab\ncd\n']).lines, [
    ['ab', 0, 3, false],
    ['cd', 3, 6, false],
  ]);
});

test('a line split across chunks is joined; a partial last line is held back', () => {
  const { lines, singles, consumed, position } = split(['ab', 'c\nde', 'f']);
  assert.deepEqual(lines, [['abc', 0, 4, false]]);
  assert.deepEqual(singles, ['abc']);
  assert.equal(consumed, 4);
  assert.equal(position, 7);
});

test('at the end of a file for good the partial line is handed out', () => {
  assert.deepEqual(split(['ab\ncd'], { end: true }).lines, [
    ['ab', 0, 3, false],
    ['cd', 3, 5, false],
  ]);
});

test('CR before LF is dropped, a lone CR inside a line is kept', () => {
  assert.deepEqual(split(['a\rb\r\n']).lines, [['a\rb', 0, 5, false]]);
});

test('an empty line is a line', () => {
  assert.deepEqual(split(['\n\n']).lines, [
    ['', 0, 1, false],
    ['', 1, 2, false],
  ]);
});

test('whole lines come as blocks; only joined, cut and final lines come one by one', () => {
  const { lines, singles } = split(['a\nb\nlong line\nc', 'd\ne\n'], { max: 4 });
  assert.deepEqual(
    lines.map((l) => l[0]),
    ['a', 'b', 'long', 'cd', 'e']
  );
  assert.deepEqual(singles, ['long', 'cd']);
});

test('a line longer than the limit is cut to its head, within one chunk and across chunks', () => {
  assert.deepEqual(split(['abcdefgh\nok\n'], { max: 4 }).lines, [
    ['abcd', 0, 9, true],
    ['ok', 9, 12, false],
  ]);
  assert.deepEqual(split(['ab', 'cdef', 'gh\nok\n'], { max: 4 }).lines, [
    ['abcd', 0, 9, true],
    ['ok', 9, 12, false],
  ]);
});

test('a line of exactly the limit is not cut', () => {
  assert.deepEqual(split(['ab', 'cd\n'], { max: 4 }).lines, [['abcd', 0, 5, false]]);
});

test('starting inside a line skips its rest', () => {
  assert.deepEqual(split(['tail\nnext\n'], { start: 10, skipFirst: true }).lines, [['next', 15, 20, false]]);
});
