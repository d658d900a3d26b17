import { defineMessages } from '@sijitong/core';

/**
 * Messages of calls to provincial systems over HTTP: timeouts, network failures, HTTP statuses,
 * the circuit breaker, cancellation, bodies that are not JSON, and error codes a province returns
 * inside an HTTP 200 (envelope rules). `{what}` is the method and path called (never the query).
 */
export const httpMessages = /* @__PURE__ */ defineMessages(
  {
    ADAPTER_TIMEOUT: '调用省级系统（{what}）超时（{ms} 毫秒内未完成）：省级系统可能繁忙，请稍后重试。',
    ADAPTER_NETWORK: '无法连接省级系统（{what}）：网络中断或连接被对方关闭。请检查网络后稍后重试。',
    ADAPTER_HTTP_STATUS: '省级系统（{what}）返回 HTTP {status}：{hint}',
    ADAPTER_CIRCUIT_OPEN: '省级系统（{what}）近期连续调用失败，已暂停访问以免加重其负担：请约 {seconds} 秒后重试。',
    ADAPTER_ABORTED: '调用省级系统（{what}）已取消。',
    RESPONSE_NOT_JSON: '省级系统（{what}）返回的内容不是 JSON（HTTP {status}）：可能是网关错误页或接口地址有误，请核对接口地址。',
    PROVINCE_ERROR: '省级系统返回错误（代码 {code}）：{message}',
    ENVELOPE_CODE_MISSING: '省级系统（{what}）的响应中没有状态码字段 {field}：请核对适配器的报文规则（envelope）与接口文档。',
    'hint.retryable': '省级系统暂时不可用或限流，请稍后重试。',
    'hint.client': '请求被拒绝，请核对接口地址、参数和签名配置。',
  },
  {
    ADAPTER_TIMEOUT: 'The call to the provincial system ({what}) timed out (not done within {ms} ms): it may be busy; try again later.',
    ADAPTER_NETWORK: 'Could not reach the provincial system ({what}): the network failed or the peer closed the connection. Check the network and try again later.',
    ADAPTER_HTTP_STATUS: 'The provincial system ({what}) answered HTTP {status}: {hintEn}',
    ADAPTER_CIRCUIT_OPEN:
      'Recent calls to the provincial system ({what}) kept failing, so calls are paused to spare it: try again in about {seconds} seconds.',
    ADAPTER_ABORTED: 'The call to the provincial system ({what}) was cancelled.',
    RESPONSE_NOT_JSON:
      'The provincial system ({what}) answered with something that is not JSON (HTTP {status}): probably a gateway error page or a wrong endpoint; check the endpoint URL.',
    PROVINCE_ERROR: 'The provincial system returned an error (code {code}): {message}',
    ENVELOPE_CODE_MISSING:
      'The response of the provincial system ({what}) has no status-code field {field}: check the adapter\'s envelope rule against the API documentation.',
    'hint.retryable': 'the provincial system is unavailable or rate-limiting for now; try again later.',
    'hint.client': 'the request was refused; check the endpoint, parameters and signing configuration.',
  },
);
