import { MINUTE_MS } from '../../domain/time';
import { type Clock } from './http/clock';
import { isOfdRequestError } from './http/errors';

/** A session token and, when the operator says, when it stops working. */
export interface SessionToken {
  token: string;
  expiresAt: number | null;
}

/** A token this close to its expiry is renewed before use rather than after a refusal. */
const RENEW_BEFORE_MS = 5 * MINUTE_MS;

/**
 * The login of one account, shared by all its requests: one login at a time however many requests
 * need it, renewal before a known expiry, and one new login and retry when the operator says the
 * session expired (Taxcom 2109, Kontur 401002, a refused token).
 */
export class Session {
  private current: SessionToken | null = null;
  private pending: Promise<SessionToken> | null = null;

  constructor(
    private readonly login: (signal: AbortSignal) => Promise<SessionToken>,
    private readonly clock: Clock
  ) {}

  /** Runs a request with the session's token; logs in again once if the session expired meanwhile. */
  async use<T>(signal: AbortSignal, request: (token: string) => Promise<T>): Promise<T> {
    const first = await this.token(signal);
    try {
      return await request(first);
    } catch (error) {
      if (!isOfdRequestError(error, 'session_expired')) {
        throw error;
      }
      this.forget(first);
      return request(await this.token(signal));
    }
  }

  private async token(signal: AbortSignal): Promise<string> {
    const current = this.current;
    if (current && (current.expiresAt === null || current.expiresAt - RENEW_BEFORE_MS > this.clock.now())) {
      return current.token;
    }

    this.pending ??= this.login(signal).finally(() => (this.pending = null));
    this.current = await this.pending;
    return this.current.token;
  }

  /** Drops a token the operator refused, unless another request already replaced it. */
  private forget(token: string): void {
    if (this.current?.token === token) {
      this.current = null;
    }
  }
}
