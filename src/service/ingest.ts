import { type FiscalDocument } from './domain/document';
import { type ErrorEvent } from './domain/errorEvent';
import { type SelfMetrics } from './exporter/selfMetrics';
import { type DeviceState, addErrorCount } from './state/deviceState';
import { type FleetState } from './state/fleet';
import { type FileCheckpoint } from './store/checkpoints';
import { type Store } from './store/store';

/** Receives error events once they are stored (the clustering engine is one). */
export interface EventSink {
  accept(events: readonly ErrorEvent[]): void;
}

/**
 * Where collected facts enter the service: the store first, then live state and the sinks, with only
 * what the store found new, so a repeated delivery changes no counter.
 */
export class Ingest {
  private readonly sinks: EventSink[] = [];

  constructor(
    private readonly store: Store,
    private readonly fleet: FleetState,
    private readonly metrics: SelfMetrics
  ) {}

  addSink(sink: EventSink): void {
    this.sinks.push(sink);
  }

  /**
   * A batch read from one file: its error events, the checkpoint after them, and the time of the newest
   * line of each register it covered.
   */
  fileBatch(events: readonly ErrorEvent[], checkpoint: FileCheckpoint, lastSeen: ReadonlyMap<string, number>) {
    const fresh = this.store.commitFileBatch(events, checkpoint);
    this.apply(fresh, lastSeen);
    return fresh;
  }

  /** Error events from other sources (OFD responses), stored by their own keys. */
  events(events: readonly ErrorEvent[]): ErrorEvent[] {
    const fresh = this.store.db.transaction(() => this.store.events.insert(events))();
    this.apply(fresh, new Map());
    return fresh;
  }

  /** Documents of one register and the OFD resume point after them. */
  documents(documents: readonly FiscalDocument[], account: string, deviceId: string, cursor: string) {
    const fresh = this.store.commitDocuments(documents, account, deviceId, cursor);
    if (fresh.length > 0) {
      this.fleet.update(deviceId, (state) => countDocuments(state, fresh));
    }
    return fresh;
  }

  private apply(fresh: readonly ErrorEvent[], lastSeen: ReadonlyMap<string, number>): void {
    const byDevice = new Map<string, ErrorEvent[]>();
    for (const event of fresh) {
      const events = byDevice.get(event.deviceId) ?? [];
      events.push(event);
      byDevice.set(event.deviceId, events);
      this.metrics.logErrorsDetected.inc({ family: event.family, severity: event.severity });
    }

    const ids = new Set([...byDevice.keys(), ...lastSeen.keys()]);
    this.fleet.updateMany(
      [...ids].map((id) => [id, (state) => applyEvents(state, byDevice.get(id) ?? [], lastSeen.get(id))])
    );

    if (fresh.length > 0) {
      for (const sink of this.sinks) {
        sink.accept(fresh);
      }
    }
  }
}

function applyEvents(state: DeviceState, events: readonly ErrorEvent[], seenAt: number | undefined): DeviceState {
  let errorCounts = state.errorCounts;
  for (const event of events) {
    errorCounts = addErrorCount(errorCounts, event.family, event.severity);
  }

  const lastSeenAt = seenAt !== undefined && seenAt > (state.lastSeenAt ?? 0) ? seenAt : state.lastSeenAt;
  if (errorCounts === state.errorCounts && lastSeenAt === state.lastSeenAt) {
    return state;
  }
  return { ...state, errorCounts, lastSeenAt };
}

function countDocuments(state: DeviceState, documents: readonly FiscalDocument[]): DeviceState {
  const documentCounts = { ...state.documentCounts };
  for (const doc of documents) {
    documentCounts[doc.type] = (documentCounts[doc.type] ?? 0) + 1;
  }
  return { ...state, documentCounts };
}
