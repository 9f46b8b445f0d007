import { z } from 'zod';

import { bool, duration, int } from '../config/fields';

export const clusteringSchema = z.strictObject({
  enabled: bool().default(true),
  maxTemplates: int(100, 1_000_000)
    .default(5000)
    .describe('template table cap; rare old templates are evicted beyond it'),
  mergeInterval: duration(1000).prefault('1m').describe('how often similar templates are merged into clusters'),
  noveltyWindow: duration(60_000).prefault('1d').describe('a cluster first seen within this window is new'),
});

export type ClusteringConfig = z.output<typeof clusteringSchema>;
