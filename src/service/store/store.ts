import { type ErrorEvent } from '../domain/errorEvent';
import { type FiscalDocument } from '../domain/document';
import { type DeviceState, addErrorCount, initialState } from '../state/deviceState';
import { Checkpoints, type FileCheckpoint } from './checkpoints';
import { type Db, openDatabase } from './db';
import { DeviceStates } from './devices';
import { Documents } from './documents';
import { ErrorEvents } from './events';

/** The embedded store: one SQLite file holding events, documents, checkpoints and device state. */
export class Store {
  readonly events: ErrorEvents;
  readonly documents: Documents;
  readonly checkpoints: Checkpoints;
  readonly devices: DeviceStates;

  constructor(readonly db: Db) {
    this.events = new ErrorEvents(db);
    this.documents = new Documents(db);
    this.checkpoints = new Checkpoints(db);
    this.devices = new DeviceStates(db);
  }

  static open(path: string): Store {
    return new Store(openDatabase(path));
  }

  /**
   * Stores a batch of events read from a file and the checkpoint after them in one transaction: a crash
   * leaves both or neither, so no line is lost, and a line read again is not stored twice.
   */
  commitFileBatch(events: readonly ErrorEvent[], checkpoint: FileCheckpoint): ErrorEvent[] {
    return this.db.transaction(() => {
      const fresh = this.events.insert(events);
      this.checkpoints.saveFile(checkpoint);
      return fresh;
    })();
  }

  /** Stores documents and an OFD resume point for the register together; returns the new documents. */
  commitDocuments(documents: readonly FiscalDocument[], account: string, deviceId: string, cursor: string) {
    return this.db.transaction(() => {
      const fresh = this.documents.insert(documents);
      this.checkpoints.saveOfd(account, deviceId, cursor);
      return fresh;
    })();
  }

  /** Device states as last saved, with counters rebuilt from the events and documents. */
  loadDeviceStates(): { states: DeviceState[]; aliases: Array<[string, string]> } {
    const { states, aliases } = this.devices.load();
    const byId = new Map<string, DeviceState>(
      states.map((s) => [s.device.id, { ...initialState(s.device), ...s, errorCounts: [], documentCounts: {} }])
    );

    for (const row of this.events.counts()) {
      const state = byId.get(row.deviceId);
      if (state) {
        byId.set(row.deviceId, {
          ...state,
          errorCounts: addErrorCount(state.errorCounts, row.family, row.severity, row.count),
        });
      }
    }
    for (const row of this.documents.counts()) {
      const state = byId.get(row.deviceId);
      if (state) {
        byId.set(row.deviceId, { ...state, documentCounts: { ...state.documentCounts, [row.type]: row.count } });
      }
    }
    return { states: [...byId.values()], aliases };
  }

  close(): void {
    this.db.close();
  }
}
