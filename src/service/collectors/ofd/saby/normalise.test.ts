import assert from 'node:assert/strict';
import { test } from 'node:test';

import { silentLogger } from '../../../logger';
import { sabyDocuments, sabyRegister, sabyStorages } from './normalise';
import { sabyKkt } from './shapes';

const log = silentLogger();

test('dateTime in Unix seconds is the register wall clock, not UTC', () => {
  // 1596384720 is 2020-08-02 16:12:00 read as UTC: that is the till's own reading (tag 1012).
  const [doc] = sabyDocuments(
    [{ receipt: { dateTime: 1596384720, fiscalDocumentNumber: 21993, fiscalSign: 3712568730, totalSum: 36300 } }],
    '7381440700197066',
    log
  );
  assert.deepEqual(doc.time, { zone: 'local', ms: Date.parse('2020-08-02T16:12:00Z') });
  assert.equal(doc.type, 'receipt');
  assert.equal(doc.fiscalSign, '3712568730');
  assert.equal(doc.fnSerial, '7381440700197066');
});

test('several drives over time: the one without an end is the drive in use', () => {
  const storages = sabyStorages(
    [
      { fsNumber: '9999077000000001', effectiveFrom: '2022-01-10T09:00:00', effectiveTo: '2023-04-01T12:00:00' },
      { fsNumber: '9999078000000001', effectiveFrom: '2023-04-01T12:00:00' },
      { model: 'no serial' },
    ],
    log
  );
  assert.equal(storages.length, 2);
  const report = sabyRegister(sabyKkt.parse({ regId: '0000000000000001 ', status: 4 }), storages);
  assert.equal(report?.identity.fnSerial, '9999078000000001');
  assert.equal(report?.identity.regNumber, '0000000000000001');
  assert.equal(report?.facts.registrationStatus, 'pending');
  assert.equal(report?.facts.registrationDetail, 'awaiting activation');
});
