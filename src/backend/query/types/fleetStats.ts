import { type FleetStatsRow, fleetStatsSchema } from '../../client/schemas';
import { type Column, tableFrame } from '../../frames/frame';
import { type QueryHandler } from '../context';

const count = (name: string, value: (s: FleetStatsRow) => number): Column<FleetStatsRow> => ({
  name,
  type: 'number',
  nullable: false,
  value,
});

const COLUMNS: Array<Column<FleetStatsRow>> = [
  count('devices', (s) => s.devices),
  count('up', (s) => s.up),
  count('down', (s) => s.down),
  count('unknown', (s) => s.unknown),
  count('backlogNearBlock', (s) => s.backlogNearBlock),
  count('fnExpiringSoon', (s) => s.fnExpiringSoon),
  count('shiftsOverLimit', (s) => s.shiftsOverLimit),
  count('errorsLast24hCritical', (s) => s.errorsLast24h.critical),
  count('errorsLast24hHigh', (s) => s.errorsLast24h.high),
  count('errorsLast24hWarning', (s) => s.errorsLast24h.warning),
  count('errorsLast24hInfo', (s) => s.errorsLast24h.info),
];

/** fleetStats: the fleet's counts now, as one row. */
export const fleetStatsQuery: QueryHandler = async (ctx) => {
  const stats = await ctx.client.get('fleet/stats', {}, fleetStatsSchema);

  const frame = tableFrame('fleet', ctx.refId, COLUMNS, [stats]);
  frame.meta = { executedQueryString: 'GET /api/v1/fleet/stats' };
  return [frame];
};
