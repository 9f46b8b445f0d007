import assert from 'node:assert/strict';
import { test } from 'node:test';

import { readBody } from '../../src/service/collectors/ofd/http/body';
import { type OfdResponse } from '../../src/service/collectors/ofd/http/types';
import { konturDocuments } from '../../src/service/collectors/ofd/kontur/normalise';
import { konturSid } from '../../src/service/collectors/ofd/kontur/shapes';
import { classifyPlatforma } from '../../src/service/collectors/ofd/platforma/classify';
import { taxcomShift, taxcomPage } from '../../src/service/collectors/ofd/taxcom/shapes';
import { instantOf, parseSourceTime } from '../../src/service/domain/dates';
import { rublesToKopecks } from '../../src/service/domain/document';
import { documentTypeFromName } from '../../src/service/domain/documentNames';
import { normaliseFiscalSign } from '../../src/service/domain/fiscalSign';
import { normaliseRegNumber } from '../../src/service/domain/identifiers';
import { matchesFnMinute } from '../../src/service/domain/time';
import { silentLogger } from '../../src/service/logger';
import { sampleJson, sampleText } from './helpers/samples';

const utc = (text: string) => Date.parse(text);
const moscow = (value: unknown) => instantOf(parseSourceTime(value, 'local'), 'Europe/Moscow');

test('Kontur: the Sid of authenticate-by-pass, and a state report with its backlog', () => {
  assert.equal(konturSid.parse(sampleJson('ofd/kontur_auth_by_pass_response.json')).Sid.length, 48);

  const [report] = konturDocuments(
    [sampleJson('ofd/kontur_v2_current_state_report.json') as Record<string, unknown>],
    silentLogger()
  );
  assert.equal(report.type, 'current_state_report');
  assert.equal(report.number, 67);
  assert.deepEqual(report.unsent, { count: 2, oldest: { zone: 'local', ms: utc('2018-10-30T08:23:00Z') } });
});

test('Platforma: the 503-01 sample asks for a retry after Retry-After', () => {
  const response: OfdResponse = {
    status: 503,
    headers: { 'retry-after': '120' },
    body: readBody(sampleText('ofd/platformaofd_503_01_in_processing.json')),
    retryAfterMs: 120_000,
  };
  const verdict = classifyPlatforma(response);
  assert.deepEqual(
    verdict?.ok === false && [verdict.reason, verdict.retry, verdict.retryAfterMs, verdict.operatorCode],
    ['not_ready', true, 120_000, '503-01']
  );
});

test('Platforma receipts and Z-reports: dotted and Y-m-d dates, signs past 2^31', () => {
  const receipts = (
    sampleJson('ofd/platformaofd_v1_client_receipts.json') as { receipts: Array<Record<string, unknown>> }
  ).receipts;
  assert.equal(moscow(receipts[1].receiptDate), utc('2018-04-01T14:40:00Z'));
  assert.equal(normaliseFiscalSign(receipts[1].fiscalSign), '3712568730');

  const zReports = (
    sampleJson('ofd/platformaofd_v1_client_z_reports.json') as Record<string, Array<Record<string, unknown>>>
  )['z-reports'];
  assert.equal(moscow(zReports[0].shiftOpenDate), utc('2018-06-23T07:39:00Z'));
  assert.equal(moscow(zReports[0].shiftCloseDate), utc('2018-06-23T15:56:00Z'));
});

test('Taxcom shifts: open and close times in UTC', () => {
  const shifts = (taxcomPage.parse(sampleJson('ofd/taxcom_v2_shiftlist.json')).records ?? []).map((r) =>
    taxcomShift.parse(r)
  );
  assert.equal(shifts.length, 4);
  assert.equal(parseSourceTime(shifts[0].openDateTime, 'utc')?.ms, utc('2020-01-06T10:28:00Z'));
  assert.equal(parseSourceTime(shifts[3].closeDateTime, 'utc')?.ms, utc('2020-01-11T17:54:00Z'));
});

test('B15: a receipt in mixed formats: a naive time, {"$date": ms}, the same RNM padded and trimmed', () => {
  const body = sampleJson('ofd/proverkacheka_receipt_mixed_formats.json') as {
    data: { json: { dateTime: string; kktRegId: string; metadata: { kktRegId: string; receiveDate: unknown } } };
  };
  const receipt = body.data.json;
  assert.equal(moscow(receipt.dateTime), utc('2020-08-02T13:12:00Z'));
  assert.deepEqual(parseSourceTime(receipt.metadata.receiveDate, 'local'), { zone: 'utc', ms: 1596373969620 });
  assert.equal(normaliseRegNumber(receipt.kktRegId), normaliseRegNumber(receipt.metadata.kktRegId));
  assert.equal(normaliseRegNumber(receipt.kktRegId), '0001234567001478');
});

test('Yandex.OFD (closed, kept for shape): type names, dates and ruble floats', () => {
  const docs = (sampleJson('ofd/yandex_v1_docs_aggregations_receipts.json') as { data: Array<Record<string, unknown>> })
    .data;
  assert.deepEqual(
    docs.map((d) => documentTypeFromName(d.code_name)),
    ['receipt', 'shift_open', 'shift_close', 'registration_change']
  );
  assert.equal(rublesToKopecks(docs[0].totalSum), 7000);
  assert.equal(moscow(docs[1].real_date), utc('2018-07-06T13:13:48Z'));

  const shifts = (sampleJson('ofd/yandex_v1_docs_aggregations_shifts.json') as { data: Array<Record<string, unknown>> })
    .data;
  assert.equal(moscow(shifts[0].open), utc('2018-06-15T11:02:00Z'));
  const [cashbox] = sampleJson('ofd/yandex_v1_cashboxes.json') as Array<Record<string, unknown>>;
  assert.equal(normaliseRegNumber(cashbox.rn), null, 'a register without an RNM has none, not ""');
  const error = readBody(sampleText('ofd/yandex_v1_error_cashbox_not_found.json'));
  assert.equal(error.kind, 'json');
});

test('b07: the FN stamps minutes; a log line at 15:39:32.416 is that document, 15:40 is not', () => {
  const rows = sampleText('bug-repro/b07_minute_precision.tsv').trim().split('\n').slice(1, 3);
  const [logTime, fnTime] = rows.map((line) => line.split('\t')[1]);
  const logLine = parseSourceTime(logTime, 'local');
  const fn = parseSourceTime(fnTime, 'local');

  assert.deepEqual(fn, { zone: 'local', ms: utc('2021-09-02T15:39:00Z') });
  assert.ok(logLine && fn);
  assert.ok(matchesFnMinute(logLine.ms, fn.ms));
  assert.ok(!matchesFnMinute(logLine.ms + 60_000, fn.ms));
});
