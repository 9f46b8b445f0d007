/**
 * How a period bound is written in a query. Every style uses the 24-hour clock: a 12-hour "hh" once
 * turned 21:14 into 09:14 and made an operator refuse the request.
 */
export type WallClockStyle = 'iso' | 'ymd-his' | 'date';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Writes a wall-clock reading (local ms, see time.ts) in the style an operator expects. */
export function formatWallClock(localMs: number, style: WallClockStyle): string {
  const d = new Date(localMs);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (style === 'date') {
    return date;
  }

  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return style === 'iso' ? `${date}T${time}` : `${date} ${time}`;
}
