import { documentType } from '../../../domain/documentNames';
import { normaliseFiscalSign } from '../../../domain/fiscalSign';
import { normaliseFnSerial, normaliseRegNumber, normaliseSerial } from '../../../domain/identifiers';
import { type Logger } from '../../../logger';
import { type ContractStatus, type OfdLinkStatus, type RegistrationStatus } from '../../../state/deviceState';
import { type CollectedDocument, type RegisterReport } from '../contract';
import { eachValid, kopecksOf, utcTime } from '../normalise';
import { type TaxcomKkt, taxcomDocument, taxcomKkt } from './shapes';

/** cashdeskState: registration with the tax service and the paid service, in one word. */
const CASHDESK: Record<string, { status: RegistrationStatus; contract?: ContractStatus }> = {
  Active: { status: 'registered', contract: 'active' },
  Expires: { status: 'registered', contract: 'expiring' },
  Expired: { status: 'registered', contract: 'expired' },
  Inactive: { status: 'deregistered' },
  Activation: { status: 'pending' },
  Deactivation: { status: 'deregistered' },
  FNChange: { status: 'pending' },
  FNSRegistration: { status: 'pending' },
  FNSRegistrationError: { status: 'problem' },
};

const DOCUMENT_STATE: Record<string, OfdLinkStatus> = { OK: 'ok', Warning: 'degraded', Problem: 'down' };

/** Taxcom's reference to a register: its fiscal drive, which every document request names. */
export interface TaxcomRef {
  fn: string;
}

export function taxcomRegisters(records: readonly unknown[], outlet: string | null, log: Logger) {
  return eachValid(records, taxcomKkt, log, 'Taxcom registers').flatMap((kkt): Array<RegisterReport<TaxcomRef>> => {
    const fn = normaliseFnSerial(kkt.fnFactoryNumber);
    const regNumber = normaliseRegNumber(kkt.kktRegNumber);
    return fn && regNumber ? [toReport(kkt, regNumber, fn, outlet)] : [];
  });
}

function toReport(kkt: TaxcomKkt, regNumber: string, fn: string, outlet: string | null): RegisterReport<TaxcomRef> {
  const state = kkt.cashdeskState ? CASHDESK[kkt.cashdeskState] : undefined;
  const fnEnd = utcTime(kkt.fnEndDateTime);
  const link = kkt.lastDocumentState ? DOCUMENT_STATE[kkt.lastDocumentState] : undefined;
  const detail = [
    kkt.cashdeskState && `cashdeskState ${kkt.cashdeskState}`,
    kkt.problemIndicator && `problemIndicator ${kkt.problemIndicator}`,
  ];

  return {
    identity: { regNumber, serial: normaliseSerial(kkt.kktFactoryNumber), fnSerial: fn },
    device: { name: kkt.name, model: kkt.kktModelName, store: outlet },
    facts: {
      registrationStatus: state?.status ?? null,
      registrationDetail: detail.filter(Boolean).join('; ') || null,
      ...(state?.contract ? { contractStatus: state.contract } : {}),
      ...(kkt.cashdeskEndDateTime ? { contractEndsAt: utcTime(kkt.cashdeskEndDateTime) } : {}),
      ...(fnEnd ? { fnExpiresAt: fnEnd, fnExpirySource: 'nominal' as const } : {}),
      ...(kkt.lastDocumentDateTime ? { lastDocumentAt: utcTime(kkt.lastDocumentDateTime) } : {}),
      ...(link
        ? { linkStatus: link, linkDetail: link === 'ok' ? null : `lastDocumentState ${kkt.lastDocumentState}` }
        : {}),
    },
    ref: { fn },
  };
}

/** DocumentList rows; Taxcom writes every time in UTC, converted with the zone set in its cabinet. */
export function taxcomDocuments(records: readonly unknown[], log: Logger): CollectedDocument[] {
  return eachValid(records, taxcomDocument, log, 'Taxcom documents').flatMap((row) => {
    const fnSerial = normaliseFnSerial(row.fnFactoryNumber);
    const time = utcTime(row.dateTime);
    if (fnSerial === null || time === null) {
      return [];
    }
    return [
      {
        fnSerial,
        number: row.fdNumber,
        type: documentType(row.documentType),
        time,
        receivedAt: null,
        shiftNumber: row.shiftNumber ?? null,
        totalKopecks: kopecksOf(row.sum),
        fiscalSign: normaliseFiscalSign(row.fpd),
      },
    ];
  });
}
