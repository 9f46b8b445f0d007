import { ServiceError } from '../../client/failures';
import { countSeriesSchema } from '../../client/schemas';
import { searchOf } from '../../client/serviceClient';
import { type Field, type Frame } from '../../frames/frame';
import { badQuery } from '../../errors';
import { type QueryContext, type QueryHandler } from '../context';
import { deviceFilter } from '../scope';

/** Fewer points than the service's 11,000 cap, leaving room for the two partial steps alignment adds. */
const MAX_POINTS = 10_000;

/** Seconds per point: at least the panel's interval, and few enough points for maxDataPoints. */
export function seriesStep(rangeMs: number, maxDataPoints: number, intervalMs: number): number {
  const points = Math.min(maxDataPoints > 0 ? maxDataPoints : MAX_POINTS, MAX_POINTS);
  return Math.max(1, Math.ceil(rangeMs / points / 1000), Math.ceil(intervalMs / 1000));
}

/** The range widened to whole steps, so buckets stay put as a dashboard refreshes. */
export function alignRange(from: number, to: number, stepSeconds: number): { from: number; to: number } {
  const step = stepSeconds * 1000;
  return { from: Math.floor(from / step) * step, to: Math.ceil(to / step) * step };
}

/**
 * errors as "series": error counts per step from /api/v1/errors/series, split by groupBy, as one wide
 * frame (a time field, then one number field per group, labelled with it), typed timeseries-wide.
 */
export const errorSeriesQuery: QueryHandler = async (ctx) => {
  if (ctx.from >= ctx.to) {
    throw badQuery('The time range is empty: its start must be before its end');
  }
  const step = seriesStep(ctx.to - ctx.from, ctx.maxDataPoints, ctx.intervalMs);
  const range = alignRange(ctx.from, ctx.to, step);
  const device = await deviceFilter(ctx);
  const { severity, family, groupBy = 'severity' } = ctx.query;
  const params = { ...range, step, groupBy, device: device ?? undefined, severity, family };

  const body =
    device === null
      ? { start: new Date(range.from).toISOString(), stepSeconds: step, series: [] }
      : await ctx.client.get('errors/series', params, countSeriesSchema);
  return [seriesFrame(ctx, body, range.to, `GET /api/v1/errors/series${searchOf(params)}`)];
};

function seriesFrame(
  ctx: QueryContext,
  body: { start: string; stepSeconds: number; series: Array<{ labels: Record<string, string>; counts: number[] }> },
  to: number,
  executed: string
): Frame {
  const start = Date.parse(body.start);
  const step = body.stepSeconds * 1000;
  const length = body.series[0]?.counts.length ?? Math.ceil((to - start) / step);
  if (body.series.some((s) => s.counts.length !== length)) {
    throw new ServiceError('bad_response', 'The service answered series of different lengths', 502);
  }

  const time: Field = {
    name: 'time',
    type: 'time',
    nullable: false,
    values: Array.from({ length }, (_, i) => start + i * step),
  };
  const values: Field[] = body.series.map((s) => ({
    name: 'errors',
    type: 'number',
    nullable: false,
    labels: s.labels,
    values: s.counts,
  }));

  const meta = { type: 'timeseries-wide', typeVersion: [0, 1] as [number, number], executedQueryString: executed };
  return { name: 'errors', refId: ctx.refId, meta, fields: [time, ...values] };
}
