import { createStatusMapping, type StatusMappingDefinition } from '@sijitong/core';
import type { HttpClient } from '../../http/client.js';
import type { Signer } from '../../signing/signer.js';
import { createMemoryStore } from '../../stores/memory-store.js';
import { createSubmission, type Submission } from '../../submission/submit-idempotently.js';
import type { CodeTable } from '../mapping/spec.js';
import type { DialectConfig } from './dialect-config.js';
import type { DialectTables } from './mapped-io.js';

/** Everything the capabilities of a dialect adapter share: tables, the signed client, submissions. @internal */
export interface DialectRuntime<C extends DialectConfig = DialectConfig> extends DialectTables {
  /** The validated configuration. */
  readonly config: C;
  /** The signed client of the gateway. */
  readonly client: HttpClient;
  /** The request signer (also used for file downloads). */
  readonly signer: Signer;
  /** Remembers submissions per idempotency key. */
  readonly submission: Submission;
}

/**
 * The dialect-independent part of a runtime: the submission memory (prefixed with the adapter's
 * id, default `dialect`), the code tables, and the status table (the configured one, or the
 * dialect's with the configured province). @internal
 */
export function dialectRuntimeParts(
  config: DialectConfig,
  dialect: string,
  tables: Readonly<Record<string, CodeTable>>,
  statusTable: StatusMappingDefinition,
): Pick<DialectRuntime, 'submission' | 'tables' | 'status' | 'dataPath'> {
  const table = config.statusTable ?? { ...statusTable, province: config.province ?? statusTable.province };
  return {
    submission: createSubmission({ store: config.store ?? createMemoryStore(), prefix: `submission:${config.id ?? dialect}:` }),
    tables,
    status: createStatusMapping(table),
    dataPath: ['data'],
  };
}
