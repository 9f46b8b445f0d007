import { newDevice } from '../../src/service/domain/device';
import { type DeviceState, initialState } from '../../src/service/state/deviceState';
import { FleetState } from '../../src/service/state/fleet';

const DAY = 86_400_000;

/** Three registers with hand-picked facts: one fully known, one half known, one unknown. */
export function smallFleet(now = Date.UTC(2026, 11, 1, 12, 0)): FleetState {
  const fleet = new FleetState();
  const known: DeviceState = {
    ...initialState(
      newDevice('store-01-kkt-01', {
        regNumber: '0000000001012345',
        serial: '00106201234567',
        model: 'АТОЛ 30Ф',
        store: 'Store "One"\\North',
        operator: 'platforma',
      })
    ),
    up: true,
    lastSeenAt: now - 30_000,
    lastCollectedAt: now - 60_000,
    clockOffsetMs: 1500,
    fiscalDrive: {
      serial: '9999078900001234',
      expiresAt: now + 20 * DAY,
      expirySource: 'forecast',
      memoryUsedRatio: 0.125,
      phase: 'fiscal',
      warningFlags: 2,
      blocked: false,
    },
    ofd: {
      unsentCount: 3,
      oldestUnsentAt: now - 2 * DAY,
      lastDocumentAt: now - 120_000,
      lastReceivedAt: now - 2 * DAY,
      linkStatus: 'degraded',
      linkDetail: 'networkErrorCode 2',
    },
    shift: { open: true, number: 42, openedAt: now - 3_600_000 },
    registration: { status: 'registered', contractStatus: 'active', contractEndsAt: now + 100 * DAY, detail: null },
    errorCounts: [
      { family: 'fn', severity: 'critical', count: 2 },
      { family: 'atol', severity: 'warning', count: 5 },
    ],
    documentCounts: { receipt: 120, shift_open: 1 },
  };
  const half: DeviceState = {
    ...initialState(newDevice('store-01-kkt-02', { timeZone: 'Asia/Krasnoyarsk' })),
    up: false,
    ofd: { ...initialState(newDevice('x')).ofd, unsentCount: 0 },
    shift: { open: false, number: 41, openedAt: now - DAY },
  };
  fleet.restore([known, half, initialState(newDevice('store-02-kkt-03'))]);
  return fleet;
}

/** A fleet of n registers with every fact known: about 20 series each. */
export function largeFleet(n: number, now = Date.UTC(2026, 11, 1, 12, 0)): FleetState {
  const fleet = new FleetState();
  const states: DeviceState[] = [];
  for (let i = 0; i < n; i++) {
    const id = `kkt-${String(i).padStart(5, '0')}`;
    const base = initialState(
      newDevice(id, { regNumber: String(1_000_000_000_000_000 + i), store: `store-${i % 200}`, operator: 'platforma' })
    );
    states.push({
      ...base,
      up: i % 50 !== 0,
      lastSeenAt: now - (i % 600) * 1000,
      lastCollectedAt: now - 60_000,
      clockOffsetMs: (i % 11) * 100,
      fiscalDrive: {
        serial: String(9_999_000_000_000_000 + i),
        expiresAt: now + (i % 400) * DAY,
        expirySource: 'forecast',
        memoryUsedRatio: (i % 100) / 100,
        phase: 'fiscal',
        warningFlags: i % 3,
        blocked: false,
      },
      ofd: {
        unsentCount: i % 7,
        oldestUnsentAt: now - (i % 30) * DAY,
        lastDocumentAt: now - (i % 90) * 60_000,
        lastReceivedAt: now - (i % 120) * 60_000,
        linkStatus: 'ok',
        linkDetail: null,
      },
      shift: { open: true, number: i % 300, openedAt: now - (i % 24) * 3_600_000 },
      registration: { status: 'registered', contractStatus: 'active', contractEndsAt: now + 200 * DAY, detail: null },
      errorCounts: [
        { family: 'fn', severity: 'critical', count: i % 3 },
        { family: 'atol', severity: 'warning', count: i % 13 },
      ],
      documentCounts: { receipt: 1000 + i, shift_open: 10, shift_close: 9 },
    });
  }
  fleet.restore(states);
  return fleet;
}
