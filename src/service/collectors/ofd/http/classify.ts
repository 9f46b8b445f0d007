import { describeBody } from './body';
import { type FailureReason } from './errors';
import { type OfdRequest, type OfdResponse } from './types';

/** A response that cannot be used: why, and whether another attempt may help. */
export interface Failure {
  ok: false;
  reason: FailureReason;
  retry: boolean;
  message: string;
  retryAfterMs?: number | null;
  operatorCode?: string;
}

/** What a response means: usable, or a failure that may or may not be worth retrying. */
export type Verdict = { ok: true } | Failure;

export const OK: Verdict = { ok: true };

export function failed(reason: FailureReason, retry: boolean, message: string, extra: Partial<Verdict> = {}): Verdict {
  return { ...extra, ok: false, reason, retry, message };
}

/**
 * For operators whose tokens expire: a 401 on a data request means log in again; on the login request
 * itself it stays what the shared reading makes of it, wrong credentials.
 */
export function expiredOn401(loginPath: string, refusal: string) {
  return (response: OfdResponse, request: OfdRequest): Verdict | null =>
    response.status === 401 && request.path !== loginPath ? failed('session_expired', false, refusal) : null;
}

/**
 * The shared reading of a response; operators override what they mean differently. 2xx needs a
 * readable body (empty is allowed: some endpoints answer "no data" that way), 429 and 5xx are worth
 * another try, 401/403 mean the credentials are wrong, other 4xx mean our request is.
 */
export function classifyResponse(response: OfdResponse): Verdict {
  const { status, body, retryAfterMs } = response;
  if (status >= 200 && status < 300) {
    return body.kind === 'json' || body.kind === 'empty' ? OK : failed('bad_body', false, describeBody(body));
  }
  if (status === 429) {
    return failed('rate_limited', true, `429 with ${describeBody(body)}`, { retryAfterMs });
  }
  if (status === 401 || status === 403) {
    return failed('auth', false, `answered ${status}`);
  }
  if (status === 408 || status === 504) {
    return failed('timeout', true, `${status}: the OFD gave up waiting`, { retryAfterMs });
  }
  if (status >= 500) {
    return failed('http_5xx', true, `${status} with ${describeBody(body)}`, { retryAfterMs });
  }
  if (status >= 300 && status < 400) {
    return failed('redirect', false, `${status} redirect that was not expected`);
  }
  return failed('http_4xx', false, `${status} with ${describeBody(body)}`);
}

/** Failures of the link or of the operator's servers; a run of them opens the breaker. */
export function countsAgainstBreaker(reason: FailureReason): boolean {
  return ['timeout', 'network', 'http_5xx', 'maintenance', 'bad_body'].includes(reason);
}
