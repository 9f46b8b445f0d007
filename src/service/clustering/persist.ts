import { z } from 'zod';

import { SEVERITIES } from '../domain/severity';
import { type Db } from '../store/db';
import { Cluster } from './cluster';
import { type ClusterEngine, type SavedTemplate } from './engine';

const stateSchema = z.object({
  id: z.string(),
  condition: z.string().nullable(),
  template: z.string(),
  severity: z.enum(SEVERITIES),
  count: z.number().int().nonnegative(),
  firstSeen: z.number(),
  lastSeen: z.number(),
  devices: z.array(z.string()),
  samples: z.object({
    seen: z.number().int().nonnegative(),
    seed: z.number().int(),
    samples: z.array(z.object({ deviceId: z.string(), time: z.number(), message: z.string() })),
  }),
  trend: z.object({ newest: z.number().int().nullable(), counts: z.array(z.number().nonnegative()) }),
});

const templateRow = z.object({ key: z.string(), cluster_id: z.string(), count: z.number(), general: z.number() });
const aliasRow = z.object({ id: z.string(), cluster_id: z.string() });

export interface SavedClusters {
  clusters: Cluster[];
  templates: SavedTemplate[];
  aliases: Array<[string, string]>;
  /** Rows that could not be read back (written by a broken version, edited by hand); they are dropped. */
  unreadable: number;
}

/** Cluster state in the store, so counts, first-seen times and ids survive a restart. */
export class ClusterStore {
  constructor(private readonly db: Db) {}

  load(): SavedClusters {
    let unreadable = 0;
    const clusters: Cluster[] = [];
    for (const row of this.db.prepare('SELECT state FROM clusters').all()) {
      const state = stateSchema.safeParse(parseJson(row));
      if (state.success) {
        clusters.push(Cluster.fromState(state.data));
      } else {
        unreadable++;
      }
    }

    const templates = this.db
      .prepare('SELECT key, cluster_id, count, general FROM cluster_templates')
      .all()
      .flatMap((row) => {
        const t = templateRow.safeParse(row);
        return t.success
          ? [{ key: t.data.key, clusterId: t.data.cluster_id, count: t.data.count, general: t.data.general === 1 }]
          : [];
      });
    const aliases = this.db
      .prepare('SELECT id, cluster_id FROM cluster_aliases')
      .all()
      .flatMap((row): Array<[string, string]> => {
        const a = aliasRow.safeParse(row);
        return a.success ? [[a.data.id, a.data.cluster_id]] : [];
      });
    return { clusters, templates, aliases, unreadable };
  }

  /** Writes what changed since the last save, the whole template table and the aliases, in one transaction. */
  save(engine: ClusterEngine): void {
    const { changed, removed } = engine.clusters.takeChanges();
    try {
      this.write(engine, changed, removed);
    } catch (error) {
      engine.clusters.requeue(changed, removed);
      throw error;
    }
  }

  private write(engine: ClusterEngine, changed: readonly Cluster[], removed: readonly string[]): void {
    const now = Date.now();
    const upsert = this.db.prepare(
      `INSERT INTO clusters (id, state, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`
    );
    const remove = this.db.prepare('DELETE FROM clusters WHERE id = ?');
    const template = this.db.prepare(
      'INSERT INTO cluster_templates (key, cluster_id, count, general) VALUES (?, ?, ?, ?)'
    );
    const alias = this.db.prepare('INSERT INTO cluster_aliases (id, cluster_id) VALUES (?, ?)');

    this.db.transaction(() => {
      changed.forEach((c) => upsert.run(c.id, JSON.stringify(c.toState()), now));
      removed.forEach((id) => remove.run(id));
      this.db.exec('DELETE FROM cluster_templates; DELETE FROM cluster_aliases;');
      for (const t of engine.table.all()) {
        template.run(t.key, t.clusterId, t.count, t.general ? 1 : 0);
      }
      engine.clusters.aliasEntries().forEach(([from, to]) => alias.run(from, to));
    })();
  }
}

function parseJson(row: unknown): unknown {
  const parsed = z.object({ state: z.string() }).safeParse(row);
  if (!parsed.success) {
    return null;
  }
  try {
    return JSON.parse(parsed.data.state);
  } catch {
    return null;
  }
}
