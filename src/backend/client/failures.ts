import { BackendError } from '../errors';

/** Why a call to the service failed; the label of kkt_backend_service_call_failures_total. */
export type FailureReason =
  'unreachable' | 'timeout' | 'unauthorized' | 'forbidden' | 'http_4xx' | 'http_5xx' | 'bad_response';

/** A failed call to the kkt-monitor service: always downstream, with a sentence naming what to fix. */
export class ServiceError extends BackendError {
  constructor(
    readonly reason: FailureReason,
    message: string,
    status: number,
    details: Record<string, unknown> = {}
  ) {
    super(message, status, 'downstream', { reason, ...details });
    this.name = 'ServiceError';
  }
}

/** The failure for a non-2xx answer, with the service's own sentence when its body has one. */
export function statusFailure(url: string, status: number, serviceMessage: string | null): ServiceError {
  const said = serviceMessage ? `: ${serviceMessage}` : '';
  if (status === 401) {
    return new ServiceError(
      'unauthorized',
      `The service at ${url} requires an API key: set it in the datasource settings`,
      401
    );
  }
  if (status === 403) {
    return new ServiceError(
      'forbidden',
      `The service at ${url} rejected the API key: use one of the keys in its server.apiKeys`,
      403
    );
  }
  if (status < 500) {
    return new ServiceError('http_4xx', `The service refused the request (HTTP ${status})${said}`, status);
  }
  return new ServiceError('http_5xx', `The service at ${url} failed (HTTP ${status})${said}`, 502);
}

/** The failure for a request that got no answer: refused, unresolvable, reset or timed out. */
export function networkFailure(url: string, error: unknown, timeoutMs: number): ServiceError {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    const message = `The service at ${url} did not answer within ${Math.round(timeoutMs / 1000)} s`;
    return new ServiceError('timeout', message, 504);
  }

  const code = causeCode(error);
  return new ServiceError(
    'unreachable',
    `Cannot reach the kkt-monitor service at ${url}${code ? ` (${code})` : ''}: check the URL and that the service is running`,
    502,
    { error: code ?? (error instanceof Error ? error.message : String(error)) }
  );
}

/** The system's word for the failure: ECONNREFUSED, ENOTFOUND, or the message (fetch refuses some ports). */
function causeCode(error: unknown): string | null {
  const cause = error instanceof Error ? error.cause : undefined;
  if (typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string') {
    return cause.code;
  }
  return cause instanceof Error ? cause.message : null;
}
