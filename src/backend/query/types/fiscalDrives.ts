import { fetchRows } from '../../client/pages';
import { type DeviceRow, deviceSchema } from '../../client/schemas';
import { type Column, ms, tableFrame } from '../../frames/frame';
import { DEFAULT_LIMIT, daysUntil, fleetParams, listMeta } from '../common';
import { type QueryHandler } from '../context';

function columns(at: number): Array<Column<DeviceRow>> {
  const expiresAt = (d: DeviceRow) => ms(d.fiscalDrive.expiresAt);
  return [
    { name: 'device', type: 'string', nullable: false, value: (d) => d.id },
    { name: 'store', type: 'string', value: (d) => d.store },
    { name: 'fnSerial', type: 'string', value: (d) => d.fiscalDrive.serial },
    { name: 'expiresAt', type: 'time', value: expiresAt },
    { name: 'expirySource', type: 'string', value: (d) => d.fiscalDrive.expirySource },
    {
      name: 'daysToExpiry',
      type: 'number',
      config: { unit: 'd' },
      value: (d) => nullOr(expiresAt(d), (t) => daysUntil(t, at)),
    },
    {
      name: 'memoryUsedRatio',
      type: 'number',
      config: { unit: 'percentunit' },
      value: (d) => d.fiscalDrive.memoryUsedRatio,
    },
    { name: 'phase', type: 'string', value: (d) => d.fiscalDrive.phase },
    { name: 'blocked', type: 'boolean', value: (d) => d.fiscalDrive.blocked },
  ];
}

/** fiscalDrives: the FN of each register, its expiry (days counted at the end of the range) and memory use. */
export const fiscalDrivesQuery: QueryHandler = async (ctx) => {
  const params = fleetParams(ctx.query);
  const rows = await fetchRows(ctx.client, 'devices', params, deviceSchema, ctx.query.limit ?? DEFAULT_LIMIT);

  const frame = tableFrame('fiscal drives', ctx.refId, columns(ctx.to), rows.items);
  frame.meta = { ...listMeta('devices', params, rows, 'registers'), preferredVisualisationType: 'table' };
  return [frame];
};

function nullOr<T>(value: number | null, map: (v: number) => T): T | null {
  return value === null ? null : map(value);
}
