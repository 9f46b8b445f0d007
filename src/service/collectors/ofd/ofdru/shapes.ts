import { z } from 'zod';

const text = z.string().nullish();
const integer = z.number().int().nullish();

/** The envelope of every OFD.ru answer: Status "Success" with Data, or Errors such as "InnNotFound". */
export const ofdruEnvelope = z.object({
  Status: text,
  Data: z.unknown().optional(),
  Errors: z.array(z.string()).nullish(),
});

export const ofdruToken = z.object({ AuthToken: z.string().min(1), ExpirationDateUtc: text });

/** A register: naive times are its wall clock, except the fields named ...Utc. */
export const ofdruKkt = z.object({
  KktRegId: z.string(),
  KktName: text,
  SerialNumber: text,
  FnNumber: text,
  KktModel: text,
  Path: text,
  ContractEndDate: text,
  LastDocOnKktDateTime: text,
  LastDocOnOfdDateTimeUtc: text,
  FnEndDate: text,
});

export const ofdruReceipt = z.object({
  FnNumber: z.string(),
  DocNumber: z.number().int().nonnegative(),
  DocDateTime: z.string(),
  CDateUtc: text,
  DocShiftNumber: integer,
  IsBso: z.boolean().nullish(),
  IsCorrection: z.boolean().nullish(),
  TotalSumm: z.number().nullish(),
  DecimalFiscalSign: z.union([z.string(), z.number()]).nullish(),
});

/** A Z-report: the shift's opening and, once closed, its closing document. */
export const ofdruZReport = z.object({
  FnNumber: z.string(),
  ShiftNumber: z.number().int(),
  Open_DocNumber: z.number().int().nonnegative(),
  Open_DocDateTime: z.string(),
  Open_CDateUtc: text,
  Close_DocNumber: integer,
  Close_DocDateTime: text,
  Close_CDateUtc: text,
});

/** One raw document (receipt lookup). */
export const ofdruRawDocument = z.object({
  Tag: integer,
  DateTime: z.string(),
  Document_Number: z.number().int(),
  FN_FactoryNumber: z.string(),
  KKT_RegNumber: text,
  UserInn: text,
  Amount_Total: z.number().nullish(),
  DecimalFiscalSign: z.union([z.string(), z.number()]).nullish(),
  ShiftNumber: integer,
});
