import { type Clock } from './clock';

export type BreakerState = 'closed' | 'half_open' | 'open';

/** The pause after a first refusal of the credentials; each further refusal in a row doubles it. */
export const FIRST_AUTH_COOLDOWN_MS = 60_000;

/** Exported as kkt_ofd_circuit_breaker_state. */
export const BREAKER_STATE_VALUE: Record<BreakerState, number> = { closed: 0, half_open: 1, open: 2 };

export interface BreakerOptions {
  /** Failures in a row that open the breaker. */
  failureThreshold: number;
  /** How long it stays open before one probe request may try again, ms. */
  cooldownMs: number;
  clock: Clock;
  onChange?(state: BreakerState): void;
}

/**
 * Circuit breaker of one OFD account. Closed: requests pass. Open: requests fail at once without
 * reaching the operator. After the cooldown it lets a single probe through (half-open); the probe's
 * success closes it, its failure opens it again.
 */
export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private failures = 0;
  private openUntil = 0;
  private probing = false;
  private openReason = '';
  private refusals = 0;

  constructor(private readonly options: BreakerOptions) {}

  get state(): BreakerState {
    return this.current;
  }

  /** Why it opened, for the error a refused request carries. */
  get reason(): string {
    return this.openReason;
  }

  /** How long it stays open, ms; 0 when it is not open. */
  get remainingMs(): number {
    return this.current === 'open' ? Math.max(0, this.openUntil - this.options.clock.elapsed()) : 0;
  }

  /** Whether a request may go out now; in half-open state only one probe at a time. */
  tryPass(): boolean {
    if (this.current === 'open' && this.options.clock.elapsed() >= this.openUntil) {
      this.set('half_open');
    }
    if (this.current === 'closed') {
      return true;
    }
    if (this.current === 'half_open' && !this.probing) {
      this.probing = true;
      return true;
    }
    return false;
  }

  success(): void {
    this.failures = 0;
    this.refusals = 0;
    this.probing = false;
    this.set('closed');
  }

  failure(reason: string): void {
    this.failures++;
    if (this.current === 'half_open') {
      this.trip(`the probe failed (${reason})`, this.options.cooldownMs);
    } else if (this.failures >= this.options.failureThreshold) {
      this.trip(`${this.failures} failures in a row (the last: ${reason})`, this.options.cooldownMs);
    }
  }

  /**
   * The operator rejected the credentials: opens at once, as retrying cannot help. A single refusal may be
   * the operator's passing fault, so the first pause is short; each refusal in a row doubles it, up to
   * maxCooldownMs, and a success starts again from the first.
   */
  refused(reason: string, maxCooldownMs: number): void {
    const pause = FIRST_AUTH_COOLDOWN_MS * 2 ** Math.min(this.refusals, 30);
    this.refusals++;
    this.trip(reason, Math.min(pause, maxCooldownMs));
  }

  /** Opens at once for the cooldown given. */
  trip(reason: string, cooldownMs: number): void {
    this.openReason = reason;
    this.openUntil = this.options.clock.elapsed() + cooldownMs;
    this.probing = false;
    this.set('open');
  }

  /** A probe that ended without a verdict (aborted, or a request error of ours) frees the half-open slot. */
  abandon(): void {
    this.probing = false;
  }

  private set(state: BreakerState): void {
    if (state !== this.current) {
      this.current = state;
      this.options.onChange?.(state);
    }
  }
}
