import { z } from 'zod';

import { advisorSchema } from '../advisor/config';
import { clusteringSchema } from '../clustering/config';
import { filesCollectorSchema } from '../collectors/files/config';
import { ofdAccountSchema } from '../collectors/ofd/config';
import { OFD_OPERATORS } from '../domain/device';
import { apiKey, hostPort, int, timeZone } from './fields';

const deviceSchema = z.strictObject({
  id: z.string().min(1),
  regNumber: z.string().optional().describe('registration number (RNM), 16 digits'),
  serial: z.string().optional().describe('factory serial of the register'),
  fnSerial: z.string().optional(),
  model: z.string().optional(),
  name: z.string().optional(),
  store: z.string().optional(),
  operator: z.enum(OFD_OPERATORS).optional(),
  inn: z.string().optional(),
  timeZone: timeZone().optional(),
});

/** The configuration file, one definition for validation, types and the JSON Schema shipped for editors. */
export const configSchema = z
  .strictObject({
    server: z
      .strictObject({
        listen: hostPort().default('127.0.0.1:9877'),
        apiKeys: z
          .array(apiKey())
          .default([])
          .describe('when set, /api requires one of these keys; an empty entry (an unset ${VAR:-}) is left out'),
      })
      .prefault({}),
    storage: z
      .strictObject({
        path: z.string().min(1).default('./data/kkt-monitor.db'),
      })
      .prefault({}),
    logging: z
      .strictObject({
        level: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal']).default('info'),
      })
      .prefault({}),
    shard: z
      .strictObject({
        count: int(1, 1024).default(1),
        index: int(0, 1023).default(0),
      })
      .prefault({})
      .describe('this replica collects the OFD accounts and registers whose hash falls on its index'),
    defaults: z
      .strictObject({
        timeZone: timeZone().default('Europe/Moscow'),
      })
      .prefault({}),
    devices: z.array(deviceSchema).default([]),
    collectors: z
      .strictObject({
        files: z.array(filesCollectorSchema).default([]),
        ofd: z.array(ofdAccountSchema).default([]),
      })
      .prefault({}),
    clustering: clusteringSchema.prefault({}),
    advisor: advisorSchema.prefault({}),
  })
  .superRefine((config, ctx) => {
    if (config.shard.index >= config.shard.count) {
      ctx.addIssue({
        code: 'custom',
        path: ['shard', 'index'],
        message: `index ${config.shard.index} is outside 0..${config.shard.count - 1}`,
      });
    }
    uniqueNames(config.collectors.files, ['collectors', 'files'], ctx);
    uniqueNames(config.collectors.ofd, ['collectors', 'ofd'], ctx);
    uniqueNames(
      config.devices.map((d) => ({ name: d.id })),
      ['devices'],
      ctx,
      'id'
    );
  });

export type Config = z.output<typeof configSchema>;
export type DeviceConfig = z.output<typeof deviceSchema>;

function uniqueNames(items: Array<{ name: string }>, path: Array<string | number>, ctx: z.RefinementCtx, key = 'name') {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.name);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, key],
        message: `"${item.name}" is already used by ${path.join('.')}[${first}]`,
      });
    }
    seen.set(item.name, index);
  });
}
