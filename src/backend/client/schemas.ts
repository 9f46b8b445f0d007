import { z } from 'zod';

/**
 * The service's answers as this backend reads them (src/api/types.ts): only the fields the frames use,
 * each checked; extra fields are ignored so a newer service with more fields still works.
 */
const iso = z.iso.datetime({ offset: true });
const count = z.number().int().nonnegative();
const severity = z.enum(['critical', 'high', 'warning', 'info']);

export const apiErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export const serviceInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  apiVersion: z.number(),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: count, limit: count, offset: count });
}

export const deviceSchema = z.object({
  id: z.string(),
  regNumber: z.string().nullable(),
  serial: z.string().nullable(),
  model: z.string().nullable(),
  name: z.string().nullable(),
  store: z.string().nullable(),
  operator: z.string().nullable(),
  up: z.boolean().nullable(),
  lastSeenAt: iso.nullable(),
  clockOffsetSeconds: z.number().nullable(),
  fiscalDrive: z.object({
    serial: z.string().nullable(),
    expiresAt: iso.nullable(),
    expirySource: z.string().nullable(),
    memoryUsedRatio: z.number().nullable(),
    phase: z.string().nullable(),
    blocked: z.boolean().nullable(),
  }),
  ofd: z.object({
    unsentCount: count.nullable(),
    oldestUnsentAt: iso.nullable(),
    linkStatus: z.string().nullable(),
  }),
  shift: z.object({ open: z.boolean().nullable() }),
  registration: z.object({ status: z.string().nullable() }),
  errors: z.record(severity, count),
});

export const errorEventSchema = z.object({
  time: iso,
  deviceId: z.string(),
  severity,
  family: z.string(),
  code: z.string().nullable(),
  condition: z.string(),
  title: z.string(),
  message: z.string(),
  source: z.string(),
});

export const documentSchema = z.object({
  time: iso,
  deviceId: z.string(),
  fnSerial: z.string(),
  number: z.number(),
  type: z.string(),
  receivedAt: iso.nullable(),
  shiftNumber: z.number().nullable(),
  totalKopecks: z.number().nullable(),
  fiscalSign: z.string().nullable(),
});

export const clusterSchema = z.object({
  id: z.string(),
  template: z.string(),
  condition: z.string().nullable(),
  severity,
  count,
  deviceCount: count,
  firstSeen: iso,
  lastSeen: iso,
  novel: z.boolean(),
});

/** /clusters answers a page like the other lists; a bare array is read the same way. */
export const clusterListSchema = z.union([
  pageSchema(clusterSchema),
  z.array(clusterSchema).transform((items) => ({ items, total: items.length, limit: items.length, offset: 0 })),
]);

export const fleetStatsSchema = z.object({
  devices: count,
  up: count,
  down: count,
  unknown: count,
  backlogNearBlock: count,
  fnExpiringSoon: count,
  shiftsOverLimit: count,
  errorsLast24h: z.record(severity, count),
});

export const countSeriesSchema = z.object({
  start: iso,
  stepSeconds: z.number().positive(),
  series: z.array(z.object({ labels: z.record(z.string(), z.string()), counts: z.array(z.number()) })),
});

export type DeviceRow = z.infer<typeof deviceSchema>;
export type ErrorEventRow = z.infer<typeof errorEventSchema>;
export type DocumentRow = z.infer<typeof documentSchema>;
export type ClusterRow = z.infer<typeof clusterSchema>;
export type FleetStatsRow = z.infer<typeof fleetStatsSchema>;
export type CountSeriesBody = z.infer<typeof countSeriesSchema>;
