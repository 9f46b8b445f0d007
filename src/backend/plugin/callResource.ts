import { asBackendError } from '../errors';
import { countRequest } from '../metrics';
import { callResourceRequestSchema, type CallResourceResponse } from '../rpc/messages';
import { settingsFrom } from '../settings';
import { clientFor, type Deps } from './deps';
import { matchResource } from './resourceRoutes';

/**
 * Resource.CallResource: the app pages' and panel's calls to /api/datasources/uid/<uid>/resources/<path>,
 * forwarded to the service's /api/v1/<path> with the query string kept and the datasource's API key
 * added here, so the browser never holds it. Only allow-listed paths; status and body come back as-is.
 */
export async function callResource(deps: Deps, request: unknown, signal: AbortSignal): Promise<CallResourceResponse> {
  const parsed = callResourceRequestSchema.safeParse(request);
  if (!parsed.success) {
    return done(deps, jsonError(400, 'BAD_REQUEST', 'The resource request is malformed'));
  }

  const { path, method, url } = parsed.data;
  const route = matchResource(path, method);
  if (!route.ok) {
    return done(deps, jsonError(route.code, route.code === 404 ? 'NOT_FOUND' : 'METHOD_NOT_ALLOWED', route.message));
  }

  const target = clientFor(deps, settingsFrom(parsed.data.pluginContext), signal);
  if (target.client === null) {
    return done(deps, jsonError(503, 'NOT_CONFIGURED', target.problem.message));
  }

  try {
    const response = await target.client.raw(method.toUpperCase(), route.path, searchOf(url));
    const contentType = response.contentType ?? 'application/json';
    return done(deps, {
      code: response.status,
      headers: { 'content-type': { values: [contentType] } },
      body: response.body,
    });
  } catch (error) {
    const failure = asBackendError(error);
    deps.logger.warn({ path: route.path, status: failure.status, err: failure }, 'resource call failed');
    return done(deps, jsonError(failure.status, 'SERVICE_UNAVAILABLE', failure.message));
  }
}

/** The query string of the request URL Grafana saw, "?..." or "". */
export function searchOf(url: string): string {
  const index = url.indexOf('?');
  return index === -1 || index === url.length - 1 ? '' : url.slice(index);
}

/** An error in the service's own shape, so pages read every error the same way. */
function jsonError(code: number, errorCode: string, message: string): CallResourceResponse {
  const body = Buffer.from(JSON.stringify({ error: { code: errorCode, message } }));
  return { code, headers: { 'content-type': { values: ['application/json'] } }, body };
}

function done(deps: Deps, response: CallResourceResponse): CallResourceResponse {
  countRequest(deps.metrics, 'CallResource', response.code < 400);
  return response;
}
