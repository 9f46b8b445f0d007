import { type FiscalDocument } from '../../../src/service/domain/document';
import { type ErrorEvent } from '../../../src/service/domain/errorEvent';
import { type ServiceContext } from '../../../src/service/context';

const t = (iso: string) => Date.parse(iso);

/**
 * Three registers: kkt-001 working, its oldest unsent document from 2026-11-01, its FN good until 2030;
 * kkt-002 down, its FN expiring on 2026-12-10; kkt-003 unknown. The fleet counts they give hold for any
 * day from 2026-12-04 until 2030-01-30, when kkt-001's FN also comes within 30 days of expiry.
 */
export const INVENTORY = `
devices:
  - { id: kkt-001, regNumber: '0000000001012345', serial: '00106700000001', fnSerial: '7281440500000001', model: 'АТОЛ 30Ф', name: 'Касса 1', store: store-1, operator: ofdru }
  - { id: kkt-002, regNumber: '0000000002012345', serial: '00106700000002', model: 'Штрих-М', name: 'Касса 2', store: store-1, operator: taxcom }
  - { id: kkt-003, name: 'Касса 3', store: store-2 }
`;

/** The registers' state, error events and documents, through the service's live state and ingest. */
export function seed(ctx: ServiceContext): void {
  ctx.fleet.update('kkt-001', (s) => ({
    ...s,
    up: true,
    lastSeenAt: t('2026-11-30T10:00:00Z'),
    clockOffsetMs: 2500,
    fiscalDrive: {
      ...s.fiscalDrive,
      serial: '7281440500000001',
      expiresAt: t('2030-03-01T00:00:00Z'),
      expirySource: 'nominal',
      memoryUsedRatio: 0.25,
      phase: 'fiscal',
      blocked: false,
    },
    ofd: {
      ...s.ofd,
      unsentCount: 3,
      oldestUnsentAt: t('2026-11-01T00:00:00Z'),
      linkStatus: 'degraded',
      linkDetail: 'retrying',
    },
    shift: { open: true, number: 12, openedAt: t('2026-11-30T06:00:00Z') },
    registration: { ...s.registration, status: 'registered' },
  }));
  ctx.fleet.update('kkt-002', (s) => ({
    ...s,
    up: false,
    lastSeenAt: t('2026-11-29T18:30:00Z'),
    fiscalDrive: {
      ...s.fiscalDrive,
      serial: '7281440500000002',
      expiresAt: t('2026-12-10T00:00:00Z'),
      expirySource: 'forecast',
      memoryUsedRatio: 0.9,
      phase: 'fiscal',
      blocked: false,
    },
    ofd: { ...s.ofd, unsentCount: 0, linkStatus: 'ok' },
    shift: { open: false, number: 40, openedAt: null },
    registration: { ...s.registration, status: 'registered' },
  }));

  ctx.ingest.events(EVENTS);
  ctx.ingest.documents(
    DOCUMENTS.filter((d) => d.deviceId === 'kkt-001'),
    'acc-1',
    'kkt-001',
    'c1'
  );
  ctx.ingest.documents(
    DOCUMENTS.filter((d) => d.deviceId === 'kkt-002'),
    'acc-1',
    'kkt-002',
    'c1'
  );
}

let offset = 0;
function event(
  deviceId: string,
  time: string,
  fields: Pick<ErrorEvent, 'family' | 'code' | 'condition' | 'severity' | 'title' | 'message'>
): ErrorEvent {
  offset += 100;
  return {
    deviceId,
    time: t(time),
    timeSource: 'log',
    source: { kind: 'file', path: '/var/log/atol/fptr10.log', fileId: 'f1', offset },
    ...fields,
  };
}

/** Six events: one before the range of the test queries, the rest inside it. */
const EVENTS: ErrorEvent[] = [
  event('kkt-001', '2026-11-29T23:00:00Z', {
    family: 'fn',
    code: '0x16',
    condition: 'fn:0x16',
    severity: 'high',
    title: 'Shift over 24 hours',
    message: 'Ошибка ФН 0x16: продолжительность смены более 24 часов',
  }),
  event('kkt-001', '2026-11-30T01:15:00Z', {
    family: 'fn',
    code: '0x14',
    condition: 'fn:0x14',
    severity: 'critical',
    title: 'FN resource exhausted',
    message: 'Ошибка ФН 0x14: исчерпан ресурс ФН',
  }),
  event('kkt-001', '2026-11-30T01:45:00Z', {
    family: 'ofd',
    code: null,
    condition: 'ofd:timeout',
    severity: 'warning',
    title: 'OFD not answering',
    message: 'Нет связи с ОФД',
  }),
  event('kkt-002', '2026-11-30T02:10:00Z', {
    family: 'atol',
    code: '3822',
    condition: 'atol:3822',
    severity: 'critical',
    title: 'Shift over 24 hours',
    message: 'Смена превысила 24 часа',
  }),
  event('kkt-002', '2026-11-30T05:00:00Z', {
    family: 'driver',
    code: null,
    condition: 'driver:reconnect',
    severity: 'info',
    title: 'Driver reconnected',
    message: 'Reconnected to the register',
  }),
  event('kkt-002', '2026-11-30T23:59:59Z', {
    family: 'ofd',
    code: '2',
    condition: 'ofd:2',
    severity: 'high',
    title: 'OFD rejected a document',
    message: 'ОФД отклонил документ',
  }),
];

const DOCUMENTS: FiscalDocument[] = [
  {
    fnSerial: '7281440500000001',
    number: 101,
    deviceId: 'kkt-001',
    type: 'receipt',
    time: t('2026-11-30T09:00:00Z'),
    receivedAt: t('2026-11-30T09:00:30Z'),
    shiftNumber: 12,
    totalKopecks: 15050,
    fiscalSign: '3826145932',
  },
  {
    fnSerial: '7281440500000001',
    number: 102,
    deviceId: 'kkt-001',
    type: 'receipt',
    time: t('2026-11-30T09:05:00Z'),
    receivedAt: null,
    shiftNumber: 12,
    totalKopecks: 99,
    fiscalSign: '1234567890',
  },
  {
    fnSerial: '7281440500000002',
    number: 55,
    deviceId: 'kkt-002',
    type: 'shift_close',
    time: t('2026-11-29T21:00:00Z'),
    receivedAt: t('2026-11-29T21:01:00Z'),
    shiftNumber: 40,
    totalKopecks: null,
    fiscalSign: '2222222222',
  },
];
