import { HOUR_MS } from '../../domain/time';
import { type HistorySource } from '../history';
import { INCIDENT_KINDS, type IncidentKind } from '../pack/types';
import { age, unlessCollectorDown } from '../pack/signals';
import { bin, days, type Expr, hours, num, selector } from '../promql/ast';
import { type TimeRange } from '../series';
import { runsOf } from './alertState';

/** Something that happened to a register, which an alert should have caught. */
export interface Incident {
  kind: IncidentKind;
  deviceId: string;
  start: number;
  /** Last moment it was seen. */
  end: number;
}

/**
 * Without labels, incidents are read from the metrics themselves: the hard failures no threshold
 * argues about. A register counts as offline after two hours unreachable.
 */
const DERIVED: Record<IncidentKind, { expr: Expr; minDurationMs: number }> = {
  fn_blocked: { expr: bin('==', selector('kkt_fn_blocked'), num(1)), minDurationMs: 0 },
  backlog_limit: {
    expr: bin('>', age('kkt_ofd_oldest_unsent_document_timestamp_seconds'), days(30)),
    minDurationMs: 0,
  },
  offline: { expr: unlessCollectorDown(bin('==', selector('kkt_device_up'), num(0))), minDurationMs: 2 * HOUR_MS },
  shift_over_24h: { expr: bin('>', age('kkt_shift_opened_timestamp_seconds'), hours(24)), minDurationMs: 0 },
};

export async function deriveIncidents(history: HistorySource, range: TimeRange): Promise<Incident[]> {
  const found: Incident[] = [];
  for (const kind of INCIDENT_KINDS) {
    const { expr, minDurationMs } = DERIVED[kind];
    for (const series of await history.query(expr, range)) {
      const deviceId = series.labels.device_id;
      const runs = runsOf(
        series.samples.map((s) => s.t),
        range.step
      );
      for (const [start, end] of runs) {
        if (deviceId !== undefined && end - start + range.step >= minDurationMs) {
          found.push({ kind, deviceId, start, end });
        }
      }
    }
  }
  return found;
}
