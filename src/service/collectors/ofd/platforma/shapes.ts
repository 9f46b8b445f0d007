import { z } from 'zod';

const text = z.string().nullish();
const integer = z.number().int().nullish();

/** One register in Platforma's KKT tree; keys are left out when Platforma has no value. */
export const platformaKkt = z.object({
  kktRegNumber: z.string(),
  kktNumber: text,
  kktFN: text,
  kktName: text,
  kktModel: text,
  retailAddress: text,
  kktCheckStatus: integer,
  kktStatus: integer,
  kktCurrentSubscriptionDateTill: text,
  kktFnInstallDate: text,
  kktFnDateTill: text,
  kktFnDateTillForecast: text,
  kktFnSpaceUsed: z.number().nullish(),
  lastFiscalDocumentIsoDateTime: text,
  lastFiscalDocumentRqDate: text,
});

export type PlatformaKkt = z.output<typeof platformaKkt>;

/** A branch holds registers and further branches, to any depth. */
export interface PlatformaBranch {
  branchName?: string | null;
  kkts?: unknown[] | null;
  branches?: PlatformaBranch[] | null;
}

const branch: z.ZodType<PlatformaBranch> = z.lazy(() =>
  z.object({
    branchName: text,
    kkts: z.array(z.unknown()).nullish(),
    branches: z.array(branch).nullish(),
  })
);

export const platformaKktList = z.object({
  kktList: z.object({
    orgInn: text,
    orgName: text,
    orgBranches: z.array(branch).nullish(),
  }),
});

/** One entry of all-documents; "dateTime" is a meaningless 0 on everything but receipts. */
export const platformaDocument = z.object({
  docTypeId: integer,
  docTypeName: text,
  fiscalDocumentNumber: z.number().int().nonnegative(),
  fnSn: z.string(),
  shiftNumber: integer,
  reqDocDate: text,
  rqDate: text,
  dateTime: z.unknown().optional(),
  docFp: z.union([z.string(), z.number()]).nullish(),
  totalSum: z.number().nullish(),
  notTransmittedDocumentsQuantity: integer,
  notTransmittedDocumentsDateTime: text,
});

export type PlatformaDocument = z.output<typeof platformaDocument>;

export const platformaDocuments = z.object({ documents: z.array(z.unknown()).nullish() });

/** The three 503 bodies: 503-01 still processing, and the rate limit. */
export const platforma503 = z.union([z.object({ exception: z.string() }), z.object({ error: z.string() })]);
