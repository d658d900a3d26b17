import { translate } from '@sijitong/core';
import { simulatorMessages } from '../../i18n/messages/simulator.js';
import { verifyZhejiangHmac, ZHEJIANG_HMAC_HEADERS } from '../../signing/index.js';
import { SIMULATOR_CREDENTIALS } from '../credentials.js';
import { jsonReply, parseJson, type Reply, type SimRequest } from '../http-io.js';
import type { Handler } from '../router.js';
import { SimError } from '../sim-error.js';
import { DataWithHeaders, RawReply, type ApiHandler } from './api.js';

/** The national envelope of a success: `{ code: '0', msg: '成功', data }`. */
export function nationalOk(data: unknown, headers: Readonly<Record<string, string>> = {}): Reply {
  return jsonReply({ code: '0', msg: translate(simulatorMessages, 'SIM_OK'), data }, 200, headers);
}

/** The national envelope of an error: `{ code: '40400', msg, data: null }` with the kind's HTTP status. */
export function nationalError(error: SimError, headers: Readonly<Record<string, string>> = {}): Reply {
  return jsonReply({ code: String(error.code), msg: error.message, data: null }, error.status, headers);
}

/** The gateway client (access key) a request claims, for rate limiting. */
export function nationalClientOf(headers: Headers): string | undefined {
  return headers.get(ZHEJIANG_HMAC_HEADERS.accessKey) ?? undefined;
}

/** Answers a handler's result in the national envelope, or its `SimError`. */
export async function nationalRespond(run: () => Promise<unknown>): Promise<Reply> {
  try {
    const result = await run();
    if (result instanceof RawReply) return result.reply;
    if (result instanceof DataWithHeaders) return nationalOk(result.data, result.headers);
    return nationalOk(result);
  } catch (error) {
    if (error instanceof SimError) return nationalError(error);
    throw error;
  }
}

/**
 * A national API route: checks the Zhejiang-style HMAC signature (401 `40100` otherwise), parses
 * a JSON body when there is one (`40001` when it is not JSON), runs `handler` in the envelope.
 */
export function nationalApi(handler: ApiHandler): Handler {
  return (request: SimRequest) =>
    nationalRespond(async () => {
      const verified = await verifyZhejiangHmac(
        { method: request.method, url: request.url, headers: request.headers, body: request.body === '' ? undefined : request.body },
        { secretFor: (key) => (key === SIMULATOR_CREDENTIALS.national.accessKey ? SIMULATOR_CREDENTIALS.national.secret : undefined) },
      );
      if (!verified.ok) throw new SimError('SIGNATURE_INVALID', { detail: verified.reason });
      let body: unknown;
      if (request.body !== '') {
        body = parseJson(request.body);
        if (body === undefined) throw new SimError('PARAM_INVALID', { detail: 'body' });
      }
      return handler({ request, client: verified.accessKey, body });
    });
}
