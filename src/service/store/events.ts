import { type ErrorEvent, eventKey } from '../domain/errorEvent';
import { type Severity } from '../domain/severity';
import { type Db } from './db';
import { Where } from './where';

export interface ErrorFilter {
  deviceIds?: string[];
  severities?: Severity[];
  families?: string[];
  condition?: string;
  /** UTC ms, inclusive. */
  from?: number;
  /** UTC ms, exclusive. */
  to?: number;
}

export interface StoredErrorEvent extends ErrorEvent {
  key: string;
}

interface Row {
  key: string;
  device_id: string;
  time: number;
  time_source: 'log' | 'collector';
  family: ErrorEvent['family'];
  code: string | null;
  condition: string;
  severity: Severity;
  title: string;
  message: string;
  source: string;
}

/** Error events, keyed by where they were read, so a repeated delivery is stored once. */
export class ErrorEvents {
  private readonly insertStatement;

  constructor(private readonly db: Db) {
    // ON CONFLICT rather than OR IGNORE: only a repeat is skipped, a broken row still fails the batch.
    this.insertStatement = db.prepare(
      `INSERT INTO error_events
         (key, device_id, time, time_source, family, code, condition, severity, title, message, source)
       VALUES (@key, @deviceId, @time, @timeSource, @family, @code, @condition, @severity, @title, @message, @source)
       ON CONFLICT (key) DO NOTHING`
    );
  }

  /** Inserts within the caller's transaction; returns the events that were new. */
  insert(events: readonly ErrorEvent[]): ErrorEvent[] {
    const fresh: ErrorEvent[] = [];
    for (const event of events) {
      const result = this.insertStatement.run({
        ...event,
        key: eventKey(event.source),
        source: JSON.stringify(event.source),
      });
      if (result.changes > 0) {
        fresh.push(event);
      }
    }
    return fresh;
  }

  query(filter: ErrorFilter, limit: number, offset: number): { items: StoredErrorEvent[]; total: number } {
    const { where, params } = whereClause(filter);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM error_events ${where}`).get(params) as { n: number }).n;
    const rows = this.db
      // Both terms descending: the time index (which carries the key) then orders the rows without a sort.
      .prepare(`SELECT * FROM error_events ${where} ORDER BY time DESC, key DESC LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit, offset }) as Row[];
    return { items: rows.map(fromRow), total };
  }

  /** Events per severity since a time, in one pass. */
  severitiesSince(since: number): Partial<Record<Severity, number>> {
    const rows = this.db
      .prepare('SELECT severity, count(*) AS n FROM error_events WHERE time >= ? GROUP BY severity')
      .all(since) as Array<{ severity: Severity; n: number }>;
    return Object.fromEntries(rows.map((row) => [row.severity, row.n]));
  }

  /** Counts per device, family and severity, to rebuild live counters at start. */
  counts(): Array<{ deviceId: string; family: ErrorEvent['family']; severity: Severity; count: number }> {
    return this.db
      .prepare(
        `SELECT device_id AS deviceId, family, severity, count(*) AS count
         FROM error_events GROUP BY device_id, family, severity`
      )
      .all() as Array<{ deviceId: string; family: ErrorEvent['family']; severity: Severity; count: number }>;
  }
}

function whereClause(filter: ErrorFilter): { where: string; params: Record<string, unknown> } {
  const where = new Where()
    .in('device_id', 'device', filter.deviceIds)
    .in('severity', 'severity', filter.severities)
    .in('family', 'family', filter.families)
    .equals('condition', 'condition', filter.condition)
    .timeRange(filter.from, filter.to);
  return { where: where.sql, params: where.params };
}

function fromRow(row: Row): StoredErrorEvent {
  return {
    key: row.key,
    deviceId: row.device_id,
    time: row.time,
    timeSource: row.time_source,
    family: row.family,
    code: row.code,
    condition: row.condition,
    severity: row.severity,
    title: row.title,
    message: row.message,
    source: JSON.parse(row.source),
  };
}

export type SeriesGroup = 'device' | 'severity' | 'family';

const GROUP_COLUMN: Record<SeriesGroup, string> = { device: 'device_id', severity: 'severity', family: 'family' };

/** Counts per interval of [from, to), split by one column; every interval present, zeros included. */
export function countSeries(
  db: Db,
  filter: ErrorFilter & { from: number; to: number },
  stepMs: number,
  groupBy: SeriesGroup
): Array<{ group: string; counts: number[] }> {
  const { where, params } = whereClause(filter);
  const column = GROUP_COLUMN[groupBy];
  const rows = db
    .prepare(
      `SELECT ${column} AS grp, (time - @start) / @step AS bucket, count(*) AS n
       FROM error_events ${where} GROUP BY grp, bucket`
    )
    .all({ ...params, start: filter.from, step: stepMs }) as Array<{ grp: string; bucket: number; n: number }>;

  const buckets = Math.ceil((filter.to - filter.from) / stepMs);
  const groups = new Map<string, number[]>();
  for (const row of rows) {
    const counts = groups.get(row.grp) ?? new Array<number>(buckets).fill(0);
    counts[Math.floor(row.bucket)] += row.n;
    groups.set(row.grp, counts);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([group, counts]) => ({ group, counts }));
}
