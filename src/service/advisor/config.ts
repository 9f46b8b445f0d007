import { z } from 'zod';

import { duration, httpUrl } from '../config/fields';
import { readWindowSetting, type WindowSetting } from './window';

/** A lookback or step, refused with the same sentences as advise's options. */
const windowSetting = (setting: WindowSetting) =>
  z
    .string()
    .describe('duration such as 500ms, 30s, 5m, 1h or 1d')
    .transform((text, ctx) => {
      const read = readWindowSetting(setting, text);
      if ('problem' in read) {
        ctx.addIssue({ code: 'custom', message: read.problem });
        return z.NEVER;
      }
      return read.ms;
    });

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
  lookback: windowSetting('lookback').prefault('30d'),
  step: windowSetting('step')
    .prefault('5m')
    .describe('resolution of the history, and the evaluation interval of the rules'),
  job: z.string().min(1).default('kkt-monitor').describe('scrape job of kkt-monitor in Prometheus, for its up series'),
  datasourceUid: z
    .string()
    .optional()
    .describe("uid of Grafana's Prometheus datasource, written into the Grafana rules"),
  cacheTtl: duration(60_000).prefault('1h').describe('how long /api/v1/advisor/suggestions reuses its last answer'),
});

export type AdvisorConfig = z.output<typeof advisorSchema>;
