import { z } from 'zod';

const text = z.string().nullish();

/** Every list comes in pages; "recordInResponceCount" is spelt so by the API. */
export const taxcomPage = z.object({
  counts: z.object({ recordCount: z.number().int(), recordFilteredCount: z.number().int().nullish() }).nullish(),
  records: z.array(z.unknown()).nullish(),
});

export const taxcomError = z.object({
  apiErrorCode: z.union([z.number(), z.string()]),
  commonDescription: text,
  details: text,
});

export const taxcomLogin = z.object({ sessionToken: z.string().min(1) });

export const taxcomOutlet = z.object({ id: z.string(), name: text, address: text });

/** A register of an outlet; the detailed fields appear when the cabinet has them. All times are UTC. */
export const taxcomKkt = z.object({
  name: text,
  kktRegNumber: z.string(),
  kktFactoryNumber: text,
  fnFactoryNumber: z.string(),
  cashdeskState: text,
  problemIndicator: text,
  cashdeskEndDateTime: text,
  fnEndDateTime: text,
  kktModelName: text,
  lastDocumentDateTime: text,
  lastDocumentState: text,
});

export type TaxcomKkt = z.output<typeof taxcomKkt>;

export const taxcomShift = z.object({
  fnFactoryNumber: text,
  shiftNumber: z.number().int(),
  openDateTime: text,
  closeDateTime: text,
});

export const taxcomDocument = z.object({
  fnFactoryNumber: z.string(),
  shiftNumber: z.number().int().nullish(),
  documentType: z.union([z.string(), z.number()]),
  dateTime: z.string(),
  fdNumber: z.number().int().nonnegative(),
  fpd: z.union([z.string(), z.number()]).nullish(),
  sum: z.number().nullish(),
});
