import { fetchRows } from '../../client/pages';
import { type DeviceRow, deviceSchema } from '../../client/schemas';
import { type Column, ms, tableFrame } from '../../frames/frame';
import { DEFAULT_LIMIT, fleetParams, listMeta } from '../common';
import { type QueryHandler } from '../context';

const COLUMNS: Array<Column<DeviceRow>> = [
  { name: 'device', type: 'string', nullable: false, value: (d) => d.id },
  { name: 'name', type: 'string', value: (d) => d.name },
  { name: 'regNumber', type: 'string', value: (d) => d.regNumber },
  { name: 'serial', type: 'string', value: (d) => d.serial },
  { name: 'model', type: 'string', value: (d) => d.model },
  { name: 'store', type: 'string', value: (d) => d.store },
  { name: 'operator', type: 'string', value: (d) => d.operator },
  { name: 'up', type: 'boolean', value: (d) => d.up },
  { name: 'lastSeenAt', type: 'time', value: (d) => ms(d.lastSeenAt) },
  { name: 'clockOffsetSeconds', type: 'number', config: { unit: 's' }, value: (d) => d.clockOffsetSeconds },
  { name: 'ofdLinkStatus', type: 'string', value: (d) => d.ofd.linkStatus },
  { name: 'unsentCount', type: 'number', value: (d) => d.ofd.unsentCount },
  { name: 'oldestUnsentAt', type: 'time', value: (d) => ms(d.ofd.oldestUnsentAt) },
  { name: 'shiftOpen', type: 'boolean', value: (d) => d.shift.open },
  { name: 'registrationStatus', type: 'string', value: (d) => d.registration.status },
  { name: 'errorsCritical', type: 'number', nullable: false, value: (d) => d.errors.critical },
  { name: 'errorsHigh', type: 'number', nullable: false, value: (d) => d.errors.high },
  { name: 'errorsWarning', type: 'number', nullable: false, value: (d) => d.errors.warning },
  { name: 'errorsInfo', type: 'number', nullable: false, value: (d) => d.errors.info },
];

/** devices: one row per register, its identity and state. */
export const devicesQuery: QueryHandler = async (ctx) => {
  const params = fleetParams(ctx.query);
  const rows = await fetchRows(ctx.client, 'devices', params, deviceSchema, ctx.query.limit ?? DEFAULT_LIMIT);

  const frame = tableFrame('devices', ctx.refId, COLUMNS, rows.items);
  frame.meta = { ...listMeta('devices', params, rows, 'registers'), preferredVisualisationType: 'table' };
  return [frame];
};
