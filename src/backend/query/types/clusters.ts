import { PAGE_SIZE } from '../../client/pages';
import { type ClusterRow, clusterListSchema } from '../../client/schemas';
import { type Column, ms, tableFrame } from '../../frames/frame';
import { DEFAULT_LIMIT, listMeta } from '../common';
import { type QueryHandler } from '../context';
import { deviceFilter } from '../scope';

const COLUMNS: Array<Column<ClusterRow>> = [
  { name: 'cluster', type: 'string', nullable: false, value: (c) => c.id },
  { name: 'template', type: 'string', nullable: false, value: (c) => c.template },
  { name: 'condition', type: 'string', value: (c) => c.condition },
  { name: 'severity', type: 'string', nullable: false, value: (c) => c.severity },
  { name: 'count', type: 'number', nullable: false, value: (c) => c.count },
  { name: 'deviceCount', type: 'number', nullable: false, value: (c) => c.deviceCount },
  { name: 'firstSeen', type: 'time', nullable: false, value: (c) => ms(c.firstSeen) },
  { name: 'lastSeen', type: 'time', nullable: false, value: (c) => ms(c.lastSeen) },
  { name: 'novel', type: 'boolean', nullable: false, value: (c) => c.novel },
];

/** clusters: the error clusters seen in the range, optionally only those new against the baseline. */
export const clustersQuery: QueryHandler = async (ctx) => {
  const device = await deviceFilter(ctx);
  const params = {
    device: device ?? undefined,
    severity: ctx.query.severity,
    novel: ctx.query.novelOnly ? true : undefined,
    from: ctx.from,
    to: ctx.to,
    limit: Math.min(ctx.query.limit ?? DEFAULT_LIMIT, PAGE_SIZE),
  };
  const rows = device === null ? { items: [], total: 0 } : await ctx.client.get('clusters', params, clusterListSchema);

  const frame = tableFrame('clusters', ctx.refId, COLUMNS, rows.items);
  frame.meta = { ...listMeta('clusters', params, rows, 'clusters'), preferredVisualisationType: 'table' };
  return [frame];
};
