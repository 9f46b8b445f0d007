import { documentTypeFromCode } from '../../../domain/document';
import { normaliseFiscalSign } from '../../../domain/fiscalSign';
import { normaliseFnSerial, normaliseRegNumber, normaliseSerial } from '../../../domain/identifiers';
import { type Logger } from '../../../logger';
import { type CollectedDocument, type RegisterReport } from '../contract';
import { eachValid, kopecksOf, localTime, utcTime } from '../normalise';
import { ofdruKkt, ofdruRawDocument, ofdruReceipt, ofdruZReport } from './shapes';

export function ofdruRegisters(records: readonly unknown[], log: Logger): Array<RegisterReport<string>> {
  return eachValid(records, ofdruKkt, log, 'OFD.ru registers').flatMap((kkt) => {
    const regNumber = normaliseRegNumber(kkt.KktRegId);
    if (regNumber === null) {
      return [];
    }
    const fnEnd = localTime(kkt.FnEndDate);
    return [
      {
        identity: { regNumber, serial: normaliseSerial(kkt.SerialNumber), fnSerial: normaliseFnSerial(kkt.FnNumber) },
        device: { name: kkt.KktName, model: kkt.KktModel, store: kkt.Path },
        facts: {
          // B03: the first is the register's clock, the second UTC; their gap is the delivery delay.
          lastDocumentAt: localTime(kkt.LastDocOnKktDateTime),
          lastReceivedAt: utcTime(kkt.LastDocOnOfdDateTimeUtc),
          fnExpiresAt: fnEnd,
          fnExpirySource: fnEnd ? 'nominal' : null,
          contractEndsAt: localTime(kkt.ContractEndDate),
        },
        ref: regNumber,
      },
    ];
  });
}

export function ofdruReceipts(records: readonly unknown[], log: Logger): CollectedDocument[] {
  return eachValid(records, ofdruReceipt, log, 'OFD.ru receipts').flatMap((row) => {
    const time = localTime(row.DocDateTime);
    const fnSerial = normaliseFnSerial(row.FnNumber);
    if (time === null || fnSerial === null) {
      return [];
    }
    return [
      {
        fnSerial,
        number: row.DocNumber,
        type: documentTypeFromCode(receiptCode(row.IsBso, row.IsCorrection)),
        time,
        receivedAt: utcTime(row.CDateUtc),
        shiftNumber: row.DocShiftNumber ?? null,
        totalKopecks: kopecksOf(row.TotalSumm),
        fiscalSign: normaliseFiscalSign(row.DecimalFiscalSign),
      },
    ];
  });
}

/** Each Z-report is the shift's opening document and, when the shift is closed, its closing one. */
export function ofdruShiftDocuments(records: readonly unknown[], log: Logger): CollectedDocument[] {
  return eachValid(records, ofdruZReport, log, 'OFD.ru Z-reports').flatMap((z) => {
    const fnSerial = normaliseFnSerial(z.FnNumber);
    const opened = localTime(z.Open_DocDateTime);
    if (fnSerial === null || opened === null) {
      return [];
    }
    const base = { fnSerial, shiftNumber: z.ShiftNumber, totalKopecks: null, fiscalSign: null };
    const docs: CollectedDocument[] = [
      { ...base, number: z.Open_DocNumber, type: 'shift_open', time: opened, receivedAt: utcTime(z.Open_CDateUtc) },
    ];
    const closed = localTime(z.Close_DocDateTime);
    if (z.Close_DocNumber !== null && z.Close_DocNumber !== undefined && closed !== null) {
      docs.push({
        ...base,
        number: z.Close_DocNumber,
        type: 'shift_close',
        time: closed,
        receivedAt: utcTime(z.Close_CDateUtc),
      });
    }
    return docs;
  });
}

/** A raw document as the receipt lookup returns it; its INN may carry a trailing space. */
export function ofdruRawDocumentOf(value: unknown): CollectedDocument | null {
  const parsed = ofdruRawDocument.safeParse(value);
  if (!parsed.success) {
    return null;
  }
  const raw = parsed.data;
  const time = localTime(raw.DateTime);
  const fnSerial = normaliseFnSerial(raw.FN_FactoryNumber);
  if (time === null || fnSerial === null) {
    return null;
  }
  return {
    fnSerial,
    number: raw.Document_Number,
    type: documentTypeFromCode(raw.Tag),
    time,
    receivedAt: null,
    shiftNumber: raw.ShiftNumber ?? null,
    totalKopecks: kopecksOf(raw.Amount_Total),
    fiscalSign: normaliseFiscalSign(raw.DecimalFiscalSign),
  };
}

/** Form code of a receipt row: a receipt (3) or a BSO (4), and their corrections (31, 41). */
function receiptCode(bso: boolean | null | undefined, correction: boolean | null | undefined): number {
  const base = bso ? 4 : 3;
  return correction ? base * 10 + 1 : base;
}
