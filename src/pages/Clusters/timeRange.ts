import { dateMath, dateTime, type TimeRange } from '@grafana/data';

const DEFAULT_FROM = 'now-24h';

/** A time range from the URL: ISO times as the panel links them, or relative ones such as now-7d. */
export function timeRangeFromUrl(from?: string, to?: string): TimeRange {
  const rawFrom = from ?? DEFAULT_FROM;
  const rawTo = to ?? 'now';
  const start = dateMath.toDateTime(rawFrom, { roundUp: false }) ?? dateTime().subtract(1, 'day');
  const end = dateMath.toDateTime(rawTo, { roundUp: true }) ?? dateTime();
  return { from: start, to: end, raw: { from: rawFrom, to: rawTo } };
}

/** The range as the URL keeps it: relative ends stay relative. */
export function timeRangeToUrl(range: TimeRange): { from: string; to: string } {
  const text = (raw: TimeRange['raw']['from'], value: TimeRange['from']) =>
    typeof raw === 'string' && raw.startsWith('now') ? raw : value.toISOString();
  return { from: text(range.raw.from, range.from), to: text(range.raw.to, range.to) };
}
