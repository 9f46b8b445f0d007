import { type Rows } from '../client/pages';
import { type Params, searchOf } from '../client/serviceClient';
import { type FrameMeta } from '../frames/frame';
import { type Query } from './model';

/** Rows a list query returns when it sets no limit (the query editor's default too). */
export const DEFAULT_LIMIT = 1000;

const DAY_MS = 86_400_000;

/** The register filters every per-register endpoint takes. */
export function fleetParams(query: Query): Params {
  return { device: query.device, store: query.store, operator: query.operator };
}

/** Meta of a list frame: what was asked of the service and, when the list was cut, a notice saying so. */
export function listMeta(path: string, params: Params, rows: Rows<unknown>, noun: string): FrameMeta {
  const meta: FrameMeta = { executedQueryString: `GET /api/v1/${path}${searchOf(params)}` };
  if (rows.total > rows.items.length) {
    const text = `Showing ${rows.items.length} of ${rows.total} ${noun}: raise the query's limit or narrow its filters`;
    meta.notices = [{ severity: 'warning', text }];
  }
  return meta;
}

/** Whole seconds from a past instant to the reference time, never negative. */
export function ageSeconds(since: number, at: number): number {
  return Math.max(0, Math.floor((at - since) / 1000));
}

/** Days from the reference time to a future instant, to the hundredth; negative once past. */
export function daysUntil(instant: number, at: number): number {
  return Math.round(((instant - at) / DAY_MS) * 100) / 100;
}
