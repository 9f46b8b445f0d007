import { z } from 'zod';

const text = z.string().nullish();
const when = z.union([z.string(), z.number()]).nullish();

export const sabySid = z.object({ sid: z.string().min(1) });

/** status: 0 not registered, 1 registering, 2 activated, 3 deregistered, 4 awaiting activation. */
export const sabyKkt = z.object({
  regId: z.string(),
  model: text,
  factoryId: text,
  address: text,
  status: z.number().int().nullish(),
});

export type SabyKkt = z.output<typeof sabyKkt>;

/**
 * One fiscal drive a register has used; the current one has no effectiveTo. Its serial's field name is
 * not shown in the sources we have, so the usual ones are accepted.
 */
export const sabyStorage = z.object({
  fsNumber: text,
  fiscalDriveNumber: text,
  storageNumber: text,
  model: text,
  status: z.number().int().nullish(),
  effectiveFrom: when,
  effectiveTo: when,
});

/** The fields of a Saby document a monitor needs: dateTime is Unix seconds of the register's wall clock. */
export const sabyDocument = z.object({
  dateTime: z.union([z.number(), z.string()]),
  fiscalDocumentNumber: z.number().int().nonnegative(),
  shiftNumber: z.number().int().nullish(),
  totalSum: z.number().nullish(),
  fiscalSign: z.union([z.number(), z.string()]).nullish(),
  notTransmittedDocumentsQuantity: z.number().int().nullish(),
  notTransmittedDocumentsDateTime: when,
});
