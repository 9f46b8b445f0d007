import { type Sample } from '../series';

/**
 * A run of input samples in promtool's expanding notation: `count` values starting at `value` and
 * growing by `step`, `blank` missing samples, or one stale marker.
 */
export type Segment = { value: number; count: number; step?: number } | { blank: number } | { stale: true };

/** The `values` string of a promtool input series. */
export function encode(segments: readonly Segment[]): string {
  return segments.map(encodeSegment).join(' ');
}

function encodeSegment(segment: Segment): string {
  if ('stale' in segment) {
    return 'stale';
  }
  if ('blank' in segment) {
    return segment.blank === 1 ? '_' : `_x${segment.blank}`;
  }

  const { value, count, step = 0 } = segment;
  const first = numberText(value);
  if (count === 1) {
    return first;
  }
  // "axn" and "a+bxn" stand for n + 1 values.
  const growth = step === 0 ? '' : step > 0 ? `+${numberText(step)}` : `-${numberText(-step)}`;
  return `${first}${growth}x${count - 1}`;
}

function numberText(n: number): string {
  const text = String(n);
  if (!Number.isFinite(n) || /e/i.test(text)) {
    throw new Error(`${text} cannot be written in promtool's series notation; keep scenario values moderate`);
  }
  return text;
}

/** The samples promtool loads from the segments: one per interval from `start`, values added up as it does. */
export function expand(segments: readonly Segment[], intervalMs: number, start = 0): Sample[] {
  const samples: Sample[] = [];
  let t = start;
  for (const segment of segments) {
    if ('stale' in segment) {
      samples.push({ t, v: Number.NaN, stale: true });
      t += intervalMs;
    } else if ('blank' in segment) {
      t += segment.blank * intervalMs;
    } else {
      let value = segment.value;
      for (let i = 0; i < segment.count; i++, t += intervalMs) {
        samples.push({ t, v: value });
        value += segment.step ?? 0;
      }
    }
  }
  return samples;
}

/** Number of sample slots the segments cover. */
export function slots(segments: readonly Segment[]): number {
  return segments.reduce((n, s) => n + ('stale' in s ? 1 : 'blank' in s ? s.blank : s.count), 0);
}

/**
 * Segments for a list of sample values, null for a missing sample: runs with a constant difference
 * become one "a+bxn" each. Meant for whole numbers, whose differences compare exactly.
 */
export function compress(values: ReadonlyArray<number | null>): Segment[] {
  const segments: Segment[] = [];
  for (const value of values) {
    const last = segments[segments.length - 1];
    if (value === null) {
      if (last && 'blank' in last) {
        last.blank += 1;
      } else {
        segments.push({ blank: 1 });
      }
    } else if (last && 'value' in last && extends_(last, value)) {
      last.step = value - (last.value + (last.step ?? 0) * (last.count - 1));
      last.count += 1;
    } else {
      segments.push({ value, count: 1 });
    }
  }
  return segments;
}

/** Whether value continues the run: any second value starts a step, later ones must keep it. */
function extends_(run: { value: number; count: number; step?: number }, value: number): boolean {
  const lastValue = run.value + (run.step ?? 0) * (run.count - 1);
  return run.count === 1 || value - lastValue === (run.step ?? 0);
}
