import { type ServiceContext } from '../../context';
import { type Ingest } from '../../ingest';
import { type FleetState } from '../../state/fleet';
import { type Store } from '../../store/store';
import { ownsKey } from '../../shard';
import { type Collector } from '../collector';
import { type AccountDeps, accountLimits } from './account';
import { OfdCollector, type OfdCollectorDeps } from './collector';
import { type OfdAccountConfig } from './config';
import { type Clock, systemClock } from './http/clock';
import { AtolOnlineClient } from './atolonline/client';
import { FirstOfdClient } from './firstofd/client';
import { KonturClient } from './kontur/client';
import { OfdruClient } from './ofdru/client';
import { PlatformaClient } from './platforma/client';
import { SabyClient } from './saby/client';
import { TaxcomClient } from './taxcom/client';

/** Everything an OFD collector is built from, apart from its account. */
export interface OfdDeps extends AccountDeps {
  store: Store;
  fleet: FleetState;
  ingest: Ingest;
  defaultTimeZone: string;
}

/** One collector per OFD account this replica owns (accounts are sharded by name). */
export function buildOfdCollectors(ctx: ServiceContext, clock: Clock = systemClock): Collector[] {
  const { config } = ctx;
  const deps: OfdDeps = {
    metrics: ctx.metrics,
    logger: ctx.logger,
    clock,
    env: process.env,
    store: ctx.store,
    fleet: ctx.fleet,
    ingest: ctx.ingest,
    defaultTimeZone: config.defaults.timeZone,
  };
  return config.collectors.ofd
    .filter((account) => ownsKey(config.shard, account.name))
    .map((account) => createOfdCollector(account, deps));
}

/** The collector of one account, with its operator's client. */
export function createOfdCollector(account: OfdAccountConfig, deps: OfdDeps): Collector {
  const collectorDeps: OfdCollectorDeps = {
    ...deps,
    parallelRegisters: Math.max(2, accountLimits(account).maxConcurrency * 2),
  };

  switch (account.operator) {
    case 'platforma':
      return new OfdCollector(account, new PlatformaClient(account, deps), collectorDeps);
    case 'ofdru':
      return new OfdCollector(account, new OfdruClient(account, deps), collectorDeps);
    case 'taxcom':
      return new OfdCollector(account, new TaxcomClient(account, deps), collectorDeps);
    case 'kontur':
      return new OfdCollector(account, new KonturClient(account, deps), collectorDeps);
    case 'firstofd':
      return new OfdCollector(account, new FirstOfdClient(account, deps), collectorDeps);
    case 'saby':
      return new OfdCollector(account, new SabyClient(account, deps), collectorDeps);
    case 'atolonline':
      return new OfdCollector(account, new AtolOnlineClient(account, deps), collectorDeps);
  }
}
