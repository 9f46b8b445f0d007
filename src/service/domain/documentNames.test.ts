import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { documentType, documentTypeFromName } from './documentNames';
import { normaliseFiscalSign } from './fiscalSign';

const TYPES = join(process.cwd(), '..', 'shared', 'samples', 'error-codes', 'fiscal_document_types.tsv');

test('every operator name of fiscal_document_types.tsv maps to the type of its code', () => {
  const rows = readFileSync(TYPES, 'utf8')
    .split('\n')
    .filter((line) => /^\d/.test(line))
    .map((line) => line.split('\t'));
  assert.equal(rows.length, 11);

  for (const [code, nameRu, kontur, yandex, taxcom] of rows) {
    const expected = documentType(Number(code));
    assert.notEqual(expected, 'unknown', code);
    assert.equal(documentTypeFromName(nameRu), expected, nameRu);
    for (const name of [kontur, yandex].filter(Boolean)) {
      assert.equal(documentTypeFromName(name), expected, name);
    }
    if (taxcom) {
      assert.equal(documentType(taxcom), expected, `taxcom "${taxcom}"`);
    }
  }
});

test('names with CR/LF and either spelling of "отчёт" are recognised (Platforma docTypeName)', () => {
  assert.equal(documentTypeFromName('Отчет об открытии смены\r\n'), 'shift_open');
  assert.equal(documentTypeFromName('Отчёт о закрытии смены\r\n'), 'shift_close');
  assert.equal(documentType(undefined, 'Кассовый чек'), 'receipt');
  assert.equal(documentTypeFromName('чек'), 'unknown');
  assert.equal(documentTypeFromName(3), 'unknown');
});

test('fiscal signs above 2^31 stay exact decimal strings', () => {
  assert.equal(normaliseFiscalSign(3635260533), '3635260533');
  assert.equal(normaliseFiscalSign(4294967295), '4294967295');
  assert.equal(normaliseFiscalSign('4008506322'), '4008506322');
  assert.equal(normaliseFiscalSign(' 0824629212 '), '824629212');
  assert.equal(normaliseFiscalSign(-1), null);
  assert.equal(normaliseFiscalSign(1.5), null);
  assert.equal(normaliseFiscalSign('MAQzW0p4'), null, 'base64 is not the decimal sign');
});
