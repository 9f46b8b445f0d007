import { type ServiceClient } from '../client/serviceClient';
import { type Frame } from '../frames/frame';
import { type Query } from './model';

/** Everything one query needs: the model, its range and points, and a client bound to its datasource. */
export interface QueryContext {
  refId: string;
  query: Query;
  /** UTC ms, inclusive. */
  from: number;
  /** UTC ms, exclusive; ages and days to expiry are measured here, which is now for dashboards and alerts. */
  to: number;
  maxDataPoints: number;
  intervalMs: number;
  client: ServiceClient;
}

export type QueryHandler = (ctx: QueryContext) => Promise<Frame[]>;
