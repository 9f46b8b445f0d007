import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { localMs, toFnMinute } from '../domain/time';
import { parseText } from '../parsers/parseText';
import { type LogFormat } from '../parsers/types';
import { detect } from './index';

/** Each example of the shared bug log, as the lines a register writes, with what must come of them. */
const SAMPLES = join(__dirname, '..', '..', '..', '..', 'shared', 'samples', 'logs');
const skip = existsSync(SAMPLES) ? false : 'the shared samples are not beside the repository';

interface Case {
  id: string;
  format: LogFormat;
  line: string;
  /** Condition and severity expected, or null for no error. */
  expected: [string, string] | null;
}

const CASES: Case[] = [
  {
    id: 'B08 storage exhausted, Shtrih code 20',
    format: 'javapos',
    line: '30.06.2023 10:30:00.000 [main] c.s.j.f.FiscalPrinterService - printRecItem: 20, ФН: Исчерпан ресурс хранения',
    expected: ['fn:0x14', 'critical'],
  },
  {
    id: 'B09 code 51 is bad parameters, not FN exhaustion',
    format: 'javapos',
    line: '2019-03-14 10:00:00.000 [main] ERROR c.s.j.f.FiscalPrinterService - printZReport: 51, Некорректные параметры в команде',
    expected: ['shtrih:51', 'warning'],
  },
  {
    id: 'B11 console fallback warning is no error',
    format: 'frdrvng',
    line: ' [7176] [fr_drv_ng ] [W] driver was unable to open log file path. fallback to console sink',
    expected: null,
  },
  {
    id: 'B12 a failed FN read returns -9',
    format: 'frdrvng',
    line: '[2021-09-21 13:01:24.000] [16916] [ProtocolV1_0x1] [D] command FF3F return code: -9 execution took 3ms',
    expected: ['frdrvng:-9', 'warning'],
  },
  {
    id: 'B18 data structure signature, with its code',
    format: 'javapos',
    line: '17:39:29.000 [main] ERROR c.s.j.f.FiscalPrinterService - printRecItemRefund: 185, Сигнатура версии структуры данных в накопителе не совпадает с текущей версией ПО',
    expected: ['shtrih:185', 'high'],
  },
  {
    id: 'B18 data structure signature, the text alone',
    format: 'javapos',
    line: '17:39:29.000 [main] ERROR c.s.j.f.FiscalPrinterService - Сигнатура версии структуры данных в накопителе не совпадает с текущей версией ПО',
    expected: ['shtrih:185', 'high'],
  },
  {
    id: 'known wording: legacy ATOL shift over 24 hours in a POS message',
    format: 'atol',
    line: '2024.01.10 09:00:00.000 T:1 ERROR [1C] Не удалось установить режим работы (Произошла ошибка -3822)',
    expected: ['fn:0x16', 'critical'],
  },
  {
    id: 'known wording: legacy ATOL receipt not closed',
    format: 'atol',
    line: '2024.01.10 09:00:00.000 T:1 ERROR [1C] Не удалось закрыть чек (Произошла ошибка -4015)',
    expected: ['atol8:-4015', 'warning'],
  },
  {
    id: 'known wording: legacy ATOL storage exhaustion relays FN 0x14',
    format: 'atol',
    line: '2024.01.10 09:00:00.000 T:1 ERROR [1C] Произошла ошибка -3979',
    expected: ['fn:0x14', 'critical'],
  },
  {
    id: 'known wording: FN 0x17 in English',
    format: 'frdrvng',
    line: '[2024-01-10 09:00:00.000] [1] [ProtocolV1_0x1] [E] Incorrect data about time period between fiscal documents',
    expected: ['fn:0x17', 'high'],
  },
  {
    id: 'known wording: FN 0x17 in Russian',
    format: 'frdrvng',
    line: '[2024-01-10 09:00:00.000] [1] [ProtocolV1_0x1] [E] Неверная разница во времени между 2 операциями',
    expected: ['fn:0x17', 'high'],
  },
  {
    id: 'known wording: 115 in Russian is the same condition as in English',
    format: 'frdrvng',
    line: '[2024-01-10 09:00:00.000] [1] [ProtocolV1_0x1] [E] Команда не поддерживается в данном режиме',
    expected: ['shtrih:115', 'warning'],
  },
  {
    id: 'known wording: ATOL result with an error code',
    format: 'atol',
    line: '2024.01.10 09:00:00.000 T:1 INFO  [FiscalPrinter] recv data { "e" : { "c" : 68, "d" : "Смена превысила 24 часа" }, "p" : [], "f" : null }',
    expected: ['fn:0x16', 'critical'],
  },
  {
    id: 'known wording: ATOL result "Ошибок нет" is a success',
    format: 'atol',
    line: '2024.01.10 09:00:00.000 T:1 INFO  [FiscalPrinter] recv data { "e" : { "c" : 0, "d" : "Ошибок нет" }, "p" : [], "f" : null }',
    expected: null,
  },
  {
    id: 'known wording: KKM-Server code before -ККТ',
    format: 'kkmserver',
    line: '{"Command":"RegisterCheck","Error":"Не удалось закрыть чек ( 142-ККТ: Нулевой итог чека )","Status":2}',
    expected: ['kkmserver:142', 'warning'],
  },
];

test('every bug log example is detected as its condition', () => {
  for (const { id, format, line, expected } of CASES) {
    const { records, skipped } = parseText(line, format);
    assert.deepEqual(skipped, [], id);

    const found = detect(records[0], format);
    assert.deepEqual(found && [found.condition, found.severity], expected, id);
  }
});

function sampleLines(file: string, first: number, last: number): string {
  return readFileSync(join(SAMPLES, file), 'utf8')
    .split('\n')
    .slice(first - 1, last)
    .join('\n');
}

test('B05 the driver log keeps seconds; the FN minute is the one they fall in', { skip }, () => {
  const { records } = parseText(sampleLines('shtrih_fr_drv_ng.log', 14, 22), 'frdrvng');

  assert.equal(records[0].localTime, localMs(2021, 9, 2, 15, 39, 32, 416));
  assert.equal(toFnMinute(records[0].localTime ?? 0), localMs(2021, 9, 2, 15, 39));
  assert.deepEqual(
    records.map((r) => detect(r, 'frdrvng')),
    new Array(9).fill(null),
    'return code 0 and hex frames are no errors'
  );
});

test('B08 the stack trace joins the OFD sending failure, one event', { skip }, () => {
  const { records, skipped } = parseText(sampleLines('shtrih_javapos_logback.log', 27, 38), 'javapos');

  assert.deepEqual(skipped, []);
  assert.equal(records.length, 3);
  assert.equal(records[2].message.split('\n').length, 10, 'the failure line, the exception and 8 frames');
  assert.equal(detect(records[2], 'javapos')?.condition, 'driver:fdo-data-sending-failed');
  assert.equal(detect(records[0], 'javapos'), null, 'testOFDConnection: OK');
});

test('B11 every console line is parsed, with no time', { skip }, () => {
  const { records, skipped } = parseText(
    readFileSync(join(SAMPLES, 'shtrih_fr_drv_ng_console_no_timestamp.log'), 'utf8'),
    'frdrvng'
  );

  assert.deepEqual(skipped, []);
  assert.equal(records.length, 11);
  assert.ok(records.every((r) => r.localTime === null && r.thread === '7176'));
});

test('B19 the logcat-wrapped -70 lines keep the driver time and all name one condition', { skip }, () => {
  const { records } = parseText(sampleLines('shtrih_fr_drv_ng_android_logcat.log', 14, 22), 'frdrvng');
  const conditions = records.map((r) => detect(r, 'frdrvng')?.condition ?? null);

  assert.equal(records[2].localTime, localMs(2025, 10, 2, 11, 42, 13, 913));
  assert.deepEqual(conditions, [
    null,
    null,
    'frdrvng:-70',
    'frdrvng:-70',
    null,
    'frdrvng:-70',
    'frdrvng:-70',
    'frdrvng:-70',
    null,
  ]);
});

test('D07 ATOL lines of any category and padding are read', { skip }, () => {
  const { records, skipped } = parseText(readFileSync(join(SAMPLES, 'atol_fptr10.log'), 'utf8'), 'atol');
  const repadded = parseText(
    '2023.11.22 14:01:21.190 T:0000DAE0 INFO [EthernetOverTransport] < LIBFPTR_PARAM_DEVICE_FFD_VERSION (65627) = 105',
    'atol'
  ).records[0];

  assert.deepEqual(skipped, []);
  assert.deepEqual(
    records.map((r) => r.component),
    ['FiscalPrinter', 'FiscalPrinter']
  );
  assert.equal(repadded.component, 'EthernetOverTransport');
  assert.equal(repadded.message, records[1].message);
});
