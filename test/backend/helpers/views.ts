import { type ClusterView, type DeviceView, type Page } from '../../../src/api/types';

/** A register as the service describes it, everything unknown unless given. */
export function deviceView(id: string, fields: Partial<DeviceView> = {}): DeviceView {
  return {
    id,
    regNumber: null,
    serial: null,
    model: null,
    name: null,
    store: null,
    operator: null,
    timeZone: 'Europe/Moscow',
    up: null,
    lastSeenAt: null,
    lastCollectedAt: null,
    clockOffsetSeconds: null,
    fiscalDrive: {
      serial: null,
      expiresAt: null,
      expirySource: null,
      memoryUsedRatio: null,
      phase: null,
      blocked: null,
    },
    ofd: {
      unsentCount: null,
      oldestUnsentAt: null,
      lastDocumentAt: null,
      lastReceivedAt: null,
      linkStatus: null,
      linkDetail: null,
    },
    shift: { open: null, number: null, openedAt: null },
    registration: { status: null, contractStatus: null, contractEndsAt: null, detail: null },
    errors: { critical: 0, high: 0, warning: 0, info: 0 },
    ...fields,
  };
}

/** The page the service would answer for limit and offset over all items. */
export function page<T>(items: T[], url: URL): Page<T> {
  const limit = Number(url.searchParams.get('limit') ?? 100);
  const offset = Number(url.searchParams.get('offset') ?? 0);
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}

export function clusterView(id: string, fields: Partial<ClusterView> = {}): ClusterView {
  return {
    id,
    template: 'ФН: ошибка <*>',
    condition: null,
    severity: 'warning',
    count: 1,
    firstSeen: '2026-11-30T00:00:00.000Z',
    lastSeen: '2026-11-30T00:00:00.000Z',
    devices: [],
    deviceCount: 0,
    novel: false,
    trend: { start: '2026-11-30T00:00:00.000Z', intervalSeconds: 3600, counts: [] },
    samples: [],
    ...fields,
  };
}
