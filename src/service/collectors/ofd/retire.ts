import { fnBlocked } from '../../domain/fiscalDrive';
import { type SelfMetrics } from '../../exporter/selfMetrics';
import { type DeviceState, initialState } from '../../state/deviceState';
import { type FleetState } from '../../state/fleet';
import { type Collector } from '../collector';
import { OfdCollector } from './collector';

/**
 * What the accounts a reload removed leave behind. Their registers that no remaining account reports on
 * lose what only an OFD told: whether they are up, their backlog and link, their shift; nobody will
 * update these any more, and a frozen value would pass for a current one. The accounts' gauges go too.
 */
export function retireOfdAccounts(
  stopped: readonly Collector[],
  running: readonly Collector[],
  fleet: FleetState,
  metrics: SelfMetrics
): void {
  const names = new Set(running.map((c) => c.name));
  const ofd = stopped.filter(isOfd);
  dropGauges(ofd, running.filter(isOfd), metrics);
  const removed = ofd.filter((c) => !names.has(c.name)).map((c) => c.coverage);
  if (removed.length === 0) {
    return;
  }

  // The new collectors have not polled yet: the old collectors of kept accounts know what those cover.
  const covered = new Set(ofd.filter((c) => names.has(c.name)).flatMap((c) => [...c.coverage.registers]));
  const orphans = new Set(removed.flatMap((r) => [...r.registers]).filter((id) => !covered.has(id)));
  fleet.updateMany([...orphans].map((id) => [id, (state) => forgetOfd(state, Date.now())]));
}

const isOfd = (c: Collector): c is OfdCollector<unknown> => c instanceof OfdCollector;

/** The breaker gauge of each account gone, or now polled as another operator's. */
function dropGauges(
  stopped: ReadonlyArray<OfdCollector<unknown>>,
  running: ReadonlyArray<OfdCollector<unknown>>,
  metrics: SelfMetrics
) {
  const kept = new Set(running.map((c) => `${c.coverage.operator}/${c.coverage.account}`));
  for (const { operator, account } of stopped.map((c) => c.coverage)) {
    if (!kept.has(`${operator}/${account}`)) {
      metrics.ofdBreakerState.remove({ operator, account });
    }
  }
}

/** The register's record with everything only an OFD told made unknown. */
function forgetOfd(state: DeviceState, now: number): DeviceState {
  const blank = initialState(state.device);
  const fiscalDrive = state.fiscalDrive;
  return {
    ...state,
    up: null,
    ofd: blank.ofd,
    shift: blank.shift,
    fiscalDrive: { ...fiscalDrive, blocked: fnBlocked({ ...fiscalDrive, ...blank.ofd }, now) },
    asOf: { fnFlags: state.asOf?.fnFlags },
  };
}
