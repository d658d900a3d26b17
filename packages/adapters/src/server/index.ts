/**
 * `@sijitong/adapters/server`: the browser → own server → province topology. Signing adapters and
 * their secrets run on the integrator's server; browsers call a proxy exposing only the allowed
 * adapter calls, through `createRemoteAdapter` of the main entry.
 *
 * @packageDocumentation
 * @module @sijitong/adapters/server
 */
export {
  createProxyHandler,
  type ProxyContext,
  type ProxyHandler,
  type ProxyHandlerOptions,
  type ProxyRateLimit,
} from './proxy-handler.js';
export { toNodeListener, type NodeListener } from './node-listener.js';
export { errorResponse, PROXY_STATUS_BY_CODE, proxyErrorPayload, proxyStatusOf } from './proxy-status.js';
export { DEFAULT_PROXY_ALLOW, PROXY_METHODS, type ProxyMethod } from '../http/proxy-wire.js';
