import { documentType } from '../../../domain/documentNames';
import { normaliseFiscalSign } from '../../../domain/fiscalSign';
import { percentToRatio } from '../../../domain/fiscalDrive';
import { normaliseFnSerial, normaliseRegNumber, normaliseSerial } from '../../../domain/identifiers';
import { type Logger } from '../../../logger';
import { type RegistrationStatus } from '../../../state/deviceState';
import { type CollectedDocument, type RegisterReport } from '../contract';
import { eachValid, kopecksOf, localTime } from '../normalise';
import {
  type PlatformaBranch,
  type PlatformaDocument,
  type PlatformaKkt,
  platformaDocument,
  platformaKkt,
} from './shapes';

/** Platforma's FNS check bits (kktCheckStatus); a value is a sum of them. */
const CHECK_BITS: Array<[number, string]> = [
  [2, 'RNM and FN pair unknown to the FNS'],
  [4, 'registration not completed'],
  [8, 'registered'],
  [16, 'deregistered by the owner'],
  [32, 'deregistered by the tax office'],
  [64, 'registered without transmission to an OFD'],
  [128, 'the FNS card names another OFD'],
];

const EXCHANGE: Record<number, string> = { 3: 'FNS exchange restricted', 4: 'FNS exchange blocked' };

/** Registration state from the FNS check bits and the FNS exchange status. */
export function platformaRegistration(check: number | null | undefined, exchange: number | null | undefined) {
  const bits = check ?? 0;
  const words = CHECK_BITS.filter(([bit]) => (bits & bit) !== 0).map(([, word]) => word);
  if (exchange && EXCHANGE[exchange]) {
    words.push(EXCHANGE[exchange]);
  }

  let status: RegistrationStatus | null = null;
  if (bits & (16 | 32)) {
    status = 'deregistered';
  } else if (bits & (2 | 64 | 128) || (exchange !== null && exchange !== undefined && exchange >= 3)) {
    status = 'problem';
  } else if (bits & 4 && !(bits & 8)) {
    status = 'pending';
  } else if (bits & 8) {
    status = 'registered';
  }
  return { status, detail: words.length > 0 ? words.join('; ') : null };
}

/** Every register of the tree (org -> branches -> kkts, and nested branches), one entry per RNM. */
export function platformaRegisters(branches: readonly PlatformaBranch[], log: Logger): Array<RegisterReport<string>> {
  const byRnm = new Map<string, { kkt: PlatformaKkt; branch: string | null }>();
  const stack = [...branches];
  for (let branch = stack.pop(); branch; branch = stack.pop()) {
    stack.push(...(branch.branches ?? []));
    for (const kkt of eachValid(branch.kkts ?? [], platformaKkt, log, 'Platforma registers')) {
      keepNewest(byRnm, kkt, branch.branchName ?? null);
    }
  }
  return [...byRnm.values()].map(({ kkt, branch }) => toReport(kkt, branch));
}

/** A register listed twice (re-registered with a new FN) counts once, with the newest FN. */
function keepNewest(
  byRnm: Map<string, { kkt: PlatformaKkt; branch: string | null }>,
  kkt: PlatformaKkt,
  branch: string | null
) {
  const rnm = normaliseRegNumber(kkt.kktRegNumber);
  if (rnm === null) {
    return;
  }
  const known = byRnm.get(rnm);
  const installed = (k: PlatformaKkt) => localTime(k.kktFnInstallDate)?.ms ?? 0;
  if (!known || installed(kkt) > installed(known.kkt)) {
    byRnm.set(rnm, { kkt, branch });
  }
}

function toReport(kkt: PlatformaKkt, branch: string | null): RegisterReport<string> {
  const regNumber = normaliseRegNumber(kkt.kktRegNumber) ?? '';
  const registration = platformaRegistration(kkt.kktCheckStatus, kkt.kktStatus);
  const forecast = localTime(kkt.kktFnDateTillForecast);
  const nominal = localTime(kkt.kktFnDateTill);

  return {
    identity: { regNumber, serial: normaliseSerial(kkt.kktNumber), fnSerial: normaliseFnSerial(kkt.kktFN) },
    device: { model: kkt.kktModel, name: kkt.kktName, store: branch ?? kkt.retailAddress },
    facts: {
      fnExpiresAt: forecast ?? nominal,
      fnExpirySource: forecast ? 'forecast' : nominal ? 'nominal' : null,
      fnMemoryUsedRatio: percentToRatio(kkt.kktFnSpaceUsed),
      registrationStatus: registration.status,
      registrationDetail: registration.detail,
      contractEndsAt: localTime(kkt.kktCurrentSubscriptionDateTill),
      ...lastDocumentFacts(kkt),
    },
    ref: regNumber,
  };
}

/** The KKT card endpoint adds the last document's times; the list usually leaves them out. */
function lastDocumentFacts(kkt: PlatformaKkt) {
  const onKkt = localTime(kkt.lastFiscalDocumentIsoDateTime);
  const onOfd = localTime(kkt.lastFiscalDocumentRqDate);
  return {
    ...(onKkt ? { lastDocumentAt: onKkt } : {}),
    ...(onOfd ? { lastReceivedAt: onOfd } : {}),
  };
}

/** all-documents entries as collected documents; entries without a usable document time are skipped. */
export function platformaDocumentsOf(records: readonly unknown[], log: Logger): CollectedDocument[] {
  const documents: CollectedDocument[] = [];
  for (const doc of eachValid(records, platformaDocument, log, 'Platforma documents')) {
    const collected = toDocument(doc);
    if (collected) {
      documents.push(collected);
    }
  }
  return documents;
}

function toDocument(doc: PlatformaDocument): CollectedDocument | null {
  const fnSerial = normaliseFnSerial(doc.fnSn);
  // reqDocDate is the FN's stamp; "dateTime" is a zero placeholder on everything but receipts.
  const time = localTime(doc.reqDocDate) ?? localTime(doc.dateTime);
  if (fnSerial === null || time === null) {
    return null;
  }

  const type = documentType(doc.docTypeId, doc.docTypeName);
  const hasUnsent = doc.notTransmittedDocumentsQuantity !== null && doc.notTransmittedDocumentsQuantity !== undefined;
  return {
    fnSerial,
    number: doc.fiscalDocumentNumber,
    type,
    time,
    receivedAt: localTime(doc.rqDate),
    shiftNumber: doc.shiftNumber ?? null,
    totalKopecks: kopecksOf(doc.totalSum),
    fiscalSign: normaliseFiscalSign(doc.docFp),
    ...(hasUnsent
      ? {
          unsent: {
            count: doc.notTransmittedDocumentsQuantity ?? null,
            oldest: localTime(doc.notTransmittedDocumentsDateTime),
          },
        }
      : {}),
  };
}
