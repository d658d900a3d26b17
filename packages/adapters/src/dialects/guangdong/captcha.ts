import * as z from 'zod/mini';
import type { CallOptions } from '../../contract/call.js';
import { textSchema } from '../../parse/fields.js';
import { callOptions } from '../shared/http-config.js';
import { responseOf } from '../shared/mapped-io.js';
import { GUANGDONG_CAPTCHA_FIELDS } from './record-fields.js';
import type { GuangdongRuntime } from './runtime.js';

/** A captcha to show the applicant before a progress lookup. */
export interface IssuedCaptcha {
  /** Its id, passed back in `CaseLookupQuery.captcha.id`. */
  readonly id: string;
  /** The picture, a `data:` URI (SVG or PNG). */
  readonly image: string;
}

/** The captcha service of a province whose lookups need one (an extra of the guangdong adapter). */
export interface CaptchaService {
  /** Issues a fresh, single-use captcha (any lookup attempt uses it up). */
  issue(options?: CallOptions): Promise<IssuedCaptcha>;
}

const captchaSchema = /* @__PURE__ */ z.object({ id: textSchema, image: z.string().check(z.regex(/^data:image\//)) });

/** `GET /captcha` (signed, no body); a retried GET merely issues another captcha. @internal */
export function guangdongCaptcha(rt: GuangdongRuntime): CaptchaService {
  return {
    async issue(options = {}) {
      const data = await rt.client.request({ method: 'GET', path: '/captcha', ...callOptions(options) });
      return responseOf(rt, captchaSchema, GUANGDONG_CAPTCHA_FIELDS, data, 'captcha.issue');
    },
  };
}
