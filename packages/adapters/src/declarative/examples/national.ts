import nationalJson from './national.json' with { type: 'json' };
import type { DeclarativeConfig } from '../config.js';

/**
 * The national dialect written as a declarative configuration (the contents of
 * `declarative/examples/national.json`): a template for a province nobody has coded. Replace
 * `baseUrl` and the `signing` credentials (placeholders here) before use.
 */
export const NATIONAL_DECLARATIVE_EXAMPLE: DeclarativeConfig = nationalJson as unknown as DeclarativeConfig;
