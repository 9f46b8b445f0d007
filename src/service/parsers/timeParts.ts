import { type Scanner } from './scanner';
import { type Days } from './time';
import { type WallClock } from './wallClock';

/** The fields of one time as a format reads them; each reader reuses one such object. */
export interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  pm: number;
  zone: number;
}

export function newParts(): Parts {
  return { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0, pm: -1, zone: NaN };
}

export function resetParts(parts: Parts): void {
  parts.year = 0;
  parts.month = 1;
  parts.day = 1;
  parts.hour = 0;
  parts.minute = 0;
  parts.second = 0;
  parts.ms = 0;
  parts.pm = -1;
  parts.zone = NaN;
}

export function readZone(s: Scanner, parts: Parts): boolean {
  if (s.accept('Z') || s.accept('z')) {
    parts.zone = 0;
    return true;
  }

  const sign = s.accept('+') ? 1 : s.accept('-') ? -1 : 0;
  const hours = sign === 0 ? -1 : s.digits(2);
  s.accept(':');
  const minutes = s.done ? 0 : s.digits(2);
  if (hours < 0 || minutes < 0) {
    return false;
  }
  parts.zone = sign * (hours * 60 + minutes);
  return true;
}

export function compose(parts: Parts, days: Days, clock: WallClock): number | null {
  let hour = parts.hour;
  if (parts.pm >= 0) {
    if (hour < 1 || hour > 12) {
      return null;
    }
    hour = (hour % 12) + parts.pm * 12;
  }
  if (hour > 23 || parts.minute > 59 || parts.second > 60) {
    return null;
  }

  const day = days.ms(parts.year, parts.month, parts.day);
  if (Number.isNaN(day)) {
    return null;
  }
  const local = day + ((hour * 60 + parts.minute) * 60 + parts.second) * 1000 + parts.ms;
  return Number.isNaN(parts.zone) ? local : clock.fromOffset(local, parts.zone);
}
