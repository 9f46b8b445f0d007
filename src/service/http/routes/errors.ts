import { type FastifyInstance } from 'fastify';

import { type CountSeries, type ErrorEventView, type Page } from '../../../api/types';
import { type ServiceContext } from '../../context';
import { CODE_FAMILIES } from '../../domain/errorEvent';
import { SEVERITIES } from '../../domain/severity';
import { KktError } from '../../errors';
import { countSeries, type ErrorFilter, type SeriesGroup } from '../../store/events';
import { integer, list, paging, type Query, text, time } from '../params';
import { errorEventView } from '../views';

/** Query parameters each route accepts. */
const ERRORS_QUERY = ['device', 'severity', 'family', 'condition', 'from', 'to', 'limit', 'offset'];
const SERIES_QUERY = ['device', 'severity', 'family', 'condition', 'from', 'to', 'step', 'groupBy'];

export function errorRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/api/v1/errors', { config: { query: ERRORS_QUERY } }, async (request): Promise<Page<ErrorEventView>> => {
    const query = request.query as Query;
    const { limit, offset } = paging(query);
    const from = time(query, 'from');
    const to = time(query, 'to');
    if (from !== undefined && to !== undefined && from >= to) {
      throw new KktError('BAD_PARAMETER', 'from must be earlier than to');
    }

    const { items, total } = ctx.store.events.query({ ...filterOf(query), from, to }, limit, offset);
    return { items: items.map(errorEventView), total, limit, offset };
  });

  app.get('/api/v1/errors/series', { config: { query: SERIES_QUERY } }, async (request): Promise<CountSeries> => {
    const query = request.query as Query;
    const to = time(query, 'to') ?? Date.now();
    const from = time(query, 'from') ?? to - 24 * 3_600_000;
    const stepSeconds = integer(query, 'step', 1, 31 * 86_400) ?? defaultStep(to - from);
    const groupBy = (list(query, 'groupBy', GROUPS) ?? ['severity'])[0];
    if (from >= to) {
      throw new KktError('BAD_PARAMETER', 'from must be earlier than to');
    }
    if ((to - from) / (stepSeconds * 1000) > MAX_POINTS) {
      const fits = Math.ceil((to - from) / 1000 / MAX_POINTS);
      const advice = `set step to ${fits} or more, or narrow the range`;
      throw new KktError(
        'BAD_PARAMETER',
        `from..to over step ${stepSeconds}s gives more than ${MAX_POINTS} points: ${advice}`
      );
    }

    const groups = countSeries(ctx.store.db, { ...filterOf(query), from, to }, stepSeconds * 1000, groupBy);
    return {
      start: new Date(from).toISOString(),
      stepSeconds,
      series: groups.map(({ group, counts }) => ({ labels: { [groupBy]: group }, counts })),
    };
  });
}

const GROUPS: readonly SeriesGroup[] = ['severity', 'device', 'family'];

/** Grafana asks for at most about 11,000 points per series; so do we. */
const MAX_POINTS = 11_000;

/** About 300 points over the range, on a whole number of seconds. */
function defaultStep(rangeMs: number): number {
  return Math.max(1, Math.ceil(rangeMs / 300 / 1000));
}

function filterOf(query: Query): ErrorFilter {
  return {
    deviceIds: list(query, 'device'),
    severities: list(query, 'severity', SEVERITIES),
    families: list(query, 'family', CODE_FAMILIES),
    condition: text(query, 'condition'),
  };
}
