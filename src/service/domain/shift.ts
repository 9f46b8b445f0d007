import { HOUR_MS } from './time';

/** A shift may stay open 24 hours; after that the register refuses receipts until it is closed. */
export const SHIFT_LIMIT_MS = 24 * HOUR_MS;

export interface Shift {
  deviceId: string;
  number: number;
  /** UTC ms. */
  openedAt: number | null;
  closedAt: number | null;
}

export function shiftExpired(openedAt: number, now: number): boolean {
  return now - openedAt >= SHIFT_LIMIT_MS;
}
