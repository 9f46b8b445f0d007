import { fetchRows } from '../../client/pages';
import { type DocumentRow, documentSchema } from '../../client/schemas';
import { type Column, ms, tableFrame } from '../../frames/frame';
import { DEFAULT_LIMIT, listMeta } from '../common';
import { type QueryHandler } from '../context';
import { deviceFilter } from '../scope';

const COLUMNS: Array<Column<DocumentRow>> = [
  { name: 'time', type: 'time', nullable: false, value: (d) => ms(d.time) },
  { name: 'device', type: 'string', nullable: false, value: (d) => d.deviceId },
  { name: 'fnSerial', type: 'string', nullable: false, value: (d) => d.fnSerial },
  { name: 'number', type: 'number', nullable: false, value: (d) => d.number },
  { name: 'type', type: 'string', nullable: false, value: (d) => d.type },
  { name: 'receivedAt', type: 'time', value: (d) => ms(d.receivedAt) },
  { name: 'shiftNumber', type: 'number', value: (d) => d.shiftNumber },
  { name: 'total', type: 'number', config: { unit: 'currencyRUB', decimals: 2 }, value: (d) => rubles(d.totalKopecks) },
  { name: 'fiscalSign', type: 'string', value: (d) => d.fiscalSign },
];

/** documents: the fiscal documents of the range; totals in rubles. */
export const documentsQuery: QueryHandler = async (ctx) => {
  const device = await deviceFilter(ctx);
  const params = { device: device ?? undefined, from: ctx.from, to: ctx.to };
  const rows =
    device === null
      ? { items: [], total: 0 }
      : await fetchRows(ctx.client, 'documents', params, documentSchema, ctx.query.limit ?? DEFAULT_LIMIT);

  const frame = tableFrame('documents', ctx.refId, COLUMNS, rows.items);
  frame.meta = { ...listMeta('documents', params, rows, 'documents'), preferredVisualisationType: 'table' };
  return [frame];
};

function rubles(kopecks: number | null): number | null {
  return kopecks === null ? null : kopecks / 100;
}
