import { dateTimeFormat } from '@grafana/data';
import { type TimeZone } from '@grafana/schema';

/** A time of the API (ISO 8601, UTC) in the viewer's time zone, the same in every language. */
export function formatTime(iso: string, timeZone?: TimeZone): string {
  return dateTimeFormat(iso, { timeZone, format: 'YYYY-MM-DD HH:mm' });
}
