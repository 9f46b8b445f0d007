import { percentToRatio } from '../../../domain/fiscalDrive';
import { normaliseFnSerial, normaliseInn, normaliseRegNumber, normaliseSerial } from '../../../domain/identifiers';
import { type OfdLinkStatus } from '../../../state/deviceState';
import { type RegisterReport, type ReportedFacts } from '../contract';
import { utcTime, wholeNumber } from '../normalise';
import { type AtolRegister } from './shapes';

/** networkErrorCode: what the register's own link to its OFD is doing. */
const NETWORK_ERRORS: Record<number, { status: OfdLinkStatus; text: string }> = {
  0: { status: 'ok', text: 'no error' },
  1: { status: 'down', text: 'no physical channel' },
  2: { status: 'down', text: 'network settings wrong or no connection to the OFD server' },
  3: { status: 'degraded', text: 'connection broken while sending a document' },
  4: { status: 'degraded', text: 'bad session packet header' },
  5: { status: 'degraded', text: 'timed out waiting for the OFD receipt' },
  6: { status: 'degraded', text: 'connection broken while receiving the OFD receipt' },
  7: { status: 'degraded', text: 'timed out sending a document' },
  8: { status: 'down', text: 'OFD exchange not initialised' },
};

/** The link state and its detail from networkErrorCode; an unknown code is unknown. */
export function atolLink(code: number | null | undefined): Pick<ReportedFacts, 'linkStatus' | 'linkDetail'> {
  if (code === null || code === undefined) {
    return {};
  }
  const known = NETWORK_ERRORS[code];
  return known
    ? { linkStatus: known.status, linkDetail: code === 0 ? null : `networkErrorCode ${code}: ${known.text}` }
    : { linkStatus: null, linkDetail: `networkErrorCode ${code}` };
}

/**
 * The unsent backlog: ATOL Online leaves both fields out when nothing is unsent, so absence is 0 and
 * no date; a value it sent but that cannot be read is unknown.
 */
export function atolUnsent(register: AtolRegister): Pick<ReportedFacts, 'unsentCount' | 'oldestUnsentAt'> {
  if (register.unsentDocs === undefined || register.unsentDocs === null) {
    return { unsentCount: 0, oldestUnsentAt: null };
  }
  const count = wholeNumber(register.unsentDocs);
  return {
    unsentCount: count !== null && count >= 0 ? count : null,
    oldestUnsentAt: utcTime(register.firstUnsetDocTimestamp),
  };
}

export function atolReport(register: AtolRegister): RegisterReport<null> {
  const expiry = utcTime(register.fiscalStorageExpiration);
  return {
    identity: {
      regNumber: normaliseRegNumber(register.registrationNumber),
      serial: normaliseSerial(register.serialNumber),
      fnSerial: normaliseFnSerial(register.fiscalStorageSerialNumber),
    },
    device: { name: register.deviceNumber, store: register.groupCode, inn: normaliseInn(register.fiscalStorageINN) },
    facts: {
      ...atolUnsent(register),
      ...atolLink(register.networkErrorCode),
      fnExpiresAt: expiry,
      fnExpirySource: expiry ? 'nominal' : null,
      fnMemoryUsedRatio: percentToRatio(register.fiscalStoragePercentageUse),
      shiftOpen: register.isShiftOpened ?? null,
      shiftNumber: register.shiftNumber ?? null,
    },
    ref: null,
  };
}
