import { type ErrorCode, KktError } from '../../../errors';

/** Why an OFD request failed; the reason label of kkt_ofd_failures_total. */
export const FAILURE_REASONS = [
  'timeout',
  'network',
  'http_4xx',
  'http_5xx',
  'rate_limited',
  'maintenance',
  'not_ready',
  'auth',
  'session_expired',
  'api_error',
  'bad_body',
  'redirect',
  'breaker_open',
] as const;

export type FailureReason = (typeof FAILURE_REASONS)[number];

const CODES: Record<FailureReason, ErrorCode> = {
  timeout: 'OFD_UNAVAILABLE',
  network: 'OFD_UNAVAILABLE',
  http_4xx: 'OFD_REQUEST_REJECTED',
  http_5xx: 'OFD_UNAVAILABLE',
  rate_limited: 'OFD_RATE_LIMITED',
  maintenance: 'OFD_UNAVAILABLE',
  not_ready: 'OFD_UNAVAILABLE',
  auth: 'OFD_AUTH_FAILED',
  session_expired: 'OFD_SESSION_EXPIRED',
  api_error: 'OFD_REQUEST_REJECTED',
  bad_body: 'OFD_BAD_RESPONSE',
  redirect: 'OFD_REQUEST_REJECTED',
  breaker_open: 'OFD_CIRCUIT_OPEN',
};

export interface OfdErrorOptions {
  status?: number;
  /** The operator's own error code, e.g. Taxcom 2109 or Kontur 401002. */
  operatorCode?: string;
  retryAfterMs?: number | null;
  /** Whether another attempt may help; by default, for failures of the link or the operator's servers. */
  retryable?: boolean;
  cause?: unknown;
}

const TRANSIENT: ReadonlySet<FailureReason> = new Set([
  'timeout',
  'network',
  'http_5xx',
  'rate_limited',
  'maintenance',
  'not_ready',
]);

/** A failed OFD request: a coded error for the user, with the reason the metrics count it under. */
export class OfdRequestError extends KktError {
  /** HTTP status the OFD answered with; 0 when it did not answer. */
  readonly httpStatus: number;
  readonly operatorCode: string | null;
  readonly retryAfterMs: number | null;
  readonly retryable: boolean;

  constructor(
    readonly reason: FailureReason,
    detail: string,
    options: OfdErrorOptions = {}
  ) {
    super(CODES[reason], detail, { cause: options.cause, details: { reason, httpStatus: options.status } });
    this.name = 'OfdRequestError';
    this.httpStatus = options.status ?? 0;
    this.operatorCode = options.operatorCode ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.retryable = options.retryable ?? TRANSIENT.has(reason);
  }
}

export function isOfdRequestError(error: unknown, reason?: FailureReason): error is OfdRequestError {
  return error instanceof OfdRequestError && (reason === undefined || error.reason === reason);
}
