import { rublesToKopecks } from '../../../domain/document';
import { normaliseFiscalSign } from '../../../domain/fiscalSign';
import { type Logger } from '../../../logger';
import { type CollectedDocument } from '../contract';
import { eachValid, localTime } from '../normalise';
import { firstOfdDocument } from './shapes';

/** Receipts of one FN; rubles become kopecks without float drift (0.29 is 29, not 28.999...). */
export function firstOfdReceipts(records: readonly unknown[], fnSerial: string, log: Logger): CollectedDocument[] {
  return eachValid(records, firstOfdDocument, log, '1-OFD documents').flatMap((doc) => {
    const number = doc.ticket.fiscalDocumentNumber ?? doc.fiscalDocumentNumber;
    const time = localTime(doc.transactionDate);
    if (number === null || number === undefined || time === null) {
      return [];
    }
    return [
      {
        fnSerial,
        number,
        type: 'receipt' as const,
        time,
        receivedAt: null,
        shiftNumber: doc.ticket.shiftNumber ?? null,
        totalKopecks: rublesToKopecks(doc.ticket.totalSum),
        fiscalSign: normaliseFiscalSign(doc.fiscalSign),
      },
    ];
  });
}
