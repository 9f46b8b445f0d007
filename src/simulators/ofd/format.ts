import { formatWallClock } from '../../service/domain/dateFormat';
import { localToUtc, toFnMinute, utcToLocal } from '../../service/domain/time';

/** How simulated operators write a time: each style is one an operator uses. */
export type SimTimeStyle = 'iso' | 'iso-utc' | 'iso-offset' | 'dotted' | 'ymd-his';

/** Writes an instant in the register's wall clock (or UTC for the -utc/-offset styles). */
export function writeTime(instant: number, timeZone: string, style: SimTimeStyle): string {
  switch (style) {
    case 'iso':
      return formatWallClock(utcToLocal(instant, timeZone), 'iso');
    case 'iso-utc':
      return `${formatWallClock(instant, 'iso')}Z`;
    case 'iso-offset':
      return `${formatWallClock(instant, 'iso')}+00:00`;
    case 'dotted':
      return `${formatWallClock(utcToLocal(instant, timeZone), 'ymd-his').replace(/-/g, '.')}.000`;
    case 'ymd-his':
      return formatWallClock(utcToLocal(instant, timeZone), 'ymd-his');
  }
}

/** The FN's own reading of a time: minutes only. */
export function fnStamp(instant: number): number {
  return toFnMinute(instant);
}

/** Reads a period bound a client sent, in the exact form the operator accepts; null when it is off. */
export function readBound(text: string | null, form: RegExp, timeZone: string, zone: 'local' | 'utc'): number | null {
  const match = text === null ? null : form.exec(text);
  if (!match) {
    return null;
  }
  const [year, month, day, hour = '0', minute = '0', second = '0'] = match.slice(1);
  const wall = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  return zone === 'utc' ? wall : localToUtc(wall, timeZone);
}
