import * as z from 'zod/mini';
import type { PageQuery } from '../../contract/call.js';
import type { Application, CasesCapability, IdentitySession, SubmissionReceipt, SubmitOptions } from '../../contract/capabilities.js';
import { AdapterError } from '../../errors.js';
import type { HttpRequest } from '../../http/client.js';
import type { PagingStyle } from '../../http/envelope.js';
import { contractMessages } from '../../i18n/messages/contract.js';
import { applicationSchema, caseLookupQuerySchema, caseProgressSchema, caseSummarySchema, submitOptionsSchema } from '../../parse/cases-schemas.js';
import { pageQuerySchema } from '../../parse/catalog-schemas.js';
import { identitySessionSchema } from '../../parse/identity-schemas.js';
import { parseInput } from '../../parse/parse-response.js';
import type { JsonValue } from '../../stores/store.js';
import { submitApplication, type ApplicationSubmissionPort } from '../../submission/application.js';
import type { Submission } from '../../submission/submit-idempotently.js';
import { isProvinceError, translateProvinceError, withProvinceErrors, type DialectErrorTables, type ProvinceErrorTable } from '../mapping/province-errors.js';
import type { ObjectSpec } from '../mapping/spec.js';
import type { DialectRuntime } from './dialect-runtime.js';
import { callOptions } from './http-config.js';
import { pageOf, responseOf } from './mapped-io.js';

/*
 * The parts of a cases capability every adapter shares: submission through a port, the
 * "my cases" inputs, and the create step's error translation.
 */

/** `cases.submit`: the options and application validated, then the three steps run through `port(key)`. */
export function submitThrough<C extends JsonValue, U extends JsonValue>(
  submission: Submission,
  application: Application,
  options: SubmitOptions,
  port: (idempotencyKey: string) => ApplicationSubmissionPort<C, U>,
): Promise<SubmissionReceipt> {
  const { idempotencyKey } = parseInput(submitOptionsSchema, options, { what: 'cases.submit' });
  const parsed = parseInput(applicationSchema, application, { what: 'cases.submit' }) as Application;
  return submitApplication({ application: parsed, options: { ...options, idempotencyKey }, port: port(idempotencyKey), submission });
}

/** The validated session and page of `cases.listByApplicant` (20 rows by default, at most `maxPageSize`). */
export function applicantPage(session: IdentitySession, query: PageQuery, maxPageSize: number): { session: IdentitySession; requested: { page: number; pageSize: number } } {
  const s = parseInput(identitySessionSchema, session, { what: 'cases.listByApplicant' });
  const q = parseInput(pageQuerySchema, query, { what: 'cases.listByApplicant' });
  return { session: s, requested: { page: q.page ?? 1, pageSize: Math.min(q.pageSize ?? 20, maxPageSize) } };
}

/**
 * The create step's call: `40004` (the item's version is stale) is `ADAPTER_ITEM_VERSION_STALE`
 * naming `current()` (the province's version, best effort), anything else translated with `table`.
 */
export async function createCaseCall(call: () => Promise<unknown>, application: Application, key: string, table: ProvinceErrorTable, current: () => Promise<string> = async () => '?'): Promise<unknown> {
  try {
    return await call();
  } catch (error) {
    if (isProvinceError(error, '40004')) {
      throw new AdapterError(contractMessages, 'ADAPTER_ITEM_VERSION_STALE', { given: application.itemVersion, current: await current() }, { cause: error });
    }
    throw translateProvinceError(error, table, { implementationCode: application.implementationCode, key });
  }
}

/** What differs between the dialects' cases capabilities: requests, tables, the submission port. @internal */
export interface CasesDialect<R extends DialectRuntime, C extends JsonValue, U extends JsonValue> {
  /** The lookup request (after the dialect's own checks of `query`). */
  readonly lookupRequest: (rt: R, query: z.output<typeof caseLookupQuerySchema>) => HttpRequest;
  /** The "my cases" request of one page, with the bearer header. */
  readonly mineRequest: (requested: PageQuery, headers: { readonly authorization: string }) => HttpRequest;
  /** What refusals mean. */
  readonly errors: DialectErrorTables;
  /** The progress answer → `CaseProgress`. */
  readonly progressFields: ObjectSpec;
  /** A row of "my cases" → `CaseSummary`. */
  readonly rowFields: ObjectSpec;
  /** The dialect's paging. */
  readonly paging: PagingStyle;
  /** The largest page served. */
  readonly maxPageSize: number;
  /** The three submission steps under one idempotency key. */
  readonly port: (rt: R, idempotencyKey: string) => ApplicationSubmissionPort<C, U>;
}

/** A dialect's cases capability: lookup, three-step submission, "my cases". @internal */
export function dialectCases<R extends DialectRuntime, C extends JsonValue, U extends JsonValue>(rt: R, dialect: CasesDialect<R, C, U>): CasesCapability {
  return {
    async lookup(query, options = {}) {
      const q = parseInput(caseLookupQuerySchema, query, { what: 'cases.lookup' });
      const request = dialect.lookupRequest(rt, q);
      const data = await withProvinceErrors(() => rt.client.request({ ...request, ...callOptions(options) }), dialect.errors.lookup);
      return responseOf(rt, caseProgressSchema, dialect.progressFields, data, 'cases.lookup');
    },

    async submit(application, options) {
      return submitThrough(rt.submission, application, options, (key) => dialect.port(rt, key));
    },

    async listByApplicant(session, query = {}, options = {}) {
      const { session: s, requested } = applicantPage(session, query, dialect.maxPageSize);
      const request = dialect.mineRequest(requested, { authorization: `Bearer ${s.accessToken}` });
      const data = await withProvinceErrors(() => rt.client.request({ ...request, ...callOptions(options) }), dialect.errors.session);
      return pageOf(rt, dialect.paging, caseSummarySchema, dialect.rowFields, data, 'cases.listByApplicant', requested);
    },
  };
}
