import { ServiceClient } from '../client/serviceClient';
import { type BackendError } from '../errors';
import { type Logger } from '../logger';
import { countFailure, type Metrics } from '../metrics';
import { type ServiceSettings } from '../settings';
import { missingUrl } from './messages';

/** What every handler gets: the logger and the metrics. */
export interface Deps {
  logger: Logger;
  metrics: Metrics;
}

/** A client for the instance's service, counting failures; or the error saying which setting to fix. */
export function clientFor(
  deps: Deps,
  settings: ServiceSettings,
  signal: AbortSignal
): { client: ServiceClient; problem: null } | { client: null; problem: BackendError } {
  if (settings.url === null) {
    return { client: null, problem: missingUrl(settings) };
  }
  const onFailure = countFailure.bind(null, deps.metrics);
  return { client: new ServiceClient(settings.url, settings.apiKey, { signal, onFailure }), problem: null };
}
