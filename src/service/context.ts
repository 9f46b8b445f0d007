import { type Clustering } from './clustering/clustering';
import { type Config } from './config/schema';
import { type DeviceRenderer } from './exporter/render';
import { type SelfMetrics } from './exporter/selfMetrics';
import { type Ingest } from './ingest';
import { type Logger } from './logger';
import { type FleetState } from './state/fleet';
import { type Store } from './store/store';

/** What the HTTP routes and the collectors share. The config is replaced on a successful reload. */
export interface ServiceContext {
  config: Config;
  readonly version: string;
  readonly startedAt: number;
  readonly logger: Logger;
  readonly store: Store;
  readonly fleet: FleetState;
  readonly ingest: Ingest;
  readonly metrics: SelfMetrics;
  readonly renderer: DeviceRenderer;
  /** Error clustering; absent when clustering.enabled is false. */
  readonly clusters?: Clustering;
  /** False until start-up has restored state and opened the collectors; /readyz answers from it. */
  ready: boolean;
}
