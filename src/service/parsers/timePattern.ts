import { Scanner } from './scanner';
import { Days, readFraction } from './time';
import { type WallClock } from './wallClock';
import { type Parts, compose, newParts, readZone, resetParts } from './timeParts';
import { type TimeReader } from './timeFormat';

/** A field of a time format; the token syntax is described in timeFormat.ts. */
export type Field = 'YYYY' | 'YY' | 'M' | 'D' | 'H' | 'h' | 'm' | 's' | 'S' | 'A' | 'Z';

export interface Step {
  field: Field | null;
  /** Digits to read; 0 means one or two. */
  width: number;
  literal: string;
}

const TOKEN = /YYYY|YY|MM|M|DD|D|HH|H|hh|h|mm|ss|S+|A|Z|[\s\S]/g;
const WIDTH: Readonly<Record<string, number>> = { YYYY: 4, YY: 2, MM: 2, DD: 2, HH: 2, hh: 2, mm: 2, ss: 2 };
const FIELD: Readonly<Record<string, Field>> = {
  YYYY: 'YYYY',
  YY: 'YY',
  MM: 'M',
  M: 'M',
  DD: 'D',
  D: 'D',
  HH: 'H',
  H: 'H',
  hh: 'h',
  h: 'h',
  mm: 'm',
  ss: 's',
  A: 'A',
  Z: 'Z',
};

/** The steps a format string reads, in order; a character that is no token must appear as it is. */
export function compileSteps(format: string): Step[] {
  return Array.from(format.matchAll(TOKEN), ([token]) => {
    const field = token.startsWith('S') ? 'S' : FIELD[token];
    return field ? { field, width: WIDTH[token] ?? 0, literal: '' } : { field: null, width: 0, literal: token };
  });
}

/** A reader for compiled steps: the whole text must follow them. */
export function patternReader(steps: Step[], clock: WallClock): TimeReader {
  const s = new Scanner();
  const days = new Days();
  const parts = newParts();
  return (value) => {
    if (typeof value !== 'string') {
      return null;
    }
    resetParts(parts);
    s.reset(value.trim());
    for (const step of steps) {
      if (!readStep(step, s, parts)) {
        return null;
      }
    }
    return s.done ? compose(parts, days, clock) : null;
  };
}

function readStep(step: Step, s: Scanner, parts: Parts): boolean {
  if (step.field === null) {
    return s.accept(step.literal);
  }
  if (step.field === 'S') {
    parts.ms = readFraction(s);
    return parts.ms >= 0;
  }
  if (step.field === 'A') {
    return readMeridiem(s, parts);
  }
  if (step.field === 'Z') {
    return readZone(s, parts);
  }

  const n = step.width > 0 ? s.digits(step.width) : s.number(2);
  setField(parts, step.field, n);
  return n >= 0;
}

function setField(parts: Parts, field: Field, n: number): void {
  switch (field) {
    case 'YYYY':
      parts.year = n;
      break;
    case 'YY':
      parts.year = 2000 + n;
      break;
    case 'M':
      parts.month = n;
      break;
    case 'D':
      parts.day = n;
      break;
    case 'm':
      parts.minute = n;
      break;
    case 's':
      parts.second = n;
      break;
    default:
      parts.hour = n;
  }
}

function readMeridiem(s: Scanner, parts: Parts): boolean {
  const text = s.text.slice(s.pos, s.pos + 2).toUpperCase();
  if (text !== 'AM' && text !== 'PM') {
    return false;
  }
  parts.pm = text === 'PM' ? 1 : 0;
  s.pos += 2;
  return true;
}
