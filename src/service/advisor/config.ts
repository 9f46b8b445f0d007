import { z } from 'zod';

import { duration, httpUrl } from '../config/fields';

export const advisorSchema = z.strictObject({
  prometheus: z
    .strictObject({
      url: httpUrl(),
      bearerToken: z.string().optional(),
      username: z.string().optional(),
      password: z.string().optional(),
    })
    .optional()
    .describe('where the advisor reads metric history'),
  lookback: duration(3_600_000).prefault('30d'),
  step: duration(15_000).prefault('5m'),
});

export type AdvisorConfig = z.output<typeof advisorSchema>;
