import { z } from 'zod';

const text = z.string().nullish();

/** A cloud register in ATOL Online's monitoring API; unsentDocs and firstUnsetDocTimestamp are left out when nothing is unsent. */
export const atolRegister = z.object({
  serialNumber: z.string(),
  registrationNumber: text,
  deviceNumber: text,
  fiscalStorageExpiration: text,
  fiscalStoragePercentageUse: z.number().nullish(),
  fiscalStorageINN: text,
  fiscalStorageSerialNumber: text,
  groupCode: text,
  timestamp: text,
  isShiftOpened: z.boolean().nullish(),
  shiftNumber: z.number().int().nullish(),
  unsentDocs: z.unknown().optional(),
  firstUnsetDocTimestamp: z.unknown().optional(),
  networkErrorCode: z.number().int().nullish(),
});

export type AtolRegister = z.output<typeof atolRegister>;

/** The list is an array; a single register comes wrapped in "data". */
export const atolRegisterList = z.union([z.array(z.unknown()), z.object({ data: z.array(z.unknown()) })]);

export const atolToken = z.object({ token: z.string().min(1) });
