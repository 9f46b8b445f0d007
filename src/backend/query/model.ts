import { z } from 'zod';

import { type KktQuery, QUERY_TYPES } from '../../api/query';
import { badQuery } from '../errors';

/** Most rows any list query returns; the service pages at 1,000, so this is fifty pages. */
export const MAX_ROWS = 50_000;

/** Most registers the per-register queries read. */
export const MAX_DEVICES = 100_000;

const list = z.string().max(16_384).optional();

const querySchema = z.object({
  queryType: z.enum(QUERY_TYPES),
  format: z.enum(['table', 'series']).optional(),
  device: list,
  store: list,
  operator: list,
  severity: list,
  family: list,
  groupBy: z.enum(['device', 'severity', 'family']).optional(),
  novelOnly: z.boolean().optional(),
  limit: z.number().int().min(1).max(MAX_ROWS).optional(),
});

/** The query model of src/api/query.ts as Grafana sent it, without refId (which DataQuery carries). */
export type Query = Omit<KktQuery, 'refId' | 'hide'>;

/**
 * Reads DataQuery.json into the query model. The queryType of the DataQuery fills in when the JSON has
 * none; anything else missing or malformed is a 400 naming the field.
 */
export function narrowQuery(json: Uint8Array, queryType: string): Query {
  let raw: unknown;
  try {
    raw = json.length === 0 ? {} : JSON.parse(Buffer.from(json).toString('utf8'));
  } catch {
    throw badQuery('The query is not valid JSON');
  }

  const withType = isRecord(raw) && raw.queryType === undefined && queryType ? { ...raw, queryType } : raw;
  const parsed = querySchema.safeParse(withType);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'query';
    throw badQuery(`The query's ${field} is invalid: ${issue?.message ?? 'unknown problem'}`);
  }
  return parsed.data;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
