import { asBackendError, badQuery, BackendError } from '../errors';
import { encodeFrame } from '../frames/arrow';
import { countRequest } from '../metrics';
import { type DataQuery, type DataResponse, queryDataRequestSchema } from '../rpc/messages';
import { type ServiceClient } from '../client/serviceClient';
import { narrowQuery } from '../query/model';
import { runQuery } from '../query/run';
import { settingsFrom } from '../settings';
import { clientFor, type Deps } from './deps';

/**
 * Data.QueryData: every query answered on its own, at the same time; one query's failure is its own
 * error (with status and source) and never fails the others.
 */
export async function queryData(
  deps: Deps,
  request: unknown,
  signal: AbortSignal
): Promise<{ responses: Record<string, DataResponse> }> {
  const parsed = queryDataRequestSchema.safeParse(request);
  if (!parsed.success) {
    countRequest(deps.metrics, 'QueryData', false);
    throw new BackendError(`The QueryData request is malformed: ${parsed.error.issues[0]?.message}`, 400, 'plugin');
  }

  const settings = settingsFrom(parsed.data.pluginContext);
  const target = clientFor(deps, settings, signal);
  const answers = await Promise.all(
    parsed.data.queries.map(async (query) => [query.refId, await answer(deps, query, target)] as const)
  );

  countRequest(
    deps.metrics,
    'QueryData',
    answers.every(([, response]) => response.error === '')
  );
  return { responses: Object.fromEntries(answers) };
}

async function answer(deps: Deps, query: DataQuery, target: ReturnType<typeof clientFor>): Promise<DataResponse> {
  const started = performance.now();
  let queryType = 'unknown';

  try {
    const model = narrowQuery(query.json, query.queryType);
    queryType = model.queryType;
    const client = ready(target);
    const range = query.timeRange;
    if (!range) {
      throw badQuery('The query has no time range');
    }

    const frames = await runQuery({
      refId: query.refId,
      query: model,
      from: range.fromEpochMS,
      to: range.toEpochMS,
      maxDataPoints: query.maxDataPoints,
      intervalMs: query.intervalMS,
      client,
    });
    deps.logger.debug({ refId: query.refId, queryType, frames: frames.length }, 'query answered');
    return { frames: frames.map(encodeFrame), error: '', status: 200, errorSource: '' };
  } catch (thrown) {
    const error = asBackendError(thrown);
    const level = error.source === 'plugin' ? 'error' : 'warn';
    deps.logger[level](
      { refId: query.refId, queryType, status: error.status, source: error.source, err: error },
      'query failed'
    );
    return { frames: [], error: error.message, status: error.status, errorSource: error.source };
  } finally {
    deps.metrics.queryDuration.observe({ query_type: queryType }, (performance.now() - started) / 1000);
  }
}

function ready(target: ReturnType<typeof clientFor>): ServiceClient {
  if (target.client === null) {
    throw target.problem;
  }
  return target.client;
}
