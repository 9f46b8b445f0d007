/** Capped exponential backoff: the nth retry waits a random time up to min(cap, base * 2^n). */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, capMs: 30_000 };

/** Full jitter spreads the retries of many registers instead of having them return in step. */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/**
 * Reads a Retry-After header, given as seconds or as an HTTP date, into a wait in ms from now.
 * A date in the past means "now"; anything unreadable is null.
 */
export function parseRetryAfter(header: unknown, now: number): number | null {
  if (typeof header !== 'string' || header.trim() === '') {
    return null;
  }

  const text = header.trim();
  if (/^\d+$/.test(text)) {
    return Number(text) * 1000;
  }

  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** "Too many requests. Retry after: 60s" and the like, as operators put it in a body. */
export function retryAfterInText(text: unknown): number | null {
  if (typeof text !== 'string') {
    return null;
  }
  const match = /retry after:?\s*(\d+)\s*(ms|s|sec|seconds?|m|min|minutes?)?\b/i.exec(text);
  if (!match) {
    return null;
  }

  const amount = Number(match[1]);
  const unit = (match[2] ?? 's').toLowerCase();
  return unit === 'ms' ? amount : unit.startsWith('m') ? amount * 60_000 : amount * 1000;
}
