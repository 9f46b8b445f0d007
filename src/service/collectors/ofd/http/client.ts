import http from 'node:http';
import https from 'node:https';

import axios, { type AxiosInstance } from 'axios';

import { type OfdOperator } from '../../../domain/device';
import { type SelfMetrics } from '../../../exporter/selfMetrics';
import { type Logger } from '../../../logger';
import { type BackoffPolicy, backoffDelay, parseRetryAfter } from './backoff';
import { readBody } from './body';
import { type CircuitBreaker } from './breaker';
import { credentialHint } from '../credentials';
import { type Failure, classifyResponse, countsAgainstBreaker, type Verdict } from './classify';
import { type Clock } from './clock';
import { OfdRequestError } from './errors';
import { type RequestLimiter } from './limiter';
import { endpointOf, flattenHeaders, isRedirect, transportFailure, withDeadline } from './transport';
import { type OfdRequest, type OfdResponse } from './types';

export interface OfdHttpOptions {
  operator: OfdOperator;
  account: string;
  baseUrl: string;
  timeoutMs: number;
  /** Further attempts after the first, for failures worth retrying. */
  maxRetries: number;
  /** Longest wait before a retry; a longer Retry-After ends the attempt and leaves it to the next round. */
  maxRetryWaitMs: number;
  /** The longest the breaker stays open after the operator rejected the credentials again and again. */
  authCooldownMs: number;
  backoff: BackoffPolicy;
  limiter: RequestLimiter;
  breaker: CircuitBreaker;
  metrics: SelfMetrics;
  logger: Logger;
  clock: Clock;
  random?: () => number;
  /** The operator's own reading of a response, where it differs from the shared one. */
  classify?(response: OfdResponse, request: OfdRequest): Verdict | null;
  /** The account's settings a refusal of the request points to. */
  credentials(request: OfdRequest, operatorCode: string | null): readonly string[];
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * The HTTP behaviour every OFD client shares: limits per token, timeouts, retries with capped
 * exponential backoff and full jitter, Retry-After, a circuit breaker per account, defensive body
 * reading, and a count of every request and failure.
 */
export class OfdHttp {
  private readonly axios: AxiosInstance;
  private readonly labels: { operator: OfdOperator };

  constructor(private readonly options: OfdHttpOptions) {
    const agent = { keepAlive: true, maxSockets: options.limiter.maxConcurrency };
    this.axios = axios.create({
      baseURL: options.baseUrl.replace(/\/?$/, '/'),
      maxRedirects: 0,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true,
      maxContentLength: MAX_BODY_BYTES,
      httpAgent: new http.Agent(agent),
      httpsAgent: new https.Agent(agent),
    });
    this.labels = { operator: options.operator };
  }

  /** Sends a request until it succeeds, fails for good or runs out of retries; throws OfdRequestError. */
  async request(request: OfdRequest, signal?: AbortSignal): Promise<OfdResponse> {
    this.admit();

    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt(request, signal);
      if (!(outcome instanceof OfdRequestError)) {
        this.options.breaker.success();
        return outcome;
      }

      this.options.metrics.ofdFailures.inc({ ...this.labels, reason: outcome.reason });
      const wait = this.retryWait(outcome, attempt);
      if (wait === null) {
        this.settleFailure(outcome);
        throw outcome;
      }
      await this.waitBeforeRetry(outcome, wait, signal);
    }
  }

  /** The account's API address, as requests are resolved against it. */
  get baseUrl(): string {
    return this.axios.defaults.baseURL ?? this.options.baseUrl;
  }

  /** A usable HTTP answer whose body is not what the operator documents: counted like any failure. */
  badBody(detail: string, response: OfdResponse): OfdRequestError {
    this.options.metrics.ofdFailures.inc({ ...this.labels, reason: 'bad_body' });
    return new OfdRequestError('bad_body', detail, { status: response.status });
  }

  private admit(): void {
    if (!this.options.breaker.tryPass()) {
      this.options.metrics.ofdFailures.inc({ ...this.labels, reason: 'breaker_open' });
      const { account, breaker } = this.options;
      const minutes = Math.ceil(breaker.remainingMs / 60_000);
      throw new OfdRequestError('breaker_open', `"${account}" for ${minutes} min more, after ${breaker.reason}`);
    }
  }

  /** One attempt: a usable response, or the failure it amounts to. Aborts by the caller propagate. */
  private async attempt(request: OfdRequest, signal?: AbortSignal): Promise<OfdResponse | OfdRequestError> {
    const permit = await this.acquire(signal);
    permit.markSent();
    const started = performance.now();
    try {
      const response = await this.send(request, signal);
      this.observe(request, String(response.status), started);
      const verdict = this.options.classify?.(response, request) ?? classifyResponse(response);
      return verdict.ok || (request.acceptRedirect && isRedirect(response.status))
        ? response
        : this.refusal(verdict, response, request);
    } catch (error) {
      this.observe(request, 'error', started);
      if (signal?.aborted) {
        this.options.breaker.abandon();
        throw error;
      }
      return transportFailure(error, this.options.timeoutMs, endpointOf(request.path, this.baseUrl));
    } finally {
      permit.release();
    }
  }

  /** The error an unusable answer amounts to; a refusal of the credentials says which setting to fix. */
  private refusal(verdict: Failure, response: OfdResponse, request: OfdRequest): OfdRequestError {
    const code = verdict.operatorCode ?? null;
    const message =
      verdict.reason === 'auth'
        ? `${verdict.message}; ${credentialHint(this.options.account, this.options.credentials(request, code))}`
        : verdict.message;
    return new OfdRequestError(verdict.reason, message, {
      status: response.status,
      retryable: verdict.retry,
      retryAfterMs: verdict.retryAfterMs,
      operatorCode: verdict.operatorCode,
    });
  }

  private async acquire(signal?: AbortSignal) {
    let permit;
    try {
      permit = await this.options.limiter.acquire(signal);
    } catch (error) {
      this.options.breaker.abandon();
      throw error;
    }
    if (permit.waitedMs > 0) {
      this.options.metrics.ofdThrottleWait.inc(this.labels, permit.waitedMs / 1000);
    }
    return permit;
  }

  private async send(request: OfdRequest, signal?: AbortSignal): Promise<OfdResponse> {
    const response = await withDeadline(this.options.timeoutMs, signal, (combined) =>
      this.axios.request<string>({
        method: request.method,
        url: request.path,
        params: request.query,
        headers: { Accept: 'application/json', ...request.headers },
        data: request.data,
        signal: combined,
      })
    );

    const headers = flattenHeaders(response.headers);
    return {
      status: response.status,
      headers,
      body: readBody(typeof response.data === 'string' ? response.data : ''),
      retryAfterMs: parseRetryAfter(headers['retry-after'], this.options.clock.now()),
    };
  }

  private observe(request: OfdRequest, status: string, started: number): void {
    const seconds = (performance.now() - started) / 1000;
    this.options.metrics.ofdRequests.inc({ ...this.labels, status });
    this.options.metrics.ofdRequestDuration.observe(this.labels, seconds);
    // The path only: OFD.ru puts the token in the query string.
    const path = request.path.split('?')[0];
    this.options.logger.debug({ method: request.method, path, status, seconds }, 'OFD request');
  }

  /** Wait before the next attempt, or null when this failure is final. */
  private retryWait(failure: OfdRequestError, attempt: number): number | null {
    if (!failure.retryable || attempt >= this.options.maxRetries) {
      return null;
    }

    const random = this.options.random ?? Math.random;
    const wait = failure.retryAfterMs ?? backoffDelay(attempt, this.options.backoff, random);
    return wait > this.options.maxRetryWaitMs ? null : wait;
  }

  private async waitBeforeRetry(failure: OfdRequestError, wait: number, signal?: AbortSignal): Promise<void> {
    const { clock, limiter, metrics } = this.options;
    if (failure.reason === 'rate_limited') {
      // The limit is the token's: every request of the account holds back, and the limiter counts the wait.
      limiter.pause(clock.elapsed() + wait);
      return;
    }
    if (failure.retryAfterMs !== null) {
      metrics.ofdThrottleWait.inc(this.labels, wait / 1000);
    }
    await clock.sleep(wait, signal);
  }

  private settleFailure(failure: OfdRequestError): void {
    const { breaker, clock, limiter, authCooldownMs } = this.options;
    if (failure.reason === 'auth') {
      breaker.refused(`the OFD rejected the credentials (${failure.message})`, authCooldownMs);
    } else if (countsAgainstBreaker(failure.reason)) {
      breaker.failure(failure.message);
    } else {
      breaker.abandon();
    }
    if (failure.reason === 'rate_limited' && failure.retryAfterMs !== null) {
      limiter.pause(clock.elapsed() + failure.retryAfterMs);
    }
  }
}
