import { type OfdOperator } from '../../domain/device';
import { type SelfMetrics } from '../../exporter/selfMetrics';
import { type Logger } from '../../logger';
import { type OfdAccountConfig } from './config';
import { OPERATOR_DEFAULTS } from './defaults';
import { DEFAULT_BACKOFF } from './http/backoff';
import { BREAKER_STATE_VALUE, CircuitBreaker } from './http/breaker';
import { type Verdict } from './http/classify';
import { OfdHttp } from './http/client';
import { type Clock } from './http/clock';
import { RequestLimiter } from './http/limiter';
import { type OfdRequest, type OfdResponse } from './http/types';

/** What every operator's client is built from. */
export interface AccountDeps {
  metrics: SelfMetrics;
  logger: Logger;
  clock: Clock;
  env: NodeJS.ProcessEnv;
  random?: () => number;
  /** Told when each request goes out (clock.elapsed() time), as the rate limit counts it. */
  observeSend?(operator: OfdOperator, at: number): void;
}

/** The limits that apply to an account: its own settings, else the operator's safe defaults. */
export function accountLimits(account: OfdAccountConfig) {
  const defaults = OPERATOR_DEFAULTS[account.operator];
  return {
    baseUrl: account.baseUrl ?? defaults.baseUrl,
    maxConcurrency: account.maxConcurrency ?? defaults.maxConcurrency,
    maxRequestsPerSecond: account.maxRequestsPerSecond ?? defaults.maxRequestsPerSecond,
    maxPeriodMs: defaults.maxPeriodMs,
  };
}

/** How an operator's answers are read, where that differs from the shared reading. */
export interface OperatorReading {
  classify?(response: OfdResponse, request: OfdRequest): Verdict | null;
  /** The settings a refusal of this request points to, named as in the account's configuration. */
  credentials(request: OfdRequest, operatorCode: string | null): readonly string[];
}

/** The shared HTTP stack of one account: its limiter, its breaker (exported as a gauge) and its client. */
export function accountHttp(account: OfdAccountConfig, deps: AccountDeps, reading: OperatorReading): OfdHttp {
  const limits = accountLimits(account);
  const labels = { operator: account.operator, account: account.name };
  const gauge = deps.metrics.ofdBreakerState;
  gauge.set(labels, BREAKER_STATE_VALUE.closed);

  return new OfdHttp({
    operator: account.operator,
    account: account.name,
    baseUrl: limits.baseUrl,
    timeoutMs: account.timeout,
    maxRetries: account.maxRetries,
    maxRetryWaitMs: account.maxRetryWait,
    authCooldownMs: account.authCooldown,
    backoff: DEFAULT_BACKOFF,
    limiter: new RequestLimiter({
      maxConcurrency: limits.maxConcurrency,
      maxPerSecond: limits.maxRequestsPerSecond,
      clock: deps.clock,
      onSend: deps.observeSend && ((at) => deps.observeSend?.(account.operator, at)),
    }),
    breaker: new CircuitBreaker({
      failureThreshold: account.breakerThreshold,
      cooldownMs: account.breakerCooldown,
      clock: deps.clock,
      onChange: (state) => gauge.set(labels, BREAKER_STATE_VALUE[state]),
    }),
    metrics: deps.metrics,
    logger: deps.logger.child({ operator: account.operator, account: account.name }),
    clock: deps.clock,
    random: deps.random,
    classify: reading.classify,
    credentials: reading.credentials,
  });
}
