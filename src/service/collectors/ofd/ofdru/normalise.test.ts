import assert from 'node:assert/strict';
import { test } from 'node:test';

import { sampleJson } from '../../../../../test/ofd/helpers/samples';
import { silentLogger } from '../../../logger';
import { readBody } from '../http/body';
import { ofdruRawDocumentOf, ofdruReceipts, ofdruRegisters } from './normalise';
import { ofdruEnvelope, ofdruToken } from './shapes';

const log = silentLogger();
const data = (path: string) => ofdruEnvelope.parse(sampleJson(path)).Data;
const list = (path: string): unknown[] => {
  const value = data(path);
  return Array.isArray(value) ? value : [];
};

test('the KKT list: the register clock and the OFD UTC time kept apart (B03)', () => {
  const [kkt] = ofdruRegisters(list('ofd/ofdru_v1_kkts.json'), log);

  assert.deepEqual(kkt.identity, {
    regNumber: '0000123456012345',
    serial: '00106711112222333344',
    fnSerial: '9999078900001234',
  });
  assert.deepEqual(kkt.facts.lastDocumentAt, { zone: 'local', ms: Date.parse('2017-02-12T10:12:00Z') });
  assert.deepEqual(kkt.facts.lastReceivedAt, { zone: 'utc', ms: Date.parse('2017-02-12T07:13:10Z') });
  assert.deepEqual(kkt.facts.fnExpiresAt, { zone: 'local', ms: Date.parse('2019-10-17T12:47:57Z') });
  assert.equal(kkt.facts.fnExpirySource, 'nominal');
  assert.equal(kkt.device.model, 'АТОЛ 42ФС');
});

test('receipt rows: kopecks as they are, the receive time in UTC, the register time local', () => {
  const [receipt] = ofdruReceipts(list('ofd/ofdru_v1_receipts.json'), log);
  assert.equal(receipt.type, 'receipt');
  assert.equal(receipt.number, 3);
  assert.equal(receipt.fnSerial, '99990789001');
  assert.deepEqual(receipt.time, { zone: 'local', ms: Date.parse('2016-07-26T12:32:00Z') });
  assert.deepEqual(receipt.receivedAt, { zone: 'utc', ms: Date.parse('2016-07-26T09:32:41Z') });
  assert.equal(receipt.totalKopecks, 0);
});

test('a raw document: the decimal fiscal sign, not the base64 one; the padded INN does not matter', () => {
  const doc = ofdruRawDocumentOf(data('ofd/ofdru_v1_receipt_raw.json'));
  assert.equal(doc?.fiscalSign, '1234509876');
  assert.equal(doc?.totalKopecks, 599000);
  assert.equal(doc?.type, 'receipt');
  assert.equal(doc?.number, 3);
});

test('the token carries its expiry in UTC; an error envelope is readable without Data', () => {
  const token = ofdruToken.parse(sampleJson('ofd/ofdru_v1_auth_token.json'));
  assert.equal(token.ExpirationDateUtc, '2017-01-24T14:13:24');

  const body = readBody(JSON.stringify(sampleJson('ofd/ofdru_v1_error_inn_not_found.partial.json')));
  assert.equal(body.kind, 'json');
  const envelope = ofdruEnvelope.parse(body.kind === 'json' ? body.value : null);
  assert.deepEqual(envelope.Errors, ['InnNotFound']);
  assert.equal(envelope.Data, undefined);
});
