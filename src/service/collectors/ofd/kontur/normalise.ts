import { documentTypeFromName } from '../../../domain/documentNames';
import { normaliseFiscalSign } from '../../../domain/fiscalSign';
import { normaliseFnSerial, normaliseRegNumber, normaliseSerial } from '../../../domain/identifiers';
import { type Logger } from '../../../logger';
import { type CollectedDocument, type RegisterReport } from '../contract';
import { eachValid, fnFlagsFromSigns, kopecksOf, localTime } from '../normalise';
import { konturCashbox, konturDocument } from './shapes';

export interface KonturRef {
  organization: string;
  regNumber: string;
}

/** Cashboxes of one organisation. Kontur gives no FN expiry or backlog here: those come from documents. */
export function konturRegisters(records: readonly unknown[], organization: string, log: Logger) {
  return eachValid(records, konturCashbox, log, 'Kontur cashboxes').flatMap((box): Array<RegisterReport<KonturRef>> => {
    const regNumber = normaliseRegNumber(box.regNumber);
    if (regNumber === null) {
      return [];
    }
    const fn = box.fiscalDrive?.fiscalDriverNumber ?? box.fiscalDrive?.fiscalDriveNumber;
    return [
      {
        identity: { regNumber, serial: normaliseSerial(box.serialNumber), fnSerial: normaliseFnSerial(fn) },
        device: { name: box.name, model: box.modelName, store: box.salesPointName },
        facts: box.lastDocumentTimestamp ? { lastDocumentAt: localTime(box.lastDocumentTimestamp) } : {},
        ref: { organization, regNumber },
      },
    ];
  });
}

/** Each element names its type by its one key: {"closeShift": {...}}. */
export function konturDocuments(elements: ReadonlyArray<Record<string, unknown>>, log: Logger): CollectedDocument[] {
  const documents: CollectedDocument[] = [];
  let skipped = 0;
  for (const element of elements) {
    const [key, value] = Object.entries(element)[0] ?? [];
    const doc = key === undefined ? null : toDocument(key, value);
    if (doc) {
      documents.push(doc);
    } else {
      skipped++;
    }
  }
  if (skipped > 0) {
    log.warn({ skipped, kept: documents.length }, 'Kontur documents skipped: not in the shape the operator documents');
  }
  return documents;
}

function toDocument(key: string, value: unknown): CollectedDocument | null {
  const parsed = konturDocument.safeParse(value);
  const time = parsed.success ? localTime(parsed.data.dateTime) : null;
  const fnSerial = parsed.success ? normaliseFnSerial(parsed.data.fiscalDriveNumber) : null;
  if (!parsed.success || time === null || fnSerial === null) {
    return null;
  }

  const doc = parsed.data;
  const unsent = doc.notTransmittedDocumentsQuantity;
  return {
    fnSerial,
    number: doc.fiscalDocumentNumber,
    type: documentTypeFromName(key),
    time,
    receivedAt: null,
    shiftNumber: doc.shiftNumber ?? null,
    totalKopecks: kopecksOf(doc.totalSum),
    fiscalSign: normaliseFiscalSign(doc.fiscalSign),
    ...(unsent === null || unsent === undefined
      ? {}
      : { unsent: { count: unsent, oldest: localTime(doc.notTransmittedDocumentsDateTime) } }),
    fnWarningFlags: fnFlagsFromSigns({
      replace: doc.fiscalDriveReplaceRequiredSign,
      exhaustion: doc.fiscalDriveExhaustionSign,
      memory: doc.fiscalDriveMemoryExceededSign,
      ofdTimeout: doc.ofdResponseTimeoutSign,
    }),
  };
}
