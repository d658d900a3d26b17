import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { localizeZodError } from '../i18n/zod.js';
import { assertMobileNumber, isMobileNumber, mobileNumberSchema } from './mobile.js';

describe('mobile numbers', () => {
  it('accepts 11 digits starting with 13–19', () => {
    for (const value of ['13812345678', '14700000000', '15012345678', '16612345678', '17712345678', '18812345678', '19912345678']) {
      expect(isMobileNumber(value)).toBe(true);
    }
  });

  it('rejects everything else', () => {
    for (const value of ['12812345678', '10812345678', '23812345678', '1381234567', '138123456789', '138 1234 5678', '+8613812345678', '1381234567a', '１3812345678', '']) {
      expect(isMobileNumber(value)).toBe(false);
      expect(() => assertMobileNumber(value)).toThrowError(expect.objectContaining({ code: 'MOBILE_NUMBER_INVALID' }));
    }
    expect(isMobileNumber(null as unknown as string)).toBe(false);
  });

  it('schema reports a localised issue', () => {
    expect(z.safeParse(mobileNumberSchema, '13812345678').success).toBe(true);
    const result = z.safeParse(mobileNumberSchema, '12345');
    expect(result.success).toBe(false);
    if (result.success) return;
    const [zh] = localizeZodError(result.error, 'zh-CN');
    const [en] = localizeZodError(result.error, 'en');
    expect(zh?.code).toBe('MOBILE_NUMBER_INVALID');
    expect(zh?.message).toContain('手机号码');
    expect(en?.message).toContain('mobile number');
  });
});
