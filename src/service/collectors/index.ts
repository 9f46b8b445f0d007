import { type ServiceContext } from '../context';
import { type Collector } from './collector';
import { createFileCollector } from './files';
import { buildOfdCollectors } from './ofd';

/** Builds the collectors the configuration asks for, keeping only this replica's shard of them. */
export function buildCollectors(ctx: ServiceContext): Collector[] {
  // File collectors follow only the files of registers this replica owns; see files/collector.ts.
  const files = ctx.config.collectors.files.map((config) => createFileCollector(config, ctx));
  return [...files, ...buildOfdCollectors(ctx)];
}
