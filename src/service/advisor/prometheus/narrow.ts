import { z } from 'zod';

import { KktError } from '../../errors';
import { type Sample, type Series } from '../series';

const failure = z.object({ status: z.literal('error'), errorType: z.string().optional(), error: z.string() });

const matrix = z.object({
  status: z.literal('success'),
  data: z.object({
    resultType: z.literal('matrix'),
    result: z.array(z.object({ metric: z.record(z.string(), z.string()), values: z.array(z.unknown()) })),
  }),
  warnings: z.array(z.string()).optional(),
});

/** What an answer no Prometheus would give says about the URL. */
export const NOT_PROMETHEUS =
  "the URL is probably not Prometheus' own: give its address, with its path prefix if it has one " +
  "(--web.route-prefix), not Grafana's or a proxy's";

/** The error Prometheus put in its answer, when the body is one of its error bodies. */
export function prometheusError(body: unknown): string | null {
  const parsed = failure.safeParse(body);
  return parsed.success ? `${parsed.data.errorType ?? 'error'}: ${parsed.data.error}` : null;
}

/** A /api/v1/query_range answer as series; anything else is PROMETHEUS_QUERY_FAILED. */
export function narrowMatrix(body: unknown): { series: Series[]; warnings: string[] } {
  const parsed = matrix.safeParse(body);
  if (!parsed.success) {
    const detail = prometheusError(body) ?? `the answer is not a range query result; ${NOT_PROMETHEUS}`;
    throw new KktError('PROMETHEUS_QUERY_FAILED', detail);
  }

  const series = parsed.data.data.result.map((r) => ({ labels: r.metric, samples: r.values.map(narrowPoint) }));
  return { series, warnings: parsed.data.warnings ?? [] };
}

/** [seconds, "value"]; checked by hand because a 30-day answer holds millions of points. */
function narrowPoint(point: unknown): Sample {
  if (!Array.isArray(point) || point.length !== 2 || typeof point[0] !== 'number' || typeof point[1] !== 'string') {
    throw new KktError('PROMETHEUS_QUERY_FAILED', `a point is not [time, "value"]: ${JSON.stringify(point)}`);
  }
  return { t: Math.round(point[0] * 1000), v: parseValue(point[1]) };
}

function parseValue(text: string): number {
  switch (text) {
    case '+Inf':
      return Number.POSITIVE_INFINITY;
    case '-Inf':
      return Number.NEGATIVE_INFINITY;
    case 'NaN':
      return Number.NaN;
  }
  const value = Number(text);
  if (Number.isNaN(value)) {
    throw new KktError('PROMETHEUS_QUERY_FAILED', `a sample value is not a number: "${text}"`);
  }
  return value;
}
