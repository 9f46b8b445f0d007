import assert from 'node:assert/strict';
import { test } from 'node:test';

import { type LogFormat, type LogLevel, type LogRecord } from '../parsers/types';
import { MAX_SLUG_CHARS, MAX_WORD_CHARS } from './fallback';
import { detect } from './index';

function record(message: string, level: LogLevel | null = 'error', fields: LogRecord['fields'] = null): LogRecord {
  return { localTime: null, level, thread: null, component: null, message, fields, offset: 0, endOffset: 1 };
}

function condition(message: string, format: LogFormat = 'frdrvng', level: LogLevel | null = 'error') {
  return detect(record(message, level), format)?.condition ?? null;
}

test('a code in the line wins over a wording', () => {
  const cases: Array<[string, LogFormat, string]> = [
    ['command FF3B return code: 107 Command is not supported in this mode', 'frdrvng', 'shtrih:107'],
    ['printZReport: 51, Исчерпан ресурс хранения', 'javapos', 'shtrih:51'],
    ['(115), Нет чековой ленты', 'drvfr', 'shtrih:115'],
    ['Ошибка: 142-ККТ: Нет чековой ленты', 'kkmserver', 'kkmserver:142'],
  ];

  for (const [message, format, expected] of cases) {
    assert.equal(condition(message, format), expected, message);
  }
});

test('Shtrih codes 1-63 are FN codes, except the register own ones', () => {
  const cases: Array<[number, string]> = [
    [20, 'fn:0x14'],
    [22, 'fn:0x16'],
    [23, 'fn:0x17'],
    [51, 'shtrih:51'],
    [55, 'shtrih:55'],
    [63, 'fn:0x3F'],
    [64, 'shtrih:64'],
    [78, 'fn:0x16'],
    [-70, 'frdrvng:-70'],
    [-123, 'frdrvng:-123'],
  ];

  for (const [code, expected] of cases) {
    assert.equal(condition(`command FF01 return code: ${code} execution took 1ms`, 'frdrvng', 'debug'), expected);
  }
});

test('a code our tables lack is its own condition at warning, or what its wording says', () => {
  const unknown = detect(record('command 8D return code: 250 execution took 3ms'), 'frdrvng');
  const worded = detect(record('Не удалось открыть смену ( 78-ККТ: Смена превысила 24 часа )'), 'kkmserver');

  assert.deepEqual(unknown, {
    family: 'shtrih',
    code: '250',
    condition: 'shtrih:250',
    severity: 'warning',
    title: 'Shtrih-M error 250',
  });
  assert.equal(worded?.condition, 'fn:0x16');
  assert.equal(worded?.severity, 'critical');
});

test('successes are no errors', () => {
  const cases: Array<[string, LogFormat]> = [
    ['command FF3D return code: 0 execution took 56ms', 'frdrvng'],
    ['8Dh, Open receipt = 0, 343 ms', 'javapos'],
    ['cashcore: 01.11.18 14:37:58.671764 #0079 КОМАНДА FF3DH: ОШИБОК НЕТ', 'frdrvng'],
    ['setError 0 no errors', 'frdrvng'],
  ];

  for (const [message, format] of cases) {
    assert.equal(condition(message, format), null, message);
  }
});

test('traffic is never an error, whatever its level', () => {
  for (const message of ['-> 02 06 FF 3B 1E 00 00 00 DC', '<- 02 03 FF 3B 73 B4', '< LIBFPTR_PARAM_ERROR (1) = 44']) {
    assert.equal(condition(message, 'atol'), null, message);
    assert.equal(condition(message, 'frdrvng'), null, message);
  }
});

test('wordings match across case, ё, spacing and punctuation; the longest wins', () => {
  const cases: Array<[string, string]> = [
    ['КОМАНДА НЕ ПОДДЕРЖИВАЕТСЯ В ДАННОМ РЕЖИМЕ', 'shtrih:115'],
    ['command  is not supported, in this mode', 'shtrih:115'],
    ['Command is not supported', 'shtrih:55'],
    ['Ошибка ФН: Исчерпан ресурс хранения', 'fn:0x14'],
    ['Ошибка ФН', 'fn:0x03'],
    ['Неверные дата и/или время', 'fn:0x07'],
  ];

  for (const [message, expected] of cases) {
    assert.equal(condition(message, 'drvfr'), expected, message);
  }
  assert.equal(condition('Идет печать отчёта', 'atol'), 'atol8:-3829');
  assert.equal(condition('Идёт печать отчета', 'atol'), 'atol8:-3829');
});

test('an unexplained error becomes a short driver condition, the same for every instance', () => {
  const a = detect(record('Timeout 5000 ms on port COM3 at 0x7ffe01'), 'frdrvng');
  const b = detect(record('timeout 3000 ms on port COM12 at 0x1'), 'frdrvng');

  assert.equal(a?.condition, 'driver:timeout-ms-on-port-at');
  assert.deepEqual(a, b);
  assert.equal(a?.family, 'driver');
  assert.equal(a?.severity, 'warning');
  assert.equal(condition('a b c d e f g h i j k l m n o p'), 'driver:unknown', 'single letters are no words');
  assert.equal(condition('one two three four five six seven eight'), 'driver:one-two-three-four-five-six');
});

test('a driver condition and its title stay short whatever the line, and the same for the same line', () => {
  const huge = 10 * 1024 * 1024;
  const lines = [
    'a'.repeat(huge),
    'Ошибка '.repeat(huge / 7),
    'a.'.repeat(huge / 2),
    'abc-'.repeat(huge / 4),
    `${'x'.repeat(100)} failed`,
    `port ${'y'.repeat(100)} ${'z'.repeat(100)} closed`,
  ];

  for (const line of lines) {
    const found = detect(record(line), 'frdrvng');
    const what = `${line.slice(0, 12)}… (${line.length} characters)`;

    assert.ok(found, what);
    assert.match(found.condition, /^driver:[a-zа-яё'’]+(?:-[a-zа-яё'’]+)*$/, what);
    assert.ok(found.condition.length <= 'driver:'.length + MAX_SLUG_CHARS, `${what}: ${found.condition.length}`);
    assert.ok(found.title.length <= 'Driver failure: '.length + MAX_SLUG_CHARS, `${what}: ${found.title.length}`);
    assert.deepEqual(detect(record(line), 'frdrvng'), found, what);
  }
  assert.equal(condition(`${'x'.repeat(100)} failed`), `driver:${'x'.repeat(MAX_WORD_CHARS)}-failed`);
});

test('only error-level lines, failed results and exceptions become driver conditions', () => {
  const trace = 'FDO data sending failed\njava.lang.InterruptedException: null\n\tat x.Y.run(Y.java:1)';
  const failedResult = record('{"Command":"OpenShift","Error":"Касса занята","Status":2}', 'error', {
    Command: 'OpenShift',
    Error: 'Касса занята',
    Status: 2,
  });

  assert.equal(condition('something odd', 'frdrvng', 'warn'), null);
  assert.equal(condition('something odd', 'frdrvng', 'info'), null);
  assert.equal(condition('something odd', 'javapos', null), null);
  assert.equal(condition(trace, 'javapos', null), 'driver:fdo-data-sending-failed');
  assert.equal(condition('something odd', 'frdrvng', 'fatal'), 'driver:something-odd');
  assert.equal(detect(failedResult, 'kkmserver')?.condition, 'driver:касса-занята');
});

test('OFD API wordings are read in integration logs, not in driver logs', () => {
  assert.equal(condition('Истек срок действия маркера доступа', 'jsonl'), 'ofd:taxcom-2109');
  assert.equal(condition('Истек срок действия маркера доступа', 'atol', 'info'), null);
  assert.equal(condition('Ошибка сетевых настроек или нет соединения с сервером ОФД', 'atol'), 'ofd:atolonline-2');
});
