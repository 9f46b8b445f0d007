import assert from 'node:assert/strict';
import { test } from 'node:test';

import { localMs } from '../domain/time';
import { createParser } from './index';
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

const FAILED_RESULT =
  '{"Command":"RegisterCheck","Error":"Не удалось закрыть чек ( 142-ККТ: Нулевой итог чека )","Status":2}';
const REPORT = [
  '',
  'Ошибки выполнения команд:',
  '',
  '№\tДата\tТип\tМодель\tЗаводской №\tИНН\tКоманда',
  '1\t3/10/2025 2:47:00 PM\tKkmStrihM\tШТРИХ-М-01Ф\t0399990002001234\t7700000019\tRegisterCheck',
  'Текст ошибки:',
  'Не удалось закрыть чек ( 142-ККТ: Нулевой итог чека )',
];

test('a failed result and the report row under it are one failure, at the time of the row', () => {
  const text = [FAILED_RESULT, ...REPORT, '{"Command":"GetDataKKT","Status":0}'].join('\n');

  const { records } = parseText(text, 'kkmserver');

  assert.equal(records.length, 2);
  const [failure, next] = records;
  assert.equal(failure.level, 'error');
  assert.equal(failure.localTime, localMs(2025, 3, 10, 14, 47));
  assert.equal(failure.message, [FAILED_RESULT, ...REPORT.slice(4)].join('\n'));
  assert.equal(failure.offset, 0);
  assert.equal(failure.endOffset, Buffer.byteLength([FAILED_RESULT, ...REPORT].join('\n')) + 1);
  assert.equal(failure.fields?.Error, 'Не удалось закрыть чек ( 142-ККТ: Нулевой итог чека )');
  assert.equal(failure.fields?.serialNumber, '0399990002001234');
  assert.equal(failure.fields?.error, 'Не удалось закрыть чек ( 142-ККТ: Нулевой итог чека )');
  assert.equal(next.fields?.Command, 'GetDataKKT');
});

test('a failed result with no report is one failure with no time, held until the next line tells', () => {
  const parser = createParser('kkmserver');
  const result = { text: FAILED_RESULT, offset: 0, endOffset: 100 };
  const next = { text: '{"Command":"GetDataKKT","Status":0}', offset: 100, endOffset: 140 };

  assert.deepEqual(parser.push(result).records, []);
  assert.equal(parser.pendingOffset(), 0);
  const [failure] = parser.push(next).records;

  assert.equal(failure.localTime, null);
  assert.equal(failure.message, FAILED_RESULT);
  assert.deepEqual(
    parser.flush().map((r) => r.fields?.Command),
    ['GetDataKKT']
  );
});

test('a report row of another command, or under a result that succeeded, is a failure of its own', () => {
  const otherCommand = REPORT.map((line) => line.replace(/RegisterCheck$/, 'CloseShift'));
  const succeeded = '{"Command":"RegisterCheck","Error":"","Status":0}';

  const afterFailure = parseText([FAILED_RESULT, ...otherCommand].join('\n'), 'kkmserver').records;
  const afterSuccess = parseText([succeeded, ...REPORT].join('\n'), 'kkmserver').records;

  assert.deepEqual(
    afterFailure.map((r) => [r.level, r.localTime]),
    [
      ['error', null],
      ['error', localMs(2025, 3, 10, 14, 47)],
    ]
  );
  assert.deepEqual(
    afterSuccess.map((r) => r.level),
    ['info', 'error']
  );
});
