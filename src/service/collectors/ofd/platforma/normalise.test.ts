import assert from 'node:assert/strict';
import { test } from 'node:test';

import { sampleJson, sampleText } from '../../../../../test/ofd/helpers/samples';
import { silentLogger } from '../../../logger';
import { readBody } from '../http/body';
import { classifyPlatforma } from './classify';
import { platformaDocumentsOf, platformaRegisters, platformaRegistration } from './normalise';
import { platformaKktList } from './shapes';

const log = silentLogger();
const utc = (text: string) => Date.parse(text);

test('the KKT tree is walked to any depth; a register listed twice counts once, with its newest FN', () => {
  const tree = platformaKktList.parse(sampleJson('ofd/platformaofd_v1_client_kkts.json'));
  const registers = platformaRegisters(tree.kktList.orgBranches ?? [], log);

  // Four entries in three levels share one RNM; the FN installed 2021-07-22 is the newest.
  assert.equal(registers.length, 1);
  const [kkt] = registers;
  assert.deepEqual(kkt.identity, {
    regNumber: '0000012345040002',
    serial: '00106700009876',
    fnSerial: '9999078900528513',
  });
  assert.deepEqual(kkt.facts.fnExpiresAt, { zone: 'local', ms: utc('2022-11-04T16:29:00Z') });
  assert.equal(kkt.facts.fnExpirySource, 'forecast');
  assert.equal(kkt.facts.fnMemoryUsedRatio, 0.56);
  assert.equal(kkt.facts.registrationStatus, 'registered');
  assert.deepEqual(kkt.facts.contractEndsAt, { zone: 'local', ms: utc('2023-01-12T00:00:00Z') });
  assert.equal(kkt.device.store, 'Главный узел');
});

test('kktCheckStatus bits and the FNS exchange status give the registration state', () => {
  assert.deepEqual(platformaRegistration(8, 2), { status: 'registered', detail: 'registered' });
  assert.equal(platformaRegistration(72, 2).status, 'problem', '8 + 64: registered, but sends to no OFD');
  assert.equal(platformaRegistration(136, 2).status, 'problem', '8 + 128: the FNS card names another OFD');
  assert.equal(platformaRegistration(4, 1).status, 'pending');
  assert.equal(platformaRegistration(24, 2).status, 'deregistered', '8 + 16');
  assert.equal(platformaRegistration(160, 2).status, 'deregistered', '32 + 128');
  assert.equal(platformaRegistration(8, 4).status, 'problem', 'exchange blocked');
  assert.match(platformaRegistration(8, 4).detail ?? '', /exchange blocked/);
  assert.deepEqual(platformaRegistration(0, null), { status: null, detail: null });
});

test('b25: CR/LF in names, a zero dateTime and dotted dates are normalised', () => {
  const body = sampleJson('bug-repro/b25_platformaofd_document_quirks.json') as { documents: unknown[] };
  const [doc] = platformaDocumentsOf(body.documents, log);

  assert.equal(doc.type, 'shift_open');
  assert.deepEqual(doc.time, { zone: 'local', ms: utc('2017-06-08T17:15:00Z') }, 'reqDocDate, not the zero dateTime');
  assert.deepEqual(doc.receivedAt, { zone: 'local', ms: utc('2017-06-08T17:16:00Z') });
  assert.equal(doc.fiscalSign, '1234567890');
  assert.equal(doc.fnSerial, '9999078900001111');
  assert.equal(doc.number, 1001);
});

test('the all-documents sample: types by code, totals in kopecks, late delivery kept', () => {
  const body = sampleJson('ofd/platformaofd_v1_client_all_documents.json') as { documents: unknown[] };
  const docs = platformaDocumentsOf(body.documents, log);

  assert.deepEqual(
    docs.map((d) => [d.number, d.type, d.totalKopecks]),
    [
      [999, 'receipt', 9900],
      [1001, 'shift_open', null],
      [1000, 'shift_close', null],
    ]
  );
  // The close-shift report of 6 June reached the OFD on 7 June.
  assert.deepEqual(docs[2].time, { zone: 'local', ms: utc('2017-06-06T15:12:00Z') });
  assert.deepEqual(docs[2].receivedAt, { zone: 'local', ms: utc('2017-06-07T15:13:31Z') });
});

test('one malformed document is skipped, the others kept', () => {
  const docs = platformaDocumentsOf(
    [
      { fiscalDocumentNumber: 'x', fnSn: '1' },
      { fiscalDocumentNumber: 5, fnSn: '9999078900000001', reqDocDate: '2024.01.02 03:04:00.000' },
    ],
    log
  );
  assert.equal(docs.length, 1);
  assert.equal(docs[0].number, 5);
});

test('b17: the three meanings of 503 are told apart', () => {
  const variants = sampleText('bug-repro/b17_platformaofd_503_variants.txt');
  const processing = variants.slice(
    variants.indexOf('{"exception"'),
    variants.indexOf('}', variants.indexOf('{"exception"')) + 1
  );
  const limit = sampleText('ofd/platformaofd_503_too_many_requests.json');
  const response = (text: string, retryAfterMs: number | null) => ({
    status: 503,
    headers: {},
    body: readBody(text),
    retryAfterMs,
  });

  assert.deepEqual(classifyPlatforma(response('', null)), {
    ok: false,
    reason: 'maintenance',
    retry: true,
    message: '503 with an empty body: Platforma is under maintenance',
    retryAfterMs: null,
  });
  const notReady = classifyPlatforma(response(processing, 30_000));
  assert.equal(notReady?.ok === false && notReady.reason, 'not_ready');
  assert.equal(notReady?.ok === false && notReady.retryAfterMs, 30_000);

  const limited = classifyPlatforma(response(limit, null));
  assert.equal(limited?.ok === false && limited.reason, 'rate_limited');
  assert.equal(limited?.ok === false && limited.retryAfterMs, 60_000, 'read from the body when no header');

  assert.equal(classifyPlatforma(response('{"other":1}', null)), null, 'left to the shared rules');
  const revoked = classifyPlatforma({ status: 401, headers: {}, body: readBody(''), retryAfterMs: null });
  assert.equal(revoked?.ok === false && revoked.reason, 'auth');
});
