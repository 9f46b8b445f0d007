import { BackendError } from '../errors';
import { type ServiceSettings } from '../settings';

/** The sentence for an instance without a usable URL, naming the setting. */
export function missingUrl(settings: ServiceSettings): BackendError {
  const message = settings.urlProblem
    ? `The datasource's URL is unusable: ${settings.urlProblem}; correct it in the datasource settings`
    : 'No kkt-monitor service URL is configured: set the URL in the datasource settings';
  return new BackendError(message, 400, 'downstream', { setting: 'url' });
}
