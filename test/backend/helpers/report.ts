import { z } from 'zod';

/** The Go host's report (test/backend/host/plan.go), narrowed. */
export const reportSchema = z.object({
  startMs: z.number(),
  negotiatedVersion: z.number(),
  protocol: z.string(),
  network: z.string(),
  address: z.string(),
  ping: z.string(),
  healthService: z.string(),
  checkHealth: z.array(
    z.object({ name: z.string(), status: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()) })
  ),
  queryData: z.record(
    z.string(),
    z.object({
      frames: z.array(z.string()).nullable(),
      error: z.string(),
      status: z.number(),
      errorSource: z.string(),
    })
  ),
  resources: z.array(z.object({ name: z.string(), code: z.number(), contentType: z.string(), body: z.string() })),
  metrics: z.string(),
  stdout: z.string(),
  killMs: z.number(),
  exited: z.boolean(),
  logs: z.array(z.record(z.string(), z.unknown())),
});

export type HostReport = z.infer<typeof reportSchema>;

/** The frames of one query, decoded from the base64 Go's JSON encoder gives []byte. */
export function frameBytes(report: HostReport, refId: string): Uint8Array[] {
  return (report.queryData[refId]?.frames ?? []).map((b64) => new Uint8Array(Buffer.from(b64, 'base64')));
}
