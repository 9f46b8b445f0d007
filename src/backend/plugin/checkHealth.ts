import { ServiceError } from '../client/failures';
import { fleetStatsSchema, serviceInfoSchema } from '../client/schemas';
import { type ServiceClient } from '../client/serviceClient';
import { asBackendError } from '../errors';
import { countRequest } from '../metrics';
import { checkHealthRequestSchema, type CheckHealthResponse } from '../rpc/messages';
import { settingsFrom } from '../settings';
import { clientFor, type Deps } from './deps';

/** The API version of the service this backend speaks. */
export const API_VERSION = 1;

type Details = Record<string, unknown>;

/**
 * Diagnostics.CheckHealth ("Save & test"): one sentence naming what to fix (no URL, service unreachable,
 * not kkt-monitor, incompatible API version, key missing or rejected), the evidence as JSON details.
 */
export async function checkHealth(deps: Deps, request: unknown, signal: AbortSignal): Promise<CheckHealthResponse> {
  const parsed = checkHealthRequestSchema.safeParse(request);
  if (!parsed.success) {
    return answer(deps, false, 'The health check request is malformed; the Grafana version may be unsupported.', {});
  }

  const settings = settingsFrom(parsed.data.pluginContext);
  const target = clientFor(deps, settings, signal);
  if (target.client === null) {
    return answer(deps, false, `${target.problem.message}.`, target.problem.details);
  }

  const url = settings.url;
  try {
    return answer(deps, true, ...(await probe(target.client, url ?? '')));
  } catch (error) {
    const failure = asBackendError(error);
    const details = { url, ...failure.details, ...(error instanceof ServiceError ? { status: failure.status } : {}) };
    return answer(deps, false, `${failure.message}.`, details);
  }
}

async function probe(client: ServiceClient, url: string): Promise<[string, Details]> {
  const info = await client.get('info', {}, serviceInfoSchema).catch((error: unknown) => {
    throw notKktMonitor(error, url);
  });
  if (info.name !== 'kkt-monitor') {
    throw new ServiceError(
      'bad_response',
      `The service at ${url} is "${info.name}", not kkt-monitor: check the URL`,
      502
    );
  }
  if (info.apiVersion !== API_VERSION) {
    const message = `The kkt-monitor service at ${url} speaks API version ${info.apiVersion} and this plugin speaks version ${API_VERSION}: upgrade the older of the two`;
    throw new ServiceError('bad_response', message, 502, { serviceVersion: info.version, apiVersion: info.apiVersion });
  }

  // /info needs no key; this call proves the key.
  const stats = await client.get('fleet/stats', {}, fleetStatsSchema);
  const message = `Connected to kkt-monitor ${info.version} at ${url} (API version ${info.apiVersion}): ${stats.devices} registers.`;
  return [message, { url, serviceVersion: info.version, apiVersion: info.apiVersion, devices: stats.devices }];
}

/** A /info that fails with an answer means the URL points at something else. */
function notKktMonitor(error: unknown, url: string): unknown {
  if (error instanceof ServiceError && (error.reason === 'http_4xx' || error.reason === 'bad_response')) {
    return new ServiceError(
      'bad_response',
      `The server at ${url} does not answer like a kkt-monitor service (no /api/v1/info): check the URL`,
      502
    );
  }
  return error;
}

function answer(deps: Deps, ok: boolean, message: string, details: Details): CheckHealthResponse {
  countRequest(deps.metrics, 'CheckHealth', ok);
  const jsonDetails = Buffer.from(JSON.stringify(details));
  return { status: ok ? 'OK' : 'ERROR', message, jsonDetails };
}
