import assert from 'node:assert/strict';
import { test } from 'node:test';

import { sampleJson } from '../../../../../test/ofd/helpers/samples';
import { atolLink, atolReport, atolUnsent } from './normalise';
import { atolRegister } from './shapes';

const sample = () => atolRegister.parse(sampleJson('ofd/atolonline_kkt_v1_cash_register.json'));

test('the ATOL Online sample: nothing unsent (both fields absent), link down with code 2', () => {
  const report = atolReport(sample());

  assert.deepEqual(report.identity, {
    regNumber: '0000000003012345',
    serial: '00107700001234',
    fnSerial: '9999078900004321',
  });
  assert.equal(report.facts.unsentCount, 0, 'absent means none');
  assert.equal(report.facts.oldestUnsentAt, null);
  assert.equal(report.facts.linkStatus, 'down');
  assert.equal(
    report.facts.linkDetail,
    'networkErrorCode 2: network settings wrong or no connection to the OFD server'
  );
  assert.deepEqual(report.facts.fnExpiresAt, { zone: 'utc', ms: Date.parse('2020-11-02T21:00:00Z') });
  assert.equal(report.facts.fnMemoryUsedRatio, 0.8534);
  assert.equal(report.facts.shiftOpen, true);
  assert.equal(report.facts.shiftNumber, 126);
  assert.equal(report.device.inn, '3026001117');
});

test('an unsent backlog, and a count that cannot be read, which is unknown rather than 0', () => {
  const backlog = atolUnsent({ ...sample(), unsentDocs: 17, firstUnsetDocTimestamp: '2019-12-01T08:30:00+03:00' });
  assert.deepEqual(backlog, {
    unsentCount: 17,
    oldestUnsentAt: { zone: 'utc', ms: Date.parse('2019-12-01T05:30:00Z') },
  });

  assert.equal(atolUnsent({ ...sample(), unsentDocs: 'many' }).unsentCount, null);
  assert.equal(atolUnsent({ ...sample(), unsentDocs: -9 }).unsentCount, null, 'b14: -9 is an error, not a count');
});

test('every networkErrorCode 0-8 has a link state; other codes are unknown', () => {
  assert.deepEqual(atolLink(0), { linkStatus: 'ok', linkDetail: null });
  for (const code of [1, 2, 8]) {
    assert.equal(atolLink(code).linkStatus, 'down', String(code));
  }
  for (const code of [3, 4, 5, 6, 7]) {
    assert.equal(atolLink(code).linkStatus, 'degraded', String(code));
  }
  assert.deepEqual(atolLink(42), { linkStatus: null, linkDetail: 'networkErrorCode 42' });
  assert.deepEqual(atolLink(undefined), {});
});
