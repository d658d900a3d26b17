import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.js';

describe('CircuitBreaker', () => {
  it('opens after consecutive failures; a success in between resets the count', () => {
    let clock = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 2, resetMs: 100 }, () => clock);
    breaker.tryAcquire()?.failure();
    breaker.tryAcquire()?.success();
    breaker.tryAcquire()?.failure();
    expect(breaker.state).toBe('closed');
    breaker.tryAcquire()?.failure();
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBeUndefined();
    clock = 40;
    expect(breaker.retryInMs).toBe(60);
  });

  it('half-opens after resetMs with a single trial; a release frees the trial without deciding', () => {
    let clock = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 1, resetMs: 100 }, () => clock);
    breaker.tryAcquire()?.failure();
    clock = 100;
    const trial = breaker.tryAcquire();
    expect(trial).toBeDefined();
    expect(breaker.tryAcquire()).toBeUndefined();
    trial?.release();
    expect(breaker.state).toBe('halfOpen');
    const second = breaker.tryAcquire();
    second?.success();
    second?.failure(); // a permit settles once
    expect(breaker.state).toBe('closed');
  });
});
