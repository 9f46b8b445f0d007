import assert from 'node:assert/strict';
import { test } from 'node:test';

import { sampleJson } from '../../../../test/ofd/helpers/samples';
import { newDevice } from '../../domain/device';
import { DAY_MS, HOUR_MS } from '../../domain/time';
import { type DeviceState, initialState } from '../../state/deviceState';
import { type PollOutcome, applyPoll } from './apply';
import { type CollectedDocument, type ReportedFacts } from './contract';
import { DigestBuilder } from './digest';

const NOW = Date.parse('2024-03-14T10:00:30Z');
const utc = (text: string) => ({ zone: 'utc' as const, ms: Date.parse(text) });
const local = (text: string) => ({ zone: 'local' as const, ms: Date.parse(`${text}Z`) });

function poll(facts: ReportedFacts, extra: Partial<PollOutcome> = {}): PollOutcome {
  const identity = { regNumber: '0000000000000001', serial: null, fnSerial: '9999078900000001' };
  return {
    report: { identity, device: {}, facts, ref: null },
    digest: null,
    ok: true,
    timeZone: 'Europe/Moscow',
    ...extra,
  };
}

const fresh = (): DeviceState => initialState(newDevice('kkt-1'));

test('a backlog 29 days 23 hours old is reported as such, to the FN minute', () => {
  // 14 March 10:00:30 less 29 days is 14 February (2024 is a leap year), less 23 hours is 13 February 11:00:30.
  const drive = { fnExpiresAt: utc('2025-01-01T00:00:00Z'), fnMemoryUsedRatio: 0.2, fnWarningFlags: 0 };
  const backlog = { unsentCount: 412, oldestUnsentAt: utc('2024-02-13T11:00:42Z') };
  const state = applyPoll(fresh(), poll({ ...backlog, ...drive }), NOW);

  assert.equal(state.ofd.unsentCount, 412);
  assert.equal(state.ofd.oldestUnsentAt, Date.parse('2024-02-13T11:00:00Z'), 'the FN has no seconds');
  const age = NOW - (state.ofd.oldestUnsentAt ?? NOW);
  assert.equal(age, 29 * DAY_MS + 23 * HOUR_MS + 30_000);
  assert.ok(age < 30 * DAY_MS, 'not yet blocked');
  assert.equal(state.fiscalDrive.blocked, false);

  const hourLater = applyPoll(
    state,
    poll({ unsentCount: 415, oldestUnsentAt: utc('2024-02-13T11:00:42Z') }),
    NOW + HOUR_MS
  );
  assert.equal(hourLater.fiscalDrive.blocked, true, 'the 30-day rule blocks the FN');
});

test('an FN whose backlog the operator does not tell is neither blocked nor fine', () => {
  const state = applyPoll(fresh(), poll({ fnExpiresAt: utc('2025-01-01T00:00:00Z'), fnMemoryUsedRatio: 0.2 }), NOW);
  assert.equal(state.fiscalDrive.blocked, null);

  const expired = applyPoll(state, poll({ fnExpiresAt: utc('2024-03-01T00:00:00Z') }), NOW);
  assert.equal(expired.fiscalDrive.blocked, true, 'one known reason is enough');
});

test('what an operator does not tell stays as it was; what it calls unknown becomes null, never 0', () => {
  const known = applyPoll(fresh(), poll({ unsentCount: 3, oldestUnsentAt: utc('2024-03-14T08:00:00Z') }), NOW);

  const silent = applyPoll(known, poll({}), NOW);
  assert.equal(silent.ofd.unsentCount, 3);

  const unknown = applyPoll(known, poll({ unsentCount: null, oldestUnsentAt: null }), NOW);
  assert.equal(unknown.ofd.unsentCount, null);
  assert.equal(unknown.ofd.oldestUnsentAt, null);

  const none = applyPoll(known, poll({ unsentCount: 0 }), NOW);
  assert.equal(none.ofd.unsentCount, 0);
  assert.equal(none.ofd.oldestUnsentAt, null, 'nothing unsent has no oldest');
});

test('a close-shift report gives the backlog when no state is served (tags 1097/1098, Kontur sample)', () => {
  const sample = sampleJson('ofd/kontur_v2_close_shift.json') as { closeShift: Record<string, number | string> };
  const close = sample.closeShift;
  const doc: CollectedDocument = {
    fnSerial: String(close.fiscalDriveNumber),
    number: Number(close.fiscalDocumentNumber),
    type: 'shift_close',
    time: local(String(close.dateTime)),
    receivedAt: null,
    shiftNumber: Number(close.shiftNumber),
    totalKopecks: null,
    fiscalSign: String(close.fiscalSign),
    unsent: {
      count: Number(close.notTransmittedDocumentsQuantity),
      oldest: local(String(close.notTransmittedDocumentsDateTime)),
    },
    fnWarningFlags: 0x06,
  };
  const digest = new DigestBuilder('Europe/Moscow');
  digest.add(doc, 'kkt-1');

  const state = applyPoll(fresh(), poll({}, { digest: digest.result() }), NOW);

  // 1 document unsent since 09:00 Moscow (06:00 UTC) when the shift closed at 10:00 Moscow.
  assert.equal(state.ofd.unsentCount, 1);
  assert.equal(state.ofd.oldestUnsentAt, Date.parse('2018-10-30T06:00:00Z'));
  assert.equal(state.ofd.lastDocumentAt, Date.parse('2018-10-30T07:00:00Z'));
  assert.equal(state.shift.open, false);
  assert.equal(state.fiscalDrive.warningFlags, 0x06);
});

test('B03: the last document reached the OFD 70 s after it was formed: the link is fine', () => {
  const state = applyPoll(
    fresh(),
    poll({ lastDocumentAt: local('2017-02-12T10:12:00'), lastReceivedAt: utc('2017-02-12T07:13:10Z') }),
    NOW
  );
  assert.equal(state.ofd.lastDocumentAt, Date.parse('2017-02-12T07:12:00Z'));
  assert.equal(state.ofd.linkStatus, 'ok');

  const late = applyPoll(
    fresh(),
    poll({ lastDocumentAt: local('2017-02-12T10:12:00'), lastReceivedAt: utc('2017-02-12T09:42:00Z') }),
    NOW
  );
  assert.equal(late.ofd.linkStatus, 'degraded');
  assert.equal(late.ofd.linkDetail, 'the newest document reached the OFD 150 min after it was formed');
});

test('a document that reached the OFD more than a day after it was formed shows the link down', () => {
  const lost = applyPoll(
    fresh(),
    poll({ lastDocumentAt: local('2017-02-10T10:12:00'), lastReceivedAt: utc('2017-02-12T07:12:00Z') }),
    NOW
  );
  assert.equal(lost.ofd.linkStatus, 'down');
  assert.equal(lost.ofd.linkDetail, 'the newest document reached the OFD 48 h after it was formed');
});

test('a new FN serial forgets the old drive; the operator forecast is marked as such', () => {
  const old = applyPoll(
    fresh(),
    poll({ fnMemoryUsedRatio: 0.9, fnExpiresAt: local('2024-04-01T00:00:00'), fnExpirySource: 'forecast' }),
    NOW
  );
  assert.equal(old.fiscalDrive.expirySource, 'forecast');
  assert.equal(old.fiscalDrive.expiresAt, Date.parse('2024-03-31T21:00:00Z'));

  const replaced = poll({});
  replaced.report.identity.fnSerial = '9999078900000002';
  const next = applyPoll(old, replaced, NOW);
  assert.equal(next.fiscalDrive.serial, '9999078900000002');
  assert.equal(next.fiscalDrive.memoryUsedRatio, null);
  assert.equal(next.fiscalDrive.expiresAt, null);
});

test('contract status follows its end date; a shift keeps its opening time only while it is the same shift', () => {
  const contract = applyPoll(fresh(), poll({ contractEndsAt: utc('2024-03-24T00:00:00Z') }), NOW);
  assert.equal(contract.registration.contractStatus, 'expiring');
  assert.equal(
    applyPoll(fresh(), poll({ contractEndsAt: utc('2024-03-01T00:00:00Z') }), NOW).registration.contractStatus,
    'expired'
  );

  const opened = applyPoll(
    fresh(),
    poll({ shiftOpen: true, shiftNumber: 7, shiftOpenedAt: utc('2024-03-13T06:00:00Z') }),
    NOW
  );
  const same = applyPoll(opened, poll({ shiftOpen: true, shiftNumber: 7 }), NOW);
  assert.equal(same.shift.openedAt, Date.parse('2024-03-13T06:00:00Z'));
  const next = applyPoll(opened, poll({ shiftOpen: true, shiftNumber: 8 }), NOW);
  assert.equal(next.shift.openedAt, null, 'a new shift opened at a time nobody told');
  assert.equal(applyPoll(opened, poll({ shiftOpen: false }), NOW).shift.openedAt, null);
});

test('a failed poll marks the register down and keeps its last collection time', () => {
  const ok = applyPoll(fresh(), poll({}), NOW);
  const failed = applyPoll(ok, poll({}, { ok: false }), NOW + 60_000);
  assert.equal(failed.up, false);
  assert.equal(failed.lastCollectedAt, NOW);
});

/** A close-shift report of shift `shift` at `time` (Moscow wall clock), with `unsent` documents not sent. */
function closeShift(number: number, shift: number, time: string, unsent: number): CollectedDocument {
  return {
    fnSerial: '9999078900000001',
    number,
    type: 'shift_close',
    time: local(time),
    receivedAt: null,
    shiftNumber: shift,
    totalKopecks: null,
    fiscalSign: null,
    unsent: { count: unsent, oldest: local('2024-02-20T09:00:00') },
    fnWarningFlags: unsent > 100 ? 0x02 : 0,
  };
}

const digestOf = (...docs: CollectedDocument[]) => {
  const digest = new DigestBuilder('Europe/Moscow');
  docs.forEach((doc) => digest.add(doc, 'kkt-1'));
  return digest.result();
};

test('facts from an older document never replace those from a newer one, whatever order polls and pages come in', () => {
  const newer = closeShift(900, 30, '2024-03-13T22:00:00', 598);
  const older = closeShift(300, 10, '2024-02-22T22:00:00', 115);

  const known = applyPoll(fresh(), poll({}, { digest: digestOf(older, newer) }), NOW);
  assert.equal(known.ofd.unsentCount, 598);
  assert.deepEqual(applyPoll(fresh(), poll({}, { digest: digestOf(newer, older) }), NOW).ofd, known.ofd, 'page order');

  for (const ok of [false, true]) {
    const cut = applyPoll(known, poll({}, { digest: digestOf(older), ok }), NOW + HOUR_MS);
    assert.deepEqual([cut.ofd, cut.shift, cut.fiscalDrive.warningFlags], [known.ofd, known.shift, 0x02]);
  }

  const later = applyPoll(known, poll({}, { digest: digestOf(closeShift(901, 31, '2024-03-14T12:00:00', 3)) }), NOW);
  assert.equal(later.ofd.unsentCount, 3, 'a newer report still wins');
  assert.equal(later.shift.number, 31);
});

test("the operator's word stands over documents older than the poll that brought it", () => {
  const told = applyPoll(fresh(), poll({ unsentCount: 2, shiftOpen: true, shiftNumber: 40 }), NOW);
  const stale = applyPoll(told, poll({}, { digest: digestOf(closeShift(900, 39, '2024-03-14T12:00:00', 598)) }), NOW);
  assert.equal(stale.ofd.unsentCount, 2);
  assert.equal(stale.shift.number, 40);
});
