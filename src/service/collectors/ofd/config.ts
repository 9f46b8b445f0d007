import { z } from 'zod';

import { duration, httpUrl, int } from '../../config/fields';
import { OFD_OPERATORS } from '../../domain/device';

/** One OFD account to poll. Credentials come from the environment through ${VAR}. */
export const ofdAccountSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9_-]+$/, { error: 'use lower-case letters, digits, "-" and "_"' }),
  operator: z.enum(OFD_OPERATORS),
  baseUrl: httpUrl().optional().describe("the operator's API address; defaults to its production address"),
  login: z.string().optional(),
  password: z.string().optional(),
  token: z.string().optional(),
  apiKey: z.string().optional(),
  integratorId: z.string().optional(),
  inn: z.string().optional(),
  interval: duration(1000).prefault('5m'),
  timeout: duration(100).prefault('30s'),
  maxConcurrency: int(1, 64).optional(),
  maxRequestsPerSecond: int(1, 1000).optional(),
});

export type OfdAccountConfig = z.output<typeof ofdAccountSchema>;
