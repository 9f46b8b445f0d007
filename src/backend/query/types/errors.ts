import { fetchRows } from '../../client/pages';
import { type ErrorEventRow, errorEventSchema } from '../../client/schemas';
import { type Column, ms, tableFrame } from '../../frames/frame';
import { DEFAULT_LIMIT, listMeta } from '../common';
import { type QueryHandler } from '../context';
import { deviceFilter } from '../scope';

const COLUMNS: Array<Column<ErrorEventRow>> = [
  { name: 'time', type: 'time', nullable: false, value: (e) => ms(e.time) },
  { name: 'device', type: 'string', nullable: false, value: (e) => e.deviceId },
  { name: 'severity', type: 'string', nullable: false, value: (e) => e.severity },
  { name: 'family', type: 'string', nullable: false, value: (e) => e.family },
  { name: 'code', type: 'string', value: (e) => e.code },
  { name: 'condition', type: 'string', nullable: false, value: (e) => e.condition },
  { name: 'title', type: 'string', nullable: false, value: (e) => e.title },
  { name: 'message', type: 'string', nullable: false, value: (e) => e.message },
  { name: 'source', type: 'string', nullable: false, value: (e) => e.source },
];

/** errors as a table: the error events of the range, newest first. */
export const errorsQuery: QueryHandler = async (ctx) => {
  const device = await deviceFilter(ctx);
  const { severity, family } = ctx.query;
  const params = { device: device ?? undefined, severity, family, from: ctx.from, to: ctx.to };
  const rows =
    device === null
      ? { items: [], total: 0 }
      : await fetchRows(ctx.client, 'errors', params, errorEventSchema, ctx.query.limit ?? DEFAULT_LIMIT);

  const frame = tableFrame('errors', ctx.refId, COLUMNS, rows.items);
  frame.meta = { ...listMeta('errors', params, rows, 'error events'), preferredVisualisationType: 'table' };
  return [frame];
};
