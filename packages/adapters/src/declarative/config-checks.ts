import type * as z from 'zod/mini';
import type { MessageParams } from '@sijitong/core';
import { declarativeMessages } from '../i18n/messages/declarative.js';
import { issueParams } from '../parse/fields.js';
import { ruleOf, type CodeTable, type FieldSpec, type ObjectSpec } from '../dialects/mapping/spec.js';
import { NATIONAL_CODE_TABLES } from '../dialects/national/codes.js';

type Path = (string | number)[];

interface EndpointShape {
  readonly path: string;
  readonly query?: ObjectSpec | undefined;
  readonly body?: ObjectSpec | undefined;
  readonly response?: ObjectSpec | undefined;
}

/** The parts of a declarative configuration the cross-checks read. @internal */
export interface DeclarativeShape {
  readonly endpoints: Readonly<Record<string, EndpointShape | undefined>>;
  readonly fields: {
    readonly item?: ObjectSpec | undefined;
    readonly changes?: { readonly until: FieldSpec } | undefined;
    readonly progress?: ObjectSpec | undefined;
    readonly caseSummary?: ObjectSpec | undefined;
  };
  readonly statusMapping?: unknown;
  readonly enums?: Readonly<Record<string, CodeTable>> | undefined;
}

/** Inputs a path placeholder may name, per endpoint. */
const PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  'catalog.get': ['implementationCode'],
  'cases.lookup': ['caseNumber'],
  'cases.upload': ['caseNumber', 'materialId', 'fileName'],
  'cases.confirm': ['caseNumber'],
  'evaluation.submit': ['caseNumber'],
};

/** Every code table a spec names, with where. */
function* tableRefs(spec: ObjectSpec, at: Path): Generator<[Path, string]> {
  for (const [key, field] of Object.entries(spec)) yield* fieldRefs(field, [...at, key]);
}

function* fieldRefs(field: FieldSpec, at: Path): Generator<[Path, string]> {
  const rule = ruleOf(field);
  if (typeof rule.codes === 'string') yield [[...at, 'codes'], rule.codes];
  if (rule.object !== undefined) yield* tableRefs(rule.object, [...at, 'object']);
  if (rule.each !== undefined) yield* tableRefs(rule.each, [...at, 'each']);
}

/**
 * Cross-field checks of a declarative configuration (a zod `superRefine`): code tables exist,
 * a capability's endpoints come together with the mappings they need, and path placeholders name
 * inputs of their endpoint. Each problem is an issue at its path, in the declarative catalogue.
 * @internal
 */
export function checkDeclarativeConfig(config: DeclarativeShape, ctx: z.core.$RefinementCtx<DeclarativeShape>): void {
  const issue = (path: Path, code: keyof (typeof declarativeMessages)['zh-CN'], values: MessageParams): void => {
    ctx.addIssue({ code: 'custom', path, input: config, params: issueParams(declarativeMessages, code, values) });
  };
  const known = new Set([...Object.keys(NATIONAL_CODE_TABLES), ...Object.keys(config.enums ?? {})]);
  const specs: [Path, ObjectSpec | undefined][] = [
    [['fields', 'item'], config.fields.item],
    [['fields', 'progress'], config.fields.progress],
    [['fields', 'caseSummary'], config.fields.caseSummary],
  ];
  for (const [name, endpoint] of Object.entries(config.endpoints)) {
    for (const part of ['query', 'body', 'response'] as const) specs.push([['endpoints', name, part], endpoint?.[part]]);
  }
  const refs = specs.flatMap(([at, spec]) => (spec === undefined ? [] : [...tableRefs(spec, at)]));
  if (config.fields.changes !== undefined) refs.push(...fieldRefs(config.fields.changes.until, ['fields', 'changes', 'until']));
  for (const [at, table] of refs) {
    if (!known.has(table)) issue(at, 'DECLARATIVE_CODE_TABLE_UNKNOWN', { table, known: [...known].join(', ') });
  }

  const has = (name: string): boolean => config.endpoints[name] !== undefined;
  const together = (capability: string, names: readonly string[]): void => {
    if (!names.some(has)) return;
    for (const name of names) if (!has(name)) issue(['endpoints', name], 'DECLARATIVE_ENDPOINT_REQUIRED', { capability, endpoint: name });
  };
  together('catalog', ['catalog.list', 'catalog.get', 'catalog.changes']);
  together('cases.submit', ['cases.create', 'cases.confirm']);

  const needs = (endpoint: string, present: boolean, fields: string, path: Path): void => {
    if (has(endpoint) && !present) issue(path, 'DECLARATIVE_FIELDS_REQUIRED', { endpoint, fields });
  };
  for (const e of ['catalog.list', 'catalog.get', 'catalog.changes']) needs(e, config.fields.item !== undefined, 'item', ['fields', 'item']);
  needs('catalog.changes', config.fields.changes !== undefined, 'changes', ['fields', 'changes']);
  needs('cases.lookup', config.fields.progress !== undefined, 'progress', ['fields', 'progress']);
  needs('cases.mine', config.fields.caseSummary !== undefined, 'caseSummary', ['fields', 'caseSummary']);
  for (const e of ['cases.lookup', 'cases.mine']) needs(e, config.statusMapping !== undefined, 'statusMapping', ['statusMapping']);
  for (const e of ['cases.create', 'cases.confirm', 'evaluation.submit']) needs(e, config.endpoints[e]?.response !== undefined, `${e}.response`, ['endpoints', e, 'response']);

  for (const [name, endpoint] of Object.entries(config.endpoints)) {
    if (endpoint === undefined) continue;
    const allowed = PLACEHOLDERS[name] ?? [];
    for (const match of endpoint.path.matchAll(/\{([^}]*)\}/g)) {
      const placeholder = match[1] ?? '';
      if (!allowed.includes(placeholder)) {
        issue(['endpoints', name, 'path'], 'DECLARATIVE_PLACEHOLDER_UNKNOWN', { placeholder, known: allowed.join(', ') || '—' });
      }
    }
  }
}
