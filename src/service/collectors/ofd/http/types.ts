import { type Body } from './body';

/** One request to an operator's API. */
export interface OfdRequest {
  method: 'GET' | 'POST';
  /** Path under the account's base URL, or an absolute URL (a separate auth host, a redirect target). */
  path: string;
  query?: Readonly<Record<string, string | number | undefined>>;
  headers?: Readonly<Record<string, string>>;
  /** A JSON body, or text sent as is (Kontur takes the password as the whole body). */
  data?: unknown;
  /** Hand a 3xx back to the caller instead of failing: the caller follows it itself. */
  acceptRedirect?: boolean;
}

export interface OfdResponse {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: Body;
  /** Retry-After as a wait from now, ms; null when the operator sent none. */
  retryAfterMs: number | null;
}

/** The JSON value of a response, or undefined when it had no body. */
export function jsonOf(response: OfdResponse): unknown {
  return response.body.kind === 'json' ? response.body.value : undefined;
}
