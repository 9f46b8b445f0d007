import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { type LogFormat, type LogRecord } from '../parsers/types';
import { CATALOGUE, conditionOf, entryForCode, findEntry } from './catalogue';
import { detect } from './index';

/**
 * Our catalogue against the shared code tables, read at run time: every code there is ours with the same
 * number, and every Russian text there is detected as the condition of its code.
 */
const TABLES = join(__dirname, '..', '..', '..', '..', 'shared', 'samples', 'error-codes');
const skip = existsSync(TABLES) ? false : 'the shared code tables are not beside the repository';
const DRIVER_FORMATS: LogFormat[] = ['atol', 'frdrvng', 'drvfr', 'javapos', 'kkmserver'];

function rows(file: string): string[][] {
  return readFileSync(join(TABLES, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t'));
}

function errorLine(message: string): LogRecord {
  return {
    localTime: null,
    level: 'error',
    thread: null,
    component: null,
    message,
    fields: null,
    offset: 0,
    endOffset: 1,
  };
}

function isDriver(format: LogFormat): boolean {
  return DRIVER_FORMATS.includes(format);
}

function conditionOfText(text: string, format: LogFormat): string | undefined {
  return detect(errorLine(text), format)?.condition;
}

test('FN codes: each exists with its number, its Russian text detected in every driver format', { skip }, () => {
  for (const [hex, dec, text] of rows('fn_protocol_error_codes.tsv')) {
    const entry = findEntry('fn', `0x${hex.slice(2).toUpperCase()}`);
    assert.ok(entry, hex);
    assert.equal(Number(entry.code), Number(dec), hex);

    for (const format of DRIVER_FORMATS) {
      assert.equal(conditionOfText(text, format), `fn:${entry.code}`, `${hex} «${text}» in ${format}`);
    }
  }
});

test('ATOL Driver 10 codes: each exists, and a result with it is detected as it', { skip }, () => {
  for (const [code] of rows('atol_libfptr10_errors.tsv')) {
    const entry = findEntry('atol', code);
    assert.ok(entry, code);

    const fields = { e: { c: Number(code), d: 'text' } };
    const found = detect({ ...errorLine('recv data {...}'), fields }, 'atol');
    assert.equal(found?.condition, code === '0' ? undefined : conditionOf(entry), code);
  }
});

test('legacy ATOL codes: each exists, its text detected as the condition of its code', { skip }, () => {
  for (const [code, text] of rows('atol_legacy_driver8_errors.tsv')) {
    const entry = findEntry('atol8', code);
    assert.ok(entry, code);

    assert.equal(conditionOfText(text, 'atol'), conditionOf(entry), `${code} «${text}»`);
    assert.equal(conditionOfText(`Произошла ошибка ${code}`, 'atol'), conditionOf(entry), code);
  }
});

test('OFD codes: each exists per operator, its Russian text detected as it', { skip }, () => {
  for (const [operator, http, code, text] of rows('ofd_api_error_codes.tsv')) {
    const key = `${operator}-${code === '-' ? `http${http}` : code}`;
    const entry = findEntry('ofd', key);
    assert.ok(entry, key);

    if (/[а-яё]/i.test(text)) {
      assert.equal(conditionOfText(text, 'jsonl'), code === '0' ? undefined : `ofd:${key}`, `${key} «${text}»`);
    }
  }
});

test('Shtrih-M codes named beside the mode table: each known, its text detected as it', { skip }, () => {
  const note = readFileSync(join(TABLES, 'shtrih_ecr_modes.tsv'), 'utf8')
    .split('\n')
    .find((line) => line.includes('error codes seen in sources'));
  const named = [...(note ?? '').matchAll(/(\d+) ([^;]+)/g)].map(([, code, text]) => [Number(code), text] as const);
  assert.ok(named.length >= 10, 'the note lists the codes');

  for (const [code, text] of named) {
    const entry = entryForCode('shtrih', code);
    assert.ok(entry, String(code));

    for (const format of ['frdrvng', 'drvfr', 'javapos'] as const) {
      assert.equal(conditionOfText(text, format), conditionOf(entry), `${code} «${text}» in ${format}`);
    }
  }
});

test('the mode "24 hours over" is the shift-over-24-hours condition', { skip }, () => {
  const [, text] = rows('shtrih_ecr_modes.tsv').find(([mode]) => mode === '3') ?? [];

  assert.equal(conditionOfText(text, 'drvfr'), 'fn:0x16');
});

test('each code is listed once, and each relay points at an FN entry', () => {
  for (const entries of Object.values(CATALOGUE)) {
    const codes = entries.map((e) => e.code);
    assert.equal(new Set(codes).size, codes.length);

    for (const entry of entries.filter((e) => e.sameAs)) {
      const [family, code] = (entry.sameAs ?? '').split(':');
      assert.equal(family, 'fn', entry.code);
      assert.ok(findEntry('fn', code), entry.sameAs);
    }
  }
});

test('every wording in the catalogue leads to its own condition wherever its family is read', () => {
  const order: Record<LogFormat, string[]> = {
    atol: ['atol', 'atol8', 'fn', 'ofd'],
    frdrvng: ['frdrvng', 'shtrih', 'fn', 'ofd'],
    drvfr: ['shtrih', 'fn', 'ofd'],
    javapos: ['shtrih', 'fn', 'ofd'],
    kkmserver: ['kkmserver', 'shtrih', 'fn', 'atol8', 'ofd'],
    jsonl: ['fn', 'shtrih', 'frdrvng', 'atol', 'atol8', 'kkmserver', 'ofd'],
    regex: ['fn', 'shtrih', 'frdrvng', 'atol', 'atol8', 'kkmserver', 'ofd'],
  };

  for (const [format, families] of Object.entries(order) as Array<[LogFormat, string[]]>) {
    const entries = families.flatMap((f) => CATALOGUE[f as keyof typeof CATALOGUE]);
    for (const entry of entries) {
      for (const phrase of entry.phrases) {
        const owner = entries.find((e) => e.phrases.some((p) => p.toLowerCase() === phrase.toLowerCase()));
        const apiInDriverLog = entry.family === 'ofd' && !entry.code.startsWith('atolonline') && isDriver(format);
        if (owner && !apiInDriverLog) {
          const text = phrase.replace('*', 'inn');
          assert.equal(conditionOfText(text, format), conditionOf(owner), `«${text}» in ${format}`);
        }
      }
    }
  }
});
