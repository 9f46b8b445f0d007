import assert from 'node:assert/strict';
import { test } from 'node:test';

import { localMs } from '../domain/time';
import { parseText } from './parseText';

test('a result pasted with guillemets reads like plain JSON', () => {
  const pasted =
    '{ «Command»: «RegisterCheck», «Error»: «Не удалось закрыть чек ( 142-ККТ: Нулевой итог чека )», «Status»: 2 }';
  const plain = '{"Command":"RegisterCheck","Error":"","Status":0}';

  const [failed, ok] = parseText(`${pasted}\n${plain}`, 'kkmserver').records;

  assert.deepEqual(failed.fields, {
    Command: 'RegisterCheck',
    Error: 'Не удалось закрыть чек ( 142-ККТ: Нулевой итог чека )',
    Status: 2,
  });
  assert.equal(failed.level, 'error');
  assert.equal(failed.localTime, null);
  assert.equal(failed.message, pasted);
  assert.equal(ok.level, 'info');
});

test('a failed command row carries its US date and the blocks under it', () => {
  const row = '22\t3/1/2017 1:47:00 PM\tKkmStrihM\tШТРИХ-МИНИ-01Ф\t0299990001007351\t5752003335\tRegisterCheck';
  const block = [
    'Текст ошибки:',
    'Не удалось закрыть чек ( 142-ККТ: Нулевой итог чека )',
    'COM порт открыт.',
    '< 02-05',
  ];
  const text = ['Ошибки выполнения команд:', '№\tДата\tТип', row, ...block, '{"Command":"GetDataKKT","Status":0}'];

  const { records, skipped } = parseText(text.join('\n'), 'kkmserver');

  assert.deepEqual(
    skipped.map((s) => [s.line, s.reason]),
    [
      [1, 'unparsable'],
      [2, 'unparsable'],
    ]
  );
  assert.equal(records.length, 2);
  assert.equal(records[0].localTime, localMs(2017, 3, 1, 13, 47));
  assert.equal(records[0].level, 'error');
  assert.equal(records[0].message, [row, ...block].join('\n'));
  assert.deepEqual(records[0].fields, {
    number: 22,
    date: '3/1/2017 1:47:00 PM',
    type: 'KkmStrihM',
    model: 'ШТРИХ-МИНИ-01Ф',
    serialNumber: '0299990001007351',
    inn: '5752003335',
    command: 'RegisterCheck',
    error: 'Не удалось закрыть чек ( 142-ККТ: Нулевой итог чека )',
  });
});

test('a line after a result does not join it', () => {
  const { records, skipped } = parseText('{"Command":"X","Status":0}\nCOM порт открыт.', 'kkmserver');

  assert.equal(records[0].message, '{"Command":"X","Status":0}');
  assert.deepEqual(skipped, [{ line: 2, reason: 'unparsable' }]);
});
