import { type DeviceState } from '../state/deviceState';
import { type Db } from './db';

/** Last known state of each register, so a restart exports what it knew instead of nothing. */
export class DeviceStates {
  private readonly upsert;
  private readonly upsertAlias;

  constructor(private readonly db: Db) {
    this.upsert = db.prepare(
      `INSERT INTO devices (id, state, updated_at) VALUES (@id, @state, @now)
       ON CONFLICT (id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`
    );
    this.upsertAlias = db.prepare(
      'INSERT INTO device_aliases (key, device_id) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET device_id = excluded.device_id'
    );
  }

  save(states: readonly DeviceState[], aliases: ReadonlyArray<[string, string]> = []): void {
    const now = Date.now();
    this.db.transaction(() => {
      for (const state of states) {
        // Counters are rebuilt from the event and document tables, which are their source of truth.
        const { errorCounts: _errors, documentCounts: _documents, ...rest } = state;
        this.upsert.run({ id: state.device.id, state: JSON.stringify(rest), now });
      }
      for (const [key, id] of aliases) {
        this.upsertAlias.run(key, id);
      }
    })();
  }

  load(): { states: Array<Omit<DeviceState, 'errorCounts' | 'documentCounts'>>; aliases: Array<[string, string]> } {
    const rows = this.db.prepare('SELECT state FROM devices').all() as Array<{ state: string }>;
    const aliases = this.db.prepare('SELECT key, device_id FROM device_aliases').all() as Array<{
      key: string;
      device_id: string;
    }>;
    return {
      states: rows.map((row) => JSON.parse(row.state)),
      aliases: aliases.map((a) => [a.key, a.device_id]),
    };
  }
}
