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
