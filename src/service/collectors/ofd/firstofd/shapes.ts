import { z } from 'zod';

const money = z.union([z.number(), z.string()]).nullish();

/**
 * A document of 1-OFD's universal API: the receipt ("ticket") in FNS names with money in decimal
 * rubles. The FD number is read from the ticket, where FNS-style receipts carry it.
 */
export const firstOfdDocument = z.object({
  fiscalSign: z.union([z.string(), z.number()]).nullish(),
  transactionDate: z.string(),
  fiscalDocumentNumber: z.number().int().nonnegative().nullish(),
  ticket: z.object({
    fiscalDocumentNumber: z.number().int().nonnegative().nullish(),
    shiftNumber: z.number().int().nullish(),
    totalSum: money,
  }),
});

export const firstOfdDocuments = z.object({ documents: z.array(z.unknown()).nullish() });

export const firstOfdToken = z.object({ token: z.string().min(1) });
