import { type ServiceContext } from '../context';
import { type Collector } from './collector';
import { buildOfdCollectors } from './ofd';

/** Builds the collectors the configuration asks for, keeping only this replica's shard of them. */
export function buildCollectors(ctx: ServiceContext): Collector[] {
  return [...buildOfdCollectors(ctx)];
}
