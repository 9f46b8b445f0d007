import { type AdvisorSuggestion } from '../../api/types';

type Backtest = AdvisorSuggestion['backtest'];

export interface ChartGeometry {
  /** "x,y x,y …" of each stretch of the signal between gaps. */
  lines: string[];
  /** Height of the threshold line, or null without a threshold. */
  thresholdY: number | null;
  /** Where the suggested rule would have fired. */
  spans: Array<{ x: number; width: number }>;
  min: number;
  max: number;
  start: string | null;
  end: string | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A gap in the history comes as null. */
const isValue = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** The backtest as coordinates in a width × height box: time left to right, value bottom to top. */
export function chartGeometry(backtest: Backtest, width: number, height: number): ChartGeometry {
  const { series, threshold, firing } = backtest;
  const times = series.map((p) => Date.parse(p.t));
  const values = series.map((p) => p.v).filter(isValue);
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const min = Math.min(0, ...values, threshold ?? 0);
  const top = Math.max(...values, threshold ?? -Infinity);
  const max = top > min ? top + (top - min) * 0.1 : min + 1;

  const x = (time: number) => (t1 > t0 ? round(((time - t0) / (t1 - t0)) * width) : 0);
  const y = (value: number) => round(height - ((value - min) / (max - min)) * height);
  const clampX = (time: number) => Math.min(width, Math.max(0, x(time)));

  const lines: string[][] = [[]];
  series.forEach((p, i) => {
    if (isValue(p.v)) {
      lines[lines.length - 1].push(`${x(times[i])},${y(p.v)}`);
    } else if (lines[lines.length - 1].length > 0) {
      lines.push([]);
    }
  });

  return {
    lines: lines.filter((line) => line.length > 0).map((line) => line.join(' ')),
    thresholdY: threshold === null ? null : y(threshold),
    spans: firing.map((f) => {
      const left = clampX(Date.parse(f.start));
      return { x: left, width: Math.max(1, clampX(Date.parse(f.end)) - left) };
    }),
    min,
    max,
    start: series[0]?.t ?? null,
    end: series[series.length - 1]?.t ?? null,
  };
}
