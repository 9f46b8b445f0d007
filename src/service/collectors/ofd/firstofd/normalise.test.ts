import assert from 'node:assert/strict';
import { test } from 'node:test';

import { silentLogger } from '../../../logger';
import { firstOfdReceipts } from './normalise';

test('rubles become kopecks without float drift', () => {
  // 19.99 * 100 is 1998.9999999999998 in floating point, which a truncating client books as 1998.
  assert.equal(Math.trunc(19.99 * 100), 1998);
  const docs = firstOfdReceipts(
    [19.99, 0.29, '1234.5', 4.35, 0].map((sum, i) => ({
      fiscalSign: '4294967295',
      transactionDate: '2024-03-14T10:15:00',
      ticket: { fiscalDocumentNumber: i + 1, totalSum: sum },
    })),
    '9999078900000001',
    silentLogger()
  );
  assert.deepEqual(
    docs.map((d) => d.totalKopecks),
    [1999, 29, 123450, 435, 0]
  );
  assert.equal(docs[0].fiscalSign, '4294967295');
  assert.deepEqual(docs[0].time, { zone: 'local', ms: Date.parse('2024-03-14T10:15:00Z') });
});

test('a document without a number cannot be keyed and is left out', () => {
  const docs = firstOfdReceipts(
    [{ fiscalSign: '1', transactionDate: '2024-03-14T10:15:00', ticket: { totalSum: 1 } }],
    '9999078900000001',
    silentLogger()
  );
  assert.deepEqual(docs, []);
});
