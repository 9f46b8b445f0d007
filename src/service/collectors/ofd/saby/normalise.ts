import { type SourceTime, parseWallClockSeconds } from '../../../domain/dates';
import { documentTypeFromName } from '../../../domain/documentNames';
import { normaliseFiscalSign } from '../../../domain/fiscalSign';
import { normaliseFnSerial, normaliseRegNumber, normaliseSerial } from '../../../domain/identifiers';
import { type Logger } from '../../../logger';
import { type RegistrationStatus } from '../../../state/deviceState';
import { type CollectedDocument, type RegisterReport } from '../contract';
import { eachValid, kopecksOf, localTime } from '../normalise';
import { type SabyKkt, sabyDocument, sabyStorage } from './shapes';

const STATUS: Record<number, { status: RegistrationStatus; text: string }> = {
  0: { status: 'problem', text: 'not registered' },
  1: { status: 'pending', text: 'registering' },
  2: { status: 'registered', text: 'activated' },
  3: { status: 'deregistered', text: 'deregistered' },
  4: { status: 'pending', text: 'awaiting activation' },
};

export interface SabyStorage {
  fn: string;
  from: SourceTime | null;
  to: SourceTime | null;
}

export interface SabyRef {
  regNumber: string;
  storages: SabyStorage[];
}

/** A date Saby may write as text or as Unix seconds of the wall clock. */
function sabyTime(value: unknown): SourceTime | null {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value.trim()))
    ? parseWallClockSeconds(value)
    : localTime(value);
}

export function sabyStorages(records: readonly unknown[], log: Logger): SabyStorage[] {
  return eachValid(records, sabyStorage, log, 'Saby storages').flatMap((s) => {
    const fn = normaliseFnSerial(s.fsNumber ?? s.fiscalDriveNumber ?? s.storageNumber);
    return fn ? [{ fn, from: sabyTime(s.effectiveFrom), to: sabyTime(s.effectiveTo) }] : [];
  });
}

/** The register with its drives; the one without an end date is the drive in use. */
export function sabyRegister(kkt: SabyKkt, storages: SabyStorage[]): RegisterReport<SabyRef> | null {
  const regNumber = normaliseRegNumber(kkt.regId);
  if (regNumber === null) {
    return null;
  }

  const state = kkt.status === null || kkt.status === undefined ? undefined : STATUS[kkt.status];
  const current = storages.find((s) => s.to === null) ?? null;
  return {
    identity: { regNumber, serial: normaliseSerial(kkt.factoryId), fnSerial: current?.fn ?? null },
    device: { model: kkt.model, store: kkt.address },
    facts: state ? { registrationStatus: state.status, registrationDetail: state.text } : {},
    ref: { regNumber, storages },
  };
}

/** Documents keyed by type, as Kontur's; the FN is the storage they were asked for. */
export function sabyDocuments(elements: readonly unknown[], fn: string, log: Logger): CollectedDocument[] {
  const documents: CollectedDocument[] = [];
  for (const element of elements) {
    const doc = typeof element === 'object' && element !== null ? toDocument(Object.entries(element)[0], fn) : null;
    if (doc) {
      documents.push(doc);
    }
  }
  if (documents.length < elements.length) {
    log.warn({ skipped: elements.length - documents.length }, 'Saby documents skipped: not in the expected shape');
  }
  return documents;
}

function toDocument(entry: [string, unknown] | undefined, fnSerial: string): CollectedDocument | null {
  const parsed = entry ? sabyDocument.safeParse(entry[1]) : null;
  const time = parsed?.success ? parseWallClockSeconds(parsed.data.dateTime) : null;
  if (!entry || !parsed?.success || time === null) {
    return null;
  }
  const doc = parsed.data;
  const unsent = doc.notTransmittedDocumentsQuantity;
  return {
    fnSerial,
    number: doc.fiscalDocumentNumber,
    type: documentTypeFromName(entry[0]),
    time,
    receivedAt: null,
    shiftNumber: doc.shiftNumber ?? null,
    totalKopecks: kopecksOf(doc.totalSum),
    fiscalSign: normaliseFiscalSign(doc.fiscalSign),
    ...(unsent === null || unsent === undefined
      ? {}
      : { unsent: { count: unsent, oldest: sabyTime(doc.notTransmittedDocumentsDateTime) } }),
  };
}
