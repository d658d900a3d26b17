import * as z from 'zod/mini';
import {
  bundleSchema,
  caseSchema,
  itemSchema,
  type Bundle,
  type BundleInput,
  type Case,
  type CaseInput,
  type Item,
  type ItemInput,
} from '@sijitong/core';
import { generateCases, junanBundles, junanItems } from '@sijitong/core/fixtures';
import type { ELicence, VerifiedProfile } from '../contract/capabilities.js';
import { AdapterError } from '../errors.js';
import { staticMessages } from '../i18n/messages/static.js';
import { verifiedProfileSchema } from '../parse/identity-schemas.js';
import { eLicenceQuerySchema, eLicenceSchema } from '../parse/licence-schemas.js';
import { describeIssueSafely, formatPath } from '../parse/parse-response.js';
import { textSchema } from '../parse/fields.js';
import { defaultLicences, defaultUsers } from './default-data.js';

/** A test user of the static adapter's fake unified login. */
export interface StaticUser {
  /** Login id, e.g. `person-1`. */
  readonly id: string;
  /** What `identity.profile` returns for the user. */
  readonly profile: VerifiedProfile;
}

/** An e-licence held in the static adapter, with its holder. */
export interface StaticLicence extends ELicence {
  /** Whose licence it is. */
  readonly holder:
    | {
        /** A person's 居民身份证号. */
        readonly idNumber: string;
      }
    | {
        /** An organisation's 统一社会信用代码. */
        readonly creditCode: string;
      };
}

/** The data of a static adapter; every list is optional (see {@link createStaticAdapter} for defaults). */
export interface StaticAdapterData {
  /** Service items (parsed with core's `itemSchema`). Default: the Junan fixture county. */
  readonly items?: readonly ItemInput[];
  /** 一件事 bundles (core's `bundleSchema`). Default: the Junan bundles when items are defaulted too, else none. */
  readonly bundles?: readonly BundleInput[];
  /** Cases (core's `caseSchema`). Default: `generateCases({ items, count: caseCount, seed })`. */
  readonly cases?: readonly CaseInput[];
  /** Test users of the fake login. Default: the applicants of the first cases (3 people, 2 organisations). */
  readonly users?: readonly StaticUser[];
  /** E-licences. Default: a resident ID and household register per person user, a business licence per organisation. */
  readonly eLicences?: readonly StaticLicence[];
}

/** One invalid entry found in static data. */
export interface StaticDataIssue {
  /** Where, e.g. `['items', 3, 'implementationCode']`. */
  readonly path: readonly (string | number)[];
  /** Stable message code of the problem. */
  readonly code: string;
  /** The problem in zh-CN. */
  readonly message: string;
  /** The problem in English. */
  readonly messageEn: string;
}

/** Static data after parsing. @internal */
export interface ParsedStaticData {
  readonly items: Item[];
  readonly bundles: Bundle[];
  readonly cases: Case[];
  readonly users: StaticUser[];
  readonly eLicences: StaticLicence[];
  readonly issues: StaticDataIssue[];
}

/** zod schema of a {@link StaticUser}. */
export const staticUserSchema = /* @__PURE__ */ z.object({
  /** Login id. */
  id: textSchema,
  /** The verified profile. */
  profile: verifiedProfileSchema,
});

/** zod schema of a {@link StaticLicence}. */
export const staticLicenceSchema = /* @__PURE__ */ z.object({
  ...eLicenceSchema.shape,
  /** Whose licence it is. */
  holder: eLicenceQuerySchema.shape.holder,
});

function parseList<T>(
  name: string,
  schema: z.core.$ZodType<T>,
  entries: readonly unknown[],
  issues: StaticDataIssue[],
): T[] {
  const out: T[] = [];
  entries.forEach((entry, index) => {
    const result = z.safeParse(schema, entry, { reportInput: true });
    if (result.success) {
      out.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const path = [name, index, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
      const { code, message, messageEn } = describeIssueSafely(issue, entry);
      issues.push({ path, code, message, messageEn });
    }
  });
  return out;
}

/** Options of {@link parseStaticData}. @internal */
export interface ParseStaticDataOptions {
  readonly seed: number | string;
  readonly caseCount: number;
  readonly skipInvalid: boolean;
}

/**
 * Parses static data entry by entry with core's schemas, filling defaults. With `skipInvalid`,
 * invalid entries are dropped and listed in `issues`; otherwise the first one throws
 * `STATIC_DATA_INVALID` naming its path. @internal
 */
export function parseStaticData(data: StaticAdapterData, options: ParseStaticDataOptions): ParsedStaticData {
  const issues: StaticDataIssue[] = [];
  const defaulted = data.items === undefined;
  const items = parseList<Item>('items', itemSchema, data.items ?? junanItems, issues);
  const bundles = parseList<Bundle>('bundles', bundleSchema, data.bundles ?? (defaulted ? junanBundles : []), issues);
  const cases =
    data.cases === undefined
      ? items.length === 0
        ? []
        : generateCases({ items, count: options.caseCount, seed: options.seed })
      : parseList<Case>('cases', caseSchema, data.cases, issues);
  const users = parseList<StaticUser>('users', staticUserSchema, data.users ?? defaultUsers(cases), issues);
  const eLicences = parseList<StaticLicence>('eLicences', staticLicenceSchema, data.eLicences ?? defaultLicences(users), issues);
  const first = issues[0];
  if (first !== undefined && !options.skipInvalid) {
    throw new AdapterError(
      staticMessages,
      'STATIC_DATA_INVALID',
      { field: formatPath(first.path), detail: first.message, detailEn: first.messageEn, count: issues.length },
      { path: first.path, cause: { issues: issues.map((i) => ({ path: i.path, code: i.code })) } },
    );
  }
  return { items, bundles, cases, users, eLicences, issues };
}
