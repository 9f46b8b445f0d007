import assert from 'node:assert/strict';
import { test } from 'node:test';

import { maskStructured, maskWord } from './mask';

const CASES: Array<[string, string]> = [
  ['PacketResponder', 'PacketResponder'],
  ['1893', '<*>'],
  ['10.11.10.1', '<*>'],
  ['07:07:00', '<*>'],
  ['0.2477829', '<*>'],
  ['2005-06-03', '<*>'],
  ['0x7fed806eb5d', '<*>'],
  ['a64f992', '<*>'],
  ['ee0', 'ee<*>'],
  ['ttyS1', 'ttyS<*>'],
  ['KB3121255', '<*>'],
  ['blk_-6952295868487656571', 'blk_<*>'],
  ['-5', '<*>'],
  ['(HWID=1973)', '(HWID=<*>)'],
  ['uid=0', 'uid=<*>'],
  ['user=root', 'user=root'],
  ['/home/glosli/src/ddcMD', '<*>'],
  ['/bgl/apps/run.rts:', '<*>:'],
  ['chdir(/p/gb2/t800)', 'chdir(<*>)'],
  ['C:\\Windows\\winsxs\\cbscore.dll', '<*>'],
  ['http://example.com/a?b=1', '<*>'],
  ['operator@example.com', '<*>'],
  ['com.android.systemui', '<*>'],
  ['java.lang.NullPointerException', 'java.lang.NullPointerException'],
  ['rpc.idmapd', 'rpc.idmapd'],
  ['github.com:443', '<*>'],
  ['state.clipTopAmount:180,', 'state.clipTopAmount:<*>,'],
  ['00:11:43:e3:ba:c3', '<*>'],
  ['38101a0b-2096-447d-96ea-a692162415ae', '<*>'],
  ['142-ККТ:', '<*>-ККТ:'],
  ['depth....................0', 'depth.<*>'],
  ['Ошибка', 'Ошибка'],
];

test('masks numbers, ids, paths, addresses and dotted names, and keeps words', () => {
  for (const [word, masked] of CASES) {
    assert.equal(maskWord(word), masked, word);
  }
});

test('the quick path agrees with every pattern applied in turn', () => {
  const words = [...CASES.map(([w]) => w), '5..6', '5...6', 'a0x12', '1,2', 'x_-5', '((7', 'v6.1.7601.23505', '....'];
  for (const word of words) {
    assert.equal(maskWord(word), maskStructured(word), word);
  }
});

test('a word masks alike whatever its digits, once its shape is remembered', () => {
  assert.equal(maskWord('10.250.18.114:50010'), '<*>');
  assert.equal(maskWord('10.251.126.5:50010'), '<*>');
  assert.equal(maskWord('0x1f'), maskWord('0x9f'));
  assert.equal(maskWord('r24=0x0ffea4c8'), maskWord('r31=0x00000003'));
});
