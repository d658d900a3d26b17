import { defineMessages } from '@sijitong/core';

/**
 * Messages of the server-side proxy (`@sijitong/adapters/server`) and of the remote adapter that
 * calls it from the browser: calls that are not allowed, unknown or not provided, rate limits,
 * malformed requests and unexpected failures. `{method}` is `capability.method`.
 */
export const proxyMessages = /* @__PURE__ */ defineMessages(
  {
    ADAPTER_CAPABILITY_FORBIDDEN: '本站未开放“{method}”：该功能只能在服务端调用，或未列入代理的允许清单（allow）。',
    ADAPTER_CAPABILITY_MISSING: '所接入的省级系统不提供“{method}”：请通过其他渠道办理，或联系本站管理员。',
    PROXY_METHOD_UNKNOWN: '没有名为“{method}”的接口：请核对请求路径，格式为 /能力名/方法名，例如 /cases/lookup。',
    PROXY_HTTP_METHOD: '代理接口只接受 POST 请求（收到 {httpMethod}）：请用 POST 发送 JSON。',
    PROXY_BODY_NOT_JSON: '请求体不是有效的 JSON：请以 Content-Type: application/json 发送 JSON 对象。',
    PROXY_BODY_TOO_LARGE: '请求体超过 {maxBytes} 字节的上限：请压缩或拆分上传的材料后重试。',
    ADAPTER_RATE_LIMITED: '请求过于频繁：请约 {seconds} 秒后再试。',
    ADAPTER_INTERNAL: '服务端处理请求时出错：请稍后重试；如持续出现，请联系本站管理员。',
    'remote.name': '本站服务端（代理省级系统）',
    REMOTE_RESPONSE_INVALID: '本站服务端（{what}）返回的内容格式不正确（HTTP {status}）：请确认代理地址配置正确，并联系本站管理员。',
  },
  {
    ADAPTER_CAPABILITY_FORBIDDEN:
      '"{method}" is not open on this site: it can only be called on the server, or it is not in the proxy\'s allow list.',
    ADAPTER_CAPABILITY_MISSING: 'The connected provincial system does not offer "{method}": use another channel, or contact the site administrator.',
    PROXY_METHOD_UNKNOWN: 'There is no call named "{method}": check the request path, which has the form /capability/method, e.g. /cases/lookup.',
    PROXY_HTTP_METHOD: 'The proxy only accepts POST (got {httpMethod}): send JSON with POST.',
    PROXY_BODY_NOT_JSON: 'The request body is not valid JSON: send a JSON object with Content-Type: application/json.',
    PROXY_BODY_TOO_LARGE: 'The request body exceeds the limit of {maxBytes} bytes: compress or split the uploaded materials and try again.',
    ADAPTER_RATE_LIMITED: 'Too many requests: try again in about {seconds} seconds.',
    ADAPTER_INTERNAL: 'The server failed while handling the request: try again later, and contact the site administrator if it persists.',
    'remote.name': 'This site\'s server (proxying the provincial system)',
    REMOTE_RESPONSE_INVALID:
      'This site\'s server ({what}) answered with a malformed response (HTTP {status}): check the proxy URL and contact the site administrator.',
  },
);
