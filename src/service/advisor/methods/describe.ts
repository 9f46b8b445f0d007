import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../domain/time';
import { humanDuration, percent } from '../pack/format';
import { type Season, type SignalUnit } from '../pack/types';
import { figure } from './types';

/** A signal value in its unit, for rationales. */
export function valueText(value: number, unit: SignalUnit): string {
  switch (unit) {
    case 'seconds':
      return humanDuration(Math.round(value)).en;
    case 'ratio':
    case 'fraction':
      return percent(value);
    default:
      return figure(value);
  }
}

export function seasonsText(seasons: readonly Season[]): string {
  if (seasons.length === 0) {
    return 'no seasonal baseline';
  }
  return `compared with the same time ${seasons.map((s) => (s === '1d' ? 'a day' : 'a week')).join(' and ')} before`;
}

const SPAN_UNITS = [
  ['day', DAY_MS],
  ['hour', HOUR_MS],
  ['minute', MINUTE_MS],
  ['second', 1000],
] as const;

/** A duration in ms as people say it: the largest unit it reaches, to one decimal ("12 minutes", "2.5 days"). */
export function spanText(ms: number): string {
  const tenths = (size: number) => Math.round((ms / size) * 10);
  const [unit, size] = SPAN_UNITS.find(([, size]) => tenths(size) >= 10) ?? SPAN_UNITS[3];
  const value = tenths(size) / 10;
  return `${value} ${unit}${value === 1 ? '' : 's'}`;
}
