import { type HistorySource } from '../history';
import { type ConditionRuns } from '../methods/holdTimes';
import { type LocalCondition, type PackOptions, type RuleParams, type Season } from '../pack/types';
import { type Labels, labelsKey, type TimeRange, withoutName } from '../series';
import { runsOf } from './alertState';

/** Each piece's values per register and evaluation time. */
export type Pieces = Map<string, Map<string, { labels: Labels; at: Map<number, number> }>>;

/** Fetches a local condition's pieces once, filtered where the loosest candidate could need them. */
export async function fetchPieces(
  history: HistorySource,
  local: LocalCondition,
  bound: number,
  seasons: readonly Season[],
  range: TimeRange,
  options: PackOptions
): Promise<Pieces> {
  const entries = Object.entries(local.pieces(bound, seasons, options));
  const answers = await Promise.all(entries.map(([, expr]) => history.query(expr, range)));
  return new Map(
    entries.map(([name], n) => [
      name,
      new Map(
        answers[n].map((s) => [
          deviceKey(s.labels),
          { labels: withoutName(s.labels), at: new Map(s.samples.map((p) => [p.t, p.v])) },
        ])
      ),
    ])
  );
}

/** When the condition held with these parameters, per register, decided from the pieces. */
export function decide(pieces: Pieces, local: LocalCondition, params: RuleParams, step: number): ConditionRuns[] {
  const times = new Map<string, { labels: Labels; held: Set<number> }>();
  for (const piece of pieces.values()) {
    for (const [key, { labels, at }] of piece) {
      const entry = times.get(key) ?? { labels, held: new Set<number>() };
      at.forEach((_v, t) => entry.held.add(t));
      times.set(key, entry);
    }
  }

  const out: ConditionRuns[] = [];
  for (const [key, { labels, held }] of times) {
    const when = [...held].filter((t) => local.holds(valuesAt(pieces, key, t), params)).sort((a, b) => a - b);
    if (when.length > 0) {
      out.push({ labels, runs: runsOf(when, step) });
    }
  }
  return out;
}

function valuesAt(pieces: Pieces, key: string, t: number): Record<string, number> {
  const values: Record<string, number> = {};
  for (const [name, piece] of pieces) {
    const v = piece.get(key)?.at.get(t);
    if (v !== undefined) {
      values[name] = v;
    }
  }
  return values;
}

/** Pieces of one register meet on its id, as the conditions' on(device_id) joins do. */
const deviceKey = (labels: Labels) => labels.device_id ?? labelsKey(labels);
