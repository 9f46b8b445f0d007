import { z } from 'zod';

const text = z.string().nullish();

export const konturSid = z.object({ Sid: z.string().min(1) });

export const konturError = z.object({
  errorCodeId: text,
  errorCode: z.number().int().nullish(),
  moreInfo: text,
});

export const konturOrganization = z.object({ id: z.string(), inn: text, shortName: text });

/** The FN of a cashbox; spelt fiscalDriverNumber in the current docs and fiscalDriveNumber in older ones. */
const fiscalDrive = z.object({ fiscalDriverNumber: text, fiscalDriveNumber: text });

export const konturCashbox = z.object({
  regNumber: z.string(),
  serialNumber: text,
  name: text,
  modelName: text,
  salesPointName: text,
  lastDocumentTimestamp: text,
  fiscalDrive: fiscalDrive.nullish(),
});

export type KonturCashbox = z.output<typeof konturCashbox>;

/** The page: documents keyed by type, and the cursor; {} paging on an empty period. */
export const konturDocumentPage = z.object({
  documents: z.array(z.record(z.string(), z.unknown())).nullish(),
  paging: z.object({ nextOffset: text }).nullish(),
});

/** The fields of a document object a monitor needs; identifiers may be padded with spaces. */
export const konturDocument = z.object({
  dateTime: z.string(),
  fiscalDocumentNumber: z.number().int().nonnegative(),
  fiscalDriveNumber: z.string(),
  shiftNumber: z.number().int().nullish(),
  totalSum: z.number().nullish(),
  fiscalSign: z.union([z.number(), z.string()]).nullish(),
  notTransmittedDocumentsQuantity: z.number().int().nullish(),
  notTransmittedDocumentsDateTime: text,
  fiscalDriveReplaceRequiredSign: z.unknown().optional(),
  fiscalDriveExhaustionSign: z.unknown().optional(),
  fiscalDriveMemoryExceededSign: z.unknown().optional(),
  ofdResponseTimeoutSign: z.unknown().optional(),
});
