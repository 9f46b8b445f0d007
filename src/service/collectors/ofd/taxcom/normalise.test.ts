import assert from 'node:assert/strict';
import { test } from 'node:test';

import { sampleJson } from '../../../../../test/ofd/helpers/samples';
import { silentLogger } from '../../../logger';
import { readBody } from '../http/body';
import { classifyTaxcom } from './classify';
import { taxcomDocuments, taxcomRegisters } from './normalise';
import { taxcomPage } from './shapes';

const log = silentLogger();
const records = (path: string) => taxcomPage.parse(sampleJson(path)).records ?? [];

test('KKTList: an active register with no problems is registered under a paid contract', () => {
  const [kkt] = taxcomRegisters(records('ofd/taxcom_v2_kktlist.json'), 'Самара', log);
  assert.deepEqual(kkt.identity, {
    regNumber: '2222222222222222',
    serial: '3333333333333333',
    fnSerial: '4444444444444444',
  });
  assert.deepEqual(kkt.ref, { fn: '4444444444444444' });
  assert.equal(kkt.facts.registrationStatus, 'registered');
  assert.equal(kkt.facts.contractStatus, 'active');
  assert.equal(kkt.facts.registrationDetail, 'cashdeskState Active; problemIndicator OK');
  assert.equal(kkt.device.store, 'Самара');
});

test('DocumentList: UTC times, the type as a string, fiscal signs past 2^31 kept exact', () => {
  const docs = taxcomDocuments(records('ofd/taxcom_v2_documentlist.json'), log);
  assert.equal(docs.length, 4);
  assert.deepEqual(docs[2].time, { zone: 'utc', ms: Date.parse('2020-01-06T10:11:00Z') });
  assert.equal(docs[2].type, 'receipt');
  assert.equal(docs[2].fiscalSign, '4008506322');
  assert.equal(docs[3].totalKopecks, 6400);
  assert.equal(docs[0].number, 16214);
});

test('the page envelope keeps its misspelt count and its totals', () => {
  const page = taxcomPage.parse(sampleJson('ofd/taxcom_v2_outletlist.json'));
  assert.equal(page.counts?.recordCount, 5);
  assert.equal(page.records?.length, 5);
});

test('apiErrorCode: 2109 means log in again, 2108 bad credentials, 5101 worth a retry', () => {
  const error = (code: number) => ({
    status: 401,
    headers: {},
    body: readBody(JSON.stringify({ apiErrorCode: code, commonDescription: 'x', details: null })),
    retryAfterMs: null,
  });
  const reason = (code: number) => {
    const verdict = classifyTaxcom(error(code));
    return verdict && !verdict.ok ? [verdict.reason, verdict.retry] : null;
  };
  assert.deepEqual(reason(2109), ['session_expired', false]);
  assert.deepEqual(reason(2108), ['auth', false]);
  assert.deepEqual(reason(5101), ['http_5xx', true]);
  assert.deepEqual(reason(3103), ['api_error', false]);
  assert.equal(
    classifyTaxcom({ status: 200, headers: {}, body: readBody('{"records":[]}'), retryAfterMs: null }),
    null
  );
});
