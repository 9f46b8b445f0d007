import { z } from 'zod';

/**
 * The request messages as the protocol decodes them, narrowed before use. Only the fields the backend
 * reads are checked; absent sub-messages decode as null.
 */
const bytes = z.instanceof(Uint8Array);

const dataSourceSettingsSchema = z.object({
  uid: z.string(),
  name: z.string(),
  url: z.string(),
  jsonData: bytes,
  decryptedSecureJsonData: z.record(z.string(), z.string()),
});

export const pluginContextSchema = z.object({
  orgId: z.number(),
  pluginId: z.string(),
  dataSourceInstanceSettings: dataSourceSettingsSchema.nullable(),
});

const dataQuerySchema = z.object({
  refId: z.string(),
  maxDataPoints: z.number(),
  intervalMS: z.number(),
  timeRange: z.object({ fromEpochMS: z.number(), toEpochMS: z.number() }).nullable(),
  json: bytes,
  queryType: z.string(),
});

export const queryDataRequestSchema = z.object({
  pluginContext: pluginContextSchema,
  headers: z.record(z.string(), z.string()),
  queries: z.array(dataQuerySchema),
});

export const checkHealthRequestSchema = z.object({ pluginContext: pluginContextSchema });

export const callResourceRequestSchema = z.object({
  pluginContext: pluginContextSchema,
  path: z.string(),
  method: z.string(),
  url: z.string(),
});

export type PluginContext = z.infer<typeof pluginContextSchema>;
export type DataQuery = z.infer<typeof dataQuerySchema>;
export type QueryDataRequest = z.infer<typeof queryDataRequestSchema>;
export type CallResourceRequest = z.infer<typeof callResourceRequestSchema>;

/** One query's answer: Arrow frames, or an error with its status and source. */
export interface DataResponse {
  frames: Uint8Array[];
  error: string;
  status: number;
  errorSource: string;
}

export interface CheckHealthResponse {
  status: 'OK' | 'ERROR';
  message: string;
  jsonDetails: Uint8Array;
}

export interface CallResourceResponse {
  code: number;
  headers: Record<string, { values: string[] }>;
  body: Uint8Array;
}
