import { type Labels, labelsKey, pick, type Series, type TimeRange, withoutName } from '../series';
import { type Binary, COMPARISONS, type Expr, type RangeCall, SET_OPS } from './ast';
import { applyRange } from './functions';
import { instantValue, type SeriesStore, windowSamples } from './store';

export interface VectorSample {
  labels: Labels;
  value: number;
}

type Value = number | VectorSample[];

/** Evaluates an expression at one instant (ms) over in-memory series, with Prometheus 2.x semantics. */
export function evaluateAt(expr: Expr, store: SeriesStore, t: number): Value {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'time':
      return t / 1000 - expr.shift;
    case 'selector':
      return store.select(expr).flatMap((s) => {
        const value = instantValue(s.samples, t - expr.offset * 1000);
        return value === null ? [] : [{ labels: s.labels, value }];
      });
    case 'call':
      return evaluateCall(expr, store, t);
    case 'abs':
      return vectorOf(evaluateAt(expr.arg, store, t)).map((s) => ({
        labels: withoutName(s.labels),
        value: Math.abs(s.value),
      }));
    case 'sum':
      return sumBy(expr.by, vectorOf(evaluateAt(expr.arg, store, t)));
    case 'binary':
      return evaluateBinary(expr, evaluateAt(expr.lhs, store, t), evaluateAt(expr.rhs, store, t));
  }
}

/** The expression over a range, as /api/v1/query_range answers it: one series per label set. */
export function evaluateRange(expr: Expr, store: SeriesStore, range: TimeRange): Series[] {
  const out = new Map<string, { labels: Labels; samples: Array<{ t: number; v: number }> }>();
  for (let t = range.start; t <= range.end; t += range.step) {
    for (const sample of vectorOf(evaluateAt(expr, store, t))) {
      const key = labelsKey(sample.labels, Object.keys(sample.labels));
      const series = out.get(key) ?? { labels: sample.labels, samples: [] };
      series.samples.push({ t, v: sample.value });
      out.set(key, series);
    }
  }
  return [...out.values()];
}

function vectorOf(value: Value): VectorSample[] {
  if (typeof value === 'number') {
    throw new Error('expected an instant vector, got a scalar');
  }
  return value;
}

function evaluateCall(c: RangeCall, store: SeriesStore, t: number): VectorSample[] {
  const end = t - c.selector.offset * 1000;
  const start = end - c.window * 1000;
  return store.select(c.selector).flatMap((s) => {
    const window = { start, end, at: t, horizonSeconds: c.param ?? 0 };
    const value = applyRange(c.fn, windowSamples(s.samples, start, end), window);
    return value === null ? [] : [{ labels: withoutName(s.labels), value }];
  });
}

function sumBy(by: readonly string[], samples: VectorSample[]): VectorSample[] {
  const groups = new Map<string, VectorSample>();
  for (const s of samples) {
    const key = labelsKey(s.labels, by);
    const group = groups.get(key);
    groups.set(key, { labels: pick(s.labels, by), value: (group?.value ?? 0) + s.value });
  }
  return [...groups.values()];
}

function evaluateBinary(expr: Binary, lhs: Value, rhs: Value): Value {
  if (typeof lhs === 'number' && typeof rhs === 'number') {
    if (COMPARISONS.includes(expr.op) || SET_OPS.includes(expr.op)) {
      throw new Error(`${expr.op} between two scalars needs bool, which the pack does not use`);
    }
    return arithmetic(expr.op, lhs, rhs);
  }
  if (typeof lhs === 'number' || typeof rhs === 'number') {
    return vectorScalar(expr, lhs, rhs);
  }
  return SET_OPS.includes(expr.op) ? setOperation(expr, lhs, rhs) : vectorVector(expr, lhs, rhs);
}

function vectorScalar(expr: Binary, lhs: Value, rhs: Value): VectorSample[] {
  const scalarLeft = typeof lhs === 'number';
  const vector = vectorOf(scalarLeft ? rhs : lhs);
  const scalar = (scalarLeft ? lhs : rhs) as number;
  const pair = (v: number): [number, number] => (scalarLeft ? [scalar, v] : [v, scalar]);

  if (COMPARISONS.includes(expr.op)) {
    return vector.filter((s) => compare(expr.op, ...pair(s.value)));
  }
  return vector.map((s) => ({ labels: withoutName(s.labels), value: arithmetic(expr.op, ...pair(s.value)) }));
}

function setOperation(expr: Binary, lhs: VectorSample[], rhs: VectorSample[]): VectorSample[] {
  const signature = (s: VectorSample) => labelsKey(s.labels, expr.on);
  const right = new Set(rhs.map(signature));
  if (expr.op === 'and') {
    return lhs.filter((s) => right.has(signature(s)));
  }
  if (expr.op === 'unless') {
    return lhs.filter((s) => !right.has(signature(s)));
  }
  const left = new Set(lhs.map(signature));
  return [...lhs, ...rhs.filter((s) => !left.has(signature(s)))];
}

function vectorVector(expr: Binary, lhs: VectorSample[], rhs: VectorSample[]): VectorSample[] {
  const signature = (s: VectorSample) => labelsKey(s.labels, expr.on);
  const right = uniqueBySignature(rhs, signature);
  uniqueBySignature(lhs, signature);
  const comparison = COMPARISONS.includes(expr.op);

  return lhs.flatMap((l) => {
    const r = right.get(signature(l));
    if (!r || (comparison && !compare(expr.op, l.value, r.value))) {
      return [];
    }
    const kept = comparison ? l.labels : withoutName(l.labels);
    const labels = expr.on ? pick(kept, expr.on) : kept;
    return [{ labels, value: comparison ? l.value : arithmetic(expr.op, l.value, r.value) }];
  });
}

function uniqueBySignature(samples: VectorSample[], signature: (s: VectorSample) => string) {
  const map = new Map<string, VectorSample>();
  for (const s of samples) {
    const key = signature(s);
    if (map.has(key)) {
      throw new Error(`many-to-many matching: two series share the matching labels ${key}`);
    }
    map.set(key, s);
  }
  return map;
}

function arithmetic(op: string, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
  }
  throw new Error(`not an arithmetic operator: ${op}`);
}

function compare(op: string, a: number, b: number): boolean {
  switch (op) {
    case '>':
      return a > b;
    case '<':
      return a < b;
    case '>=':
      return a >= b;
    case '<=':
      return a <= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
  throw new Error(`not a comparison: ${op}`);
}
