import assert from 'node:assert/strict';
import { test } from 'node:test';

import { LineDecoder, letterScores, trimPartialUtf8 } from './decode';

// "Петрова А." in three encodings (shared sample b08).
const UTF8 = Buffer.from('D09FD0B5D182D180D0BED0B2D0B020D0902E', 'hex');
const CP1251 = Buffer.from('CFE5F2F0EEE2E020C02E', 'hex');
const CP866 = Buffer.from('8FA5E2E0AEA2A020802E', 'hex');

test('each encoding reads the same name from its bytes', () => {
  const cases: Array<[ConstructorParameters<typeof LineDecoder>[0], Buffer]> = [
    ['utf8', UTF8],
    ['cp1251', CP1251],
    ['cp866', CP866],
    ['auto', UTF8],
    ['auto', CP1251],
    ['auto', CP866],
  ];
  for (const [encoding, bytes] of cases) {
    assert.deepEqual(new LineDecoder(encoding).decode(bytes, false), { text: 'Петрова А.', damaged: false }, encoding);
  }
});

test('letter scores tell CP1251 from CP866 by where the letters sit', () => {
  assert.deepEqual(letterScores(CP1251), { cp1251: 8, cp866: 5 });
  assert.deepEqual(letterScores(CP866), { cp1251: 2, cp866: 8 });
});

test('auto falls back to the code page most lines of the file had when a line does not tell', () => {
  const decoder = new LineDecoder('auto');
  decoder.decode(CP866, false);
  // 0xE0 is "а" in CP1251 and "р" in CP866: one letter either way.
  assert.equal(decoder.decode(Buffer.from([0xe0]), false).text, 'р');
  assert.equal(new LineDecoder('auto').decode(Buffer.from([0xe0]), false).text, 'а');
});

test('auto keeps a UTF-8 line with one broken byte as UTF-8, marked damaged', () => {
  const bytes = Buffer.concat([UTF8, Buffer.from([0xff])]);
  assert.deepEqual(new LineDecoder('auto').decode(bytes, false), { text: 'Петрова А.\ufffd', damaged: true });
});

test('a UTF-8 character cut at the line limit is dropped, not replaced', () => {
  const cut = UTF8.subarray(0, 3);
  assert.deepEqual(trimPartialUtf8(cut), UTF8.subarray(0, 2));
  assert.deepEqual(new LineDecoder('utf8').decode(cut, true), { text: 'П', damaged: false });
});
