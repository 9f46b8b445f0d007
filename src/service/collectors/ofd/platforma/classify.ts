import { retryAfterInText } from '../http/backoff';
import { type Verdict, failed } from '../http/classify';
import { type OfdResponse, jsonOf } from '../http/types';
import { platforma503 } from './shapes';

/**
 * Platforma's 503 means three things: maintenance (empty body), documents of the period still being
 * processed ("503-01", retry after Retry-After), or its rate limit ("Too many requests. Retry after:
 * 60s"). 401 means the token is no longer valid: stop using it.
 */
export function classifyPlatforma(response: OfdResponse): Verdict | null {
  if (response.status === 401) {
    return failed('auth', false, 'Platforma rejected the token (401): ask Platforma OFD for a new one');
  }
  if (response.status !== 503) {
    return null;
  }

  const { retryAfterMs, body } = response;
  if (body.kind === 'empty') {
    return failed('maintenance', true, '503 with an empty body: Platforma is under maintenance', { retryAfterMs });
  }

  const parsed = platforma503.safeParse(jsonOf(response));
  if (parsed.success && 'exception' in parsed.data && parsed.data.exception === '503-01') {
    return failed('not_ready', true, '503-01: documents of the period are still being processed', {
      retryAfterMs,
      operatorCode: '503-01',
    });
  }
  if (parsed.success && 'error' in parsed.data && /too many requests/i.test(parsed.data.error)) {
    const wait = retryAfterMs ?? retryAfterInText(parsed.data.error);
    return failed('rate_limited', true, `503 rate limit: ${parsed.data.error}`, { retryAfterMs: wait });
  }
  return null;
}
