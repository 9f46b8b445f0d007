/**
 * The service's error catalogue: every error a user can meet has a code, an HTTP status and a message
 * that says what to change. Tests check that each code is documented in docs/errors.md.
 */
export const ERRORS = {
  CONFIG_INVALID: { status: 500, message: 'configuration is invalid' },
  CONFIG_UNREADABLE: { status: 500, message: 'configuration file cannot be read' },
  BAD_REQUEST: { status: 400, message: 'the request is malformed' },
  BAD_PARAMETER: { status: 400, message: 'a query parameter is invalid' },
  UNAUTHORIZED: {
    status: 401,
    message: 'an API key is required: send it as "Authorization: Bearer <key>" or "X-API-Key: <key>"',
  },
  FORBIDDEN: { status: 403, message: 'the API key is not one of the configured keys' },
  NOT_FOUND: { status: 404, message: 'no such resource' },
  NOT_READY: { status: 503, message: 'the service is starting or its store is unavailable' },
  LISTEN_FAILED: { status: 500, message: 'the service cannot listen' },
  STORE_FAILED: { status: 500, message: 'the store failed' },
  STORE_IN_USE: { status: 500, message: 'another kkt-monitor process uses the store' },
  OFD_AUTH_FAILED: { status: 502, message: 'the OFD rejected the credentials' },
  OFD_SESSION_EXPIRED: { status: 502, message: 'the OFD ended the session again right after a new login' },
  OFD_UNAVAILABLE: { status: 502, message: 'the OFD did not answer usefully' },
  OFD_RATE_LIMITED: { status: 503, message: 'the OFD asked us to slow down' },
  OFD_BAD_RESPONSE: { status: 502, message: 'the OFD answered with a body we cannot read' },
  OFD_REQUEST_REJECTED: { status: 502, message: 'the OFD refused the request' },
  OFD_CIRCUIT_OPEN: { status: 503, message: 'requests to the OFD account are paused' },
  OFD_CREDENTIALS_MISSING: { status: 500, message: 'the OFD account has no credentials configured' },
  LOG_FILE_UNREADABLE: { status: 500, message: 'a log file cannot be read: check that the service may open it' },
  PROMETHEUS_UNAVAILABLE: { status: 502, message: 'Prometheus did not answer the history query' },
  PROMETHEUS_QUERY_FAILED: { status: 502, message: 'Prometheus answered the history query with an error' },
  PROMETHEUS_AUTH_FAILED: {
    status: 502,
    message: 'Prometheus rejected the credentials: check advisor.prometheus.bearerToken, or username and password',
  },
  INTERNAL: { status: 500, message: 'internal error' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** Errors that stop the process at start-up or reload rather than answer a request. */
export const STARTUP_ERRORS: ReadonlySet<ErrorCode> = new Set([
  'CONFIG_INVALID',
  'CONFIG_UNREADABLE',
  'LISTEN_FAILED',
  'STORE_IN_USE',
]);

/** Whose fault a failure is: the user's input, a downstream system, or ours. */
export type ErrorSource = 'user' | 'downstream' | 'internal';

export class KktError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly source: ErrorSource;
  readonly details?: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    detail?: string,
    options: { source?: ErrorSource; cause?: unknown; details?: Record<string, unknown> } = {}
  ) {
    super(detail ? `${ERRORS[code].message}: ${detail}` : ERRORS[code].message, { cause: options.cause });
    this.name = 'KktError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.source = options.source ?? sourceOf(code);
    this.details = options.details;
  }
}

function sourceOf(code: ErrorCode): ErrorSource {
  if (code.startsWith('OFD_') || code.startsWith('PROMETHEUS_')) {
    return 'downstream';
  }
  return code === 'INTERNAL' || code === 'STORE_FAILED' ? 'internal' : 'user';
}

export function isKktError(error: unknown): error is KktError {
  return error instanceof KktError;
}
