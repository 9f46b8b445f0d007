import axios, { type AxiosResponse } from 'axios';

import { OfdRequestError } from './errors';

/** Statuses whose Location a caller may follow itself. */
export function isRedirect(status: number): boolean {
  return [301, 302, 303, 307, 308].includes(status);
}

/** Runs fn with a signal that aborts at the deadline or with the caller's signal, whichever comes first. */
export async function withDeadline<T>(
  timeoutMs: number,
  signal: AbortSignal | undefined,
  fn: (s: AbortSignal) => Promise<T>
) {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new Error('deadline')), timeoutMs);
  try {
    return await fn(controller.signal);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** A request that got no answer: timed out, or the connection failed. `where` names the host and port. */
export function transportFailure(error: unknown, timeoutMs: number, where: string): OfdRequestError {
  const code = axios.isAxiosError(error) ? error.code : undefined;
  const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ERR_CANCELED';
  return timedOut
    ? new OfdRequestError('timeout', `no answer within ${timeoutMs} ms from ${where}`, { cause: error })
    : new OfdRequestError('network', `${networkMessage(error)} to ${where}`, { cause: error });
}

function networkMessage(error: unknown): string {
  const code = axios.isAxiosError(error) ? error.code : undefined;
  return code
    ? `connection failed (${code})`
    : `connection failed (${error instanceof Error ? error.message : 'unknown'})`;
}

/**
 * The host and port a request goes to. Only these: the path and query may hold a token, and a URL
 * may carry a login and password.
 */
export function endpointOf(path: string, baseUrl: string): string {
  try {
    const url = new URL(path, baseUrl);
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return `${url.hostname}:${port}`;
  } catch {
    return 'an address that cannot be read';
  }
}

/** Header names in lower case, values as text; repeated headers are left out. */
export function flattenHeaders(headers: AxiosResponse['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string' || typeof value === 'number') {
      flat[name.toLowerCase()] = String(value);
    }
  }
  return flat;
}
