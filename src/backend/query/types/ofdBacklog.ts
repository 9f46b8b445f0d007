import { fetchRows } from '../../client/pages';
import { type DeviceRow, deviceSchema } from '../../client/schemas';
import { type Column, ms, tableFrame } from '../../frames/frame';
import { ageSeconds, fleetParams, listMeta } from '../common';
import { type QueryHandler } from '../context';
import { MAX_DEVICES } from '../model';

function columns(at: number): Array<Column<DeviceRow>> {
  // Labels of the alert instances: never null, "" when unknown.
  return [
    { name: 'device', type: 'string', nullable: false, value: (d) => d.id },
    { name: 'store', type: 'string', nullable: false, value: (d) => d.store ?? '' },
    { name: 'operator', type: 'string', nullable: false, value: (d) => d.operator ?? '' },
    { name: 'oldestUnsentAgeSeconds', type: 'number', config: { unit: 's' }, value: (d) => backlogAge(d, at) },
  ];
}

/**
 * ofdBacklog: how long the oldest document unconfirmed by the OFD has waited, per register, measured at
 * the end of the range (the register blocks at 30 days). One number per register with string labels,
 * typed numeric-long, so Grafana alerting makes one alert instance per register. An empty backlog is 0;
 * an unknown one is null (no data). Every register is read, whatever the limit.
 * Known limit: the unsent count is left out, since a second number with the same labels would make
 * Grafana reject the rule for duplicate instances; the query model has no option to choose the number.
 */
export const ofdBacklogQuery: QueryHandler = async (ctx) => {
  const params = fleetParams(ctx.query);
  const rows = await fetchRows(ctx.client, 'devices', params, deviceSchema, MAX_DEVICES);

  const frame = tableFrame('ofd backlog', ctx.refId, columns(ctx.to), rows.items);
  frame.meta = { ...listMeta('devices', params, rows, 'registers'), type: 'numeric-long', typeVersion: [0, 1] };
  return [frame];
};

function backlogAge(device: DeviceRow, at: number): number | null {
  const oldest = ms(device.ofd.oldestUnsentAt);
  if (oldest !== null) {
    return ageSeconds(oldest, at);
  }
  return device.ofd.unsentCount === 0 ? 0 : null;
}
