import assert from 'node:assert/strict';
import { test } from 'node:test';

import { sampleJson, sampleText } from '../../../../../test/ofd/helpers/samples';
import { normaliseFnSerial, normaliseInn, normaliseRegNumber } from '../../../domain/identifiers';
import { silentLogger } from '../../../logger';
import { readBody } from '../http/body';
import { classifyResponse } from '../http/classify';
import { classifyKontur } from './classify';
import { konturDocuments, konturRegisters } from './normalise';
import { konturDocumentPage } from './shapes';

const log = silentLogger();
const local = (text: string) => ({ zone: 'local', ms: Date.parse(`${text}Z`) });
const page = (path: string) => konturDocumentPage.parse(sampleJson(path));

test('documents by period: the type from the key, padded identifiers trimmed, a sign past 2^31 exact', () => {
  const docs = konturDocuments(page('ofd/kontur_v2_documents_by_period.json').documents ?? [], log);

  assert.deepEqual(
    docs.map((d) => [d.type, d.number, d.fnSerial, d.fiscalSign]),
    [
      ['shift_open', 39089, '99990788001', '2034496394'],
      ['receipt', 39090, '99990788001', '3635260533'],
    ]
  );
  assert.deepEqual(docs[1].time, local('2018-08-27T10:13:51'));
  assert.equal(docs[1].totalKopecks, 11336);
});

test('b04: padded identifiers are trimmed; a report without number or time is skipped, not fatal', () => {
  const element = sampleJson('bug-repro/b04_padded_identifiers.json') as {
    currentStateReport: Record<string, unknown>;
  };
  const report = element.currentStateReport;
  assert.equal(normaliseRegNumber(report.kktRegId), '0000000003065864');
  assert.equal(normaliseInn(report.userInn), '7825004440');
  assert.equal(normaliseFnSerial(report.fiscalDriveNumber), '99990788002');

  // The excerpt has neither a document number nor a time: it cannot be keyed, so it is left out.
  assert.deepEqual(konturDocuments([element], log), []);

  const complete = { currentStateReport: { ...report, fiscalDocumentNumber: 67, dateTime: '2018-10-30T10:00:00' } };
  const [doc] = konturDocuments([complete], log);
  assert.equal(doc.type, 'current_state_report');
  assert.equal(doc.fnSerial, '99990788002');
  assert.deepEqual(doc.unsent, { count: 2, oldest: local('2018-10-30T08:23:00') });
});

test('a close-shift report carries the FN warning signs as flags', () => {
  const [doc] = konturDocuments([sampleJson('ofd/kontur_v2_close_shift.json') as Record<string, unknown>], log);
  assert.equal(doc.type, 'shift_close');
  // memory exceeded (0x04) and resource exhausting (0x02)
  assert.equal(doc.fnWarningFlags, 0x06);
  assert.deepEqual(doc.unsent, { count: 1, oldest: local('2018-10-30T09:00:00') });
});

test('cashboxes: the FN under either spelling, the last document time as the register wrote it', () => {
  const [box] = konturRegisters(sampleJson('ofd/kontur_v2_cashboxes.json') as unknown[], 'org-1', log);
  assert.equal(box.identity.fnSerial, '9999078900000002');
  assert.deepEqual(box.facts.lastDocumentAt, local('2019-10-25T00:00:00'));
  assert.deepEqual(box.ref, { organization: 'org-1', regNumber: '0000800000000005' });
  assert.equal(box.device.store, 'Четвертая точка продаж');

  const older = konturRegisters([{ regNumber: '1', fiscalDrive: { fiscalDriveNumber: '9999078900000009' } }], 'o', log);
  assert.equal(older[0].identity.fnSerial, '9999078900000009');
});

test('the end of paging: an empty period has paging {}, the last page repeats the cursor', () => {
  assert.deepEqual(page('ofd/kontur_v2_documents_by_period_empty_no_offset.json'), { documents: [], paging: {} });
  assert.equal(
    page('ofd/kontur_v2_documents_by_period_last_page.json').paging?.nextOffset,
    'T1NbygNby1CAWaPZI1NarQ%3D%3D'
  );
});

test('b05: the documentation example that is not JSON is rejected with a clear error', () => {
  const body = readBody(sampleText('bug-repro/b05_kontur_docs_example_invalid.json'));
  assert.equal(body.kind, 'malformed');
  const verdict = classifyResponse({ status: 200, headers: {}, body, retryAfterMs: null });
  assert.equal(verdict.ok, false);
  assert.match(verdict.ok ? '' : verdict.message, /^a body that is not valid JSON \("\{ "documents":\[/);
});

test('401002 means the session expired; other errors are refusals', () => {
  const answer = (status: number, path: string) => ({
    status,
    headers: {},
    body: readBody(sampleText(path)),
    retryAfterMs: null,
  });
  const expired = classifyKontur(answer(401, 'ofd/kontur_error_401_session_expired.json'));
  assert.equal(expired?.ok === false && expired.reason, 'session_expired');
  const period = classifyKontur(answer(400, 'ofd/kontur_error_400_period_invalid.json'));
  assert.equal(period?.ok === false && period.reason, 'api_error');
  assert.match(period?.ok === false ? period.message : '', /400002 urn:error:request-parameter:period:invalid/);
});
