import { type FastifyInstance } from 'fastify';

import { type DeviceView, type FleetStats, type Page } from '../../../api/types';
import { type ServiceContext } from '../../context';
import { OFD_OPERATORS } from '../../domain/device';
import { SEVERITIES, type Severity } from '../../domain/severity';
import { DAY_MS } from '../../domain/time';
import { SHIFT_LIMIT_MS } from '../../domain/shift';
import { KktError } from '../../errors';
import { type DeviceState } from '../../state/deviceState';
import { type FleetSnapshot } from '../../state/fleet';
import { boolean, list, paging, type Query, text, NO_PARAMETERS } from '../params';
import { deviceView } from '../views';

/** Query parameters each route accepts. */
/** Registers no OFD account reports on: fleet statistics group them under this name, and the filter takes it. */
const NO_OPERATOR = 'none';
const OPERATOR_FILTER = [...OFD_OPERATORS, NO_OPERATOR] as const;

const DEVICES_QUERY = ['device', 'store', 'operator', 'up', 'search', 'limit', 'offset'];

/** A backlog this old is five days from the 30-day block. */
const BACKLOG_NEAR_BLOCK_MS = 25 * DAY_MS;
const FN_EXPIRY_SOON_MS = 30 * DAY_MS;

export function deviceRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/api/v1/devices', { config: { query: DEVICES_QUERY } }, async (request): Promise<Page<DeviceView>> => {
    const query = request.query as Query;
    const { limit, offset } = paging(query);
    const matches = filterDevices(sortedById(ctx.fleet.snapshot()), query);
    return { items: matches.slice(offset, offset + limit).map(deviceView), total: matches.length, limit, offset };
  });

  app.get('/api/v1/devices/:id', { config: { query: NO_PARAMETERS } }, async (request): Promise<DeviceView> => {
    const { id } = request.params as { id: string };
    const state = ctx.fleet.get(id) ?? ctx.fleet.get(ctx.fleet.resolve({ regNumber: id, serial: id }) ?? '');
    if (!state) {
      throw new KktError('NOT_FOUND', `no register with id, registration number or serial "${id}"`);
    }
    return deviceView(state);
  });

  app.get('/api/v1/fleet/stats', { config: { query: NO_PARAMETERS } }, async (): Promise<FleetStats> =>
    fleetStats(ctx)
  );
}

const sorted = new WeakMap<FleetSnapshot, readonly DeviceState[]>();

/** The snapshot's registers by id, sorted once per snapshot rather than once per page. */
function sortedById(snapshot: FleetSnapshot): readonly DeviceState[] {
  let devices = sorted.get(snapshot);
  if (!devices) {
    devices = [...snapshot.devices].sort((a, b) =>
      a.device.id < b.device.id ? -1 : a.device.id > b.device.id ? 1 : 0
    );
    sorted.set(snapshot, devices);
  }
  return devices;
}

function filterDevices(devices: readonly DeviceState[], query: Query): DeviceState[] {
  const ids = list(query, 'device');
  const stores = list(query, 'store');
  const operators = list(query, 'operator', OPERATOR_FILTER);
  const up = boolean(query, 'up');
  const search = text(query, 'search')?.toLowerCase();

  return devices.filter(({ device, up: isUp }) => {
    if (ids && !ids.includes(device.id)) {
      return false;
    }
    if (stores && !stores.includes(device.store ?? '')) {
      return false;
    }
    if (operators && !operators.includes(device.operator ?? NO_OPERATOR)) {
      return false;
    }
    if (up !== undefined && isUp !== up) {
      return false;
    }
    const haystack = [device.id, device.name, device.regNumber, device.serial, device.store].join(' ').toLowerCase();
    return !search || haystack.includes(search);
  });
}

function fleetStats(ctx: ServiceContext): FleetStats {
  const now = Date.now();
  const { devices } = ctx.fleet.snapshot();
  const stats: FleetStats = {
    devices: devices.length,
    up: 0,
    down: 0,
    unknown: 0,
    backlogNearBlock: 0,
    fnExpiringSoon: 0,
    shiftsOverLimit: 0,
    errorsLast24h: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>,
    byOperator: [],
  };

  const operators = new Map<string, number>();
  for (const { device, up, ofd, fiscalDrive, shift } of devices) {
    stats[up === null ? 'unknown' : up ? 'up' : 'down'] += 1;
    if (ofd.oldestUnsentAt !== null && now - ofd.oldestUnsentAt >= BACKLOG_NEAR_BLOCK_MS) {
      stats.backlogNearBlock += 1;
    }
    if (fiscalDrive.expiresAt !== null && fiscalDrive.expiresAt - now <= FN_EXPIRY_SOON_MS) {
      stats.fnExpiringSoon += 1;
    }
    if (shift.open && shift.openedAt !== null && now - shift.openedAt >= SHIFT_LIMIT_MS) {
      stats.shiftsOverLimit += 1;
    }
    const operator = device.operator ?? NO_OPERATOR;
    operators.set(operator, (operators.get(operator) ?? 0) + 1);
  }
  stats.byOperator = [...operators].map(([operator, count]) => ({ operator, devices: count }));

  stats.errorsLast24h = { ...stats.errorsLast24h, ...ctx.store.events.severitiesSince(now - DAY_MS) };
  return stats;
}
