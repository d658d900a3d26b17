/**
 * The declarative adapter: an adapter from a JSON configuration, for provinces nobody has coded.
 * @module
 */
export { createDeclarativeAdapter, declarativeAdapter } from './adapter.js';
export {
  DECLARATIVE_ENDPOINTS,
  declarativeConfigSchema,
  endpointConfigSchema,
  envelopeConfigSchema,
  gmEnvelopeConfigSchema,
  pagingConfigSchema,
  signingConfigSchema,
  type AppKeySigningConfig,
  type ChangesFieldsConfig,
  type DeclarativeConfig,
  type DeclarativeConfigParsed,
  type DeclarativeEndpointName,
  type DeclarativeEndpoints,
  type DeclarativeFieldsConfig,
  type EndpointConfig,
  type GmEnvelopeConfig,
  type GuangdongTifSigningConfig,
  type NoSigningConfig,
  type PagingConfig,
  type SigningConfig,
  type ZhejiangHmacSigningConfig,
} from './config.js';
export { NATIONAL_DECLARATIVE_EXAMPLE } from './examples/national.js';
