/** Settings of a circuit breaker. */
export interface CircuitBreakerOptions {
  /** Consecutive failed calls that open the circuit; default 5. */
  readonly failureThreshold: number;
  /** How long the circuit stays open before one trial call is let through; default 10000 ms. */
  readonly resetMs: number;
}

/** The default circuit breaker settings. */
export const DEFAULT_CIRCUIT_BREAKER: CircuitBreakerOptions = { failureThreshold: 5, resetMs: 10_000 };

/** The state of a circuit breaker. */
export type CircuitState = 'closed' | 'open' | 'halfOpen';

/** Permission for one call, to be settled with exactly one of its methods. */
export interface CircuitPermit {
  /** The call succeeded (or failed for a reason that says the province is up). */
  success(): void;
  /** The call failed in a way that says the province is down (timeouts, network errors, 5xx). */
  failure(): void;
  /** The call ended without telling anything (e.g. cancelled). */
  release(): void;
}

/**
 * A circuit breaker: after `failureThreshold` consecutive failed calls it opens and refuses calls
 * until `resetMs` has passed; then it is half-open and lets exactly one trial call through,
 * closing on its success and opening again on its failure.
 */
export class CircuitBreaker {
  readonly #options: CircuitBreakerOptions;
  readonly #now: () => number;
  #state: CircuitState = 'closed';
  #failures = 0;
  #openedAt = 0;
  #trialInFlight = false;

  /**
   * @param options - threshold and reset time.
   * @param now - the clock in milliseconds; defaults to `Date.now`.
   */
  constructor(options: CircuitBreakerOptions = DEFAULT_CIRCUIT_BREAKER, now: () => number = Date.now) {
    this.#options = options;
    this.#now = now;
  }

  /** The current state (an open circuit whose time is up reads as half-open). */
  get state(): CircuitState {
    if (this.#state === 'open' && this.#now() - this.#openedAt >= this.#options.resetMs) return 'halfOpen';
    return this.#state;
  }

  /** Milliseconds until an open circuit lets a trial through (0 when it would now). */
  get retryInMs(): number {
    return this.#state === 'open' ? Math.max(0, this.#options.resetMs - (this.#now() - this.#openedAt)) : 0;
  }

  /** A permit for one call, or `undefined` when the call must fail fast. */
  tryAcquire(): CircuitPermit | undefined {
    const state = this.state;
    if (state === 'open') return undefined;
    if (state === 'halfOpen') {
      if (this.#trialInFlight) return undefined;
      this.#state = 'halfOpen';
      this.#trialInFlight = true;
      return this.#permit(true);
    }
    return this.#permit(false);
  }

  #permit(trial: boolean): CircuitPermit {
    let settled = false;
    const settle = (f: () => void) => () => {
      if (settled) return;
      settled = true;
      if (trial) this.#trialInFlight = false;
      f();
    };
    return {
      success: settle(() => {
        this.#state = 'closed';
        this.#failures = 0;
      }),
      failure: settle(() => {
        this.#failures++;
        if (trial || this.#failures >= this.#options.failureThreshold) {
          this.#state = 'open';
          this.#openedAt = this.#now();
        }
      }),
      release: settle(() => undefined),
    };
  }
}
