/** Whose fault a failed query is, in Grafana's terms: the backend's own, or the service's or the query's. */
export type ErrorSource = 'plugin' | 'downstream';

/**
 * A failure answered to Grafana: a sentence that says what to change, an HTTP-like status and its
 * source. Service failures, rejected keys and invalid queries are downstream; faults of this backend are
 * the plugin's.
 */
export class BackendError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly source: ErrorSource,
    readonly details: Record<string, unknown> = {}
  ) {
    super(message);
    this.name = 'BackendError';
  }
}

/** The query itself cannot be answered as written. */
export function badQuery(message: string): BackendError {
  return new BackendError(message, 400, 'downstream');
}

/** Any thrown value as a BackendError; anything unexpected is the plugin's fault. */
export function asBackendError(error: unknown): BackendError {
  if (error instanceof BackendError) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new BackendError(`internal error in the datasource backend: ${message}`, 500, 'plugin');
}
