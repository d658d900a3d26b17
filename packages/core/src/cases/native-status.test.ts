import { describe, expect, it } from 'vitest';
import { createStatusMapping, NATIONAL_EXCHANGE_STATUS_CODES } from './native-status.js';

describe('createStatusMapping', () => {
  const exchange = createStatusMapping(NATIONAL_EXCHANGE_STATUS_CODES);

  it('maps the known exchange codes', () => {
    const mapped = Object.fromEntries(['02', '05', '06', '07', '10', '11', '12', '13'].map((code) => {
      const r = exchange.map(code);
      return [code, r.ok ? r.status : r.error.code];
    }));
    expect(mapped).toEqual({
      '02': 'submitted',
      '05': 'accepted',
      '06': 'correctionRequested',
      '07': 'notAccepted',
      '10': 'concluded',
      '11': 'suspended',
      '12': 'processing',
      '13': 'withdrawn',
    });
    expect(exchange.label('05')).toBe('受理');
    expect(exchange.label('05', 'en')).toBe('Accepted');
    expect(exchange.nativeCodes('accepted')).toEqual(['05']);
  });

  it('refuses an unknown code, never guessing', () => {
    const r = exchange.map('99');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CASE_NATIVE_STATUS_UNKNOWN');
    expect(r.error.params).toEqual({ province: 'national-exchange', code: '99' });
    expect(r.error.message).toContain('“99”');
    expect(r.error.localized('en')).toContain('never guessed');
    expect(exchange.label('99')).toBeUndefined();
  });

  it('keeps native labels for zh-CN and lets several codes share a status', () => {
    const m = createStatusMapping({
      province: '37',
      entries: [
        { native: 'A1', label: '已接件', status: 'submitted' },
        { native: 'A2', label: '窗口收件', status: 'submitted' },
      ],
    });
    expect(m.label('A1')).toBe('已接件');
    expect(m.label('A1', 'en')).toBe('Received');
    expect(m.nativeCodes('submitted')).toEqual(['A1', 'A2']);
  });

  it('rejects duplicate codes and bad statuses at creation, with paths', () => {
    const entries = [
      { native: '05', status: 'accepted' as const },
      { native: '05', status: 'processing' as const },
    ];
    expect(() => createStatusMapping({ province: '37', entries })).toThrowError(
      expect.objectContaining({ code: 'CASE_NATIVE_STATUS_DUPLICATE', params: { province: '37', code: '05' }, path: ['entries', 1, 'native'] }),
    );
    const bad = { province: '37', entries: [{ native: '05', status: 'approved' }] } as never;
    expect(() => createStatusMapping(bad)).toThrowError(
      expect.objectContaining({ code: 'SCHEMA_INVALID_VALUE', path: ['entries', 0, 'status'] }),
    );
    expect(() => createStatusMapping({ province: '37', entries: [] })).toThrowError(expect.objectContaining({ code: 'SCHEMA_TOO_SMALL' }));
  });
});
