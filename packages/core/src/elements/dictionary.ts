import * as z from 'zod/mini';
import { SijitongError } from '../errors.js';
import type { Locale } from '../i18n/define.js';
import { issuePathOf, localizeIssue } from '../i18n/zod.js';
import { STANDARD_ELEMENT_DEFINITIONS } from './data/standard-elements.js';
import { elementDefinitionSchema, type ElementDefinition, type ElementDefinitionInput } from './element-definition.js';
import {
  buildElementSchema,
  effectiveIdentifierType,
  identifierSchemaOf,
  type ElementSchema,
  type ElementValues,
} from './element-schema.js';
import { elementsMessages } from '../i18n/messages/elements.js';

/**
 * A dictionary of data elements (数据元): the shared vocabulary that lets several items' forms be
 * merged, because the same key means the same thing everywhere. Immutable: {@link extend} returns
 * a new dictionary.
 */
export interface ElementDictionary {
  /** The definition of `key`, or `undefined` when the dictionary has no such element. */
  get(key: string): ElementDefinition | undefined;
  /**
   * The definition of `key`.
   * @throws {@link SijitongError} `ELEMENT_UNKNOWN` when there is no such element.
   */
  require(key: string): ElementDefinition;
  /** True when the dictionary has `key`. */
  has(key: string): boolean;
  /** Every key, in definition order (base elements first, then the extra ones). */
  keys(): string[];
  /** The label of `key` in `locale`. @throws {@link SijitongError} `ELEMENT_UNKNOWN`. */
  labelOf(key: string, locale?: Locale): string;
  /**
   * The zod schema of `key`'s value (built once, then cached). With `values` (the other elements'
   * values by key), a text element's `validateAs` condition is applied: e.g. `applicant.idNumber`
   * is checked as a resident ID when `applicant.idType` is `residentId`.
   * @throws {@link SijitongError} `ELEMENT_UNKNOWN`.
   */
  schemaOf(key: string, values?: ElementValues): ElementSchema;
  /**
   * A new dictionary with `definitions` added; see {@link createElementDictionary} for the rules.
   * @throws {@link SijitongError} as {@link createElementDictionary}.
   */
  extend(definitions: readonly ElementDefinitionInput[]): ElementDictionary;
}

/** Options of {@link createElementDictionary}. */
export interface ElementDictionaryOptions {
  /** The dictionary to start from; {@link standardElements} when omitted. Pass `emptyElementDictionary` for none. */
  readonly base?: ElementDictionary;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '/' : path.map(String).join('.');
}

/** Parses one definition, throwing `ELEMENT_DEFINITION_INVALID` with the first problem. */
function parseDefinition(input: unknown, index: number): ElementDefinition {
  const result = z.safeParse(elementDefinitionSchema, input);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const path = issuePathOf(first);
  const key = typeof input === 'object' && input !== null && typeof (input as { key?: unknown }).key === 'string' ? (input as { key: string }).key : `#${index}`;
  throw new SijitongError(
    elementsMessages,
    'ELEMENT_DEFINITION_INVALID',
    {
      key,
      count: result.error.issues.length,
      path: pathText(path),
      detail: first === undefined ? '' : localizeIssue(first).message,
    },
    { path: [index, ...path], cause: result.error },
  );
}

/**
 * Checks that every `validateAs` condition points at a choice element of the dictionary and its
 * options (all definitions, since an override may change an element others refer to). Paths of
 * definitions in `added` start with their index there.
 */
function checkReferences(definitions: ReadonlyMap<string, ElementDefinition>, added: readonly ElementDefinition[]): void {
  const indexOf = new Map(added.map((definition, index) => [definition.key, index]));
  for (const definition of definitions.values()) {
    if (!('validateAs' in definition) || definition.validateAs === undefined) continue;
    const index = indexOf.get(definition.key);
    const at = (...rest: (string | number)[]) => (index === undefined ? rest : [index, ...rest]);
    const { element, anyOf } = definition.validateAs.when;
    const target = definitions.get(element);
    if (target === undefined || (target.type !== 'select' && target.type !== 'radio')) {
      throw new SijitongError(elementsMessages, 'ELEMENT_REFERENCE_UNKNOWN', { key: definition.key, element }, { path: at('validateAs', 'when', 'element') });
    }
    anyOf.forEach((value, i) => {
      if (!target.constraints.options.some((option) => option.value === value)) {
        throw new SijitongError(
          elementsMessages,
          'ELEMENT_REFERENCE_OPTION_UNKNOWN',
          { key: definition.key, element, value },
          { path: at('validateAs', 'when', 'anyOf', i) },
        );
      }
    });
  }
}

class Dictionary implements ElementDictionary {
  #load: (() => ReadonlyMap<string, ElementDefinition>) | undefined;
  #loaded: ReadonlyMap<string, ElementDefinition> | undefined;
  readonly #schemas = new Map<string, ElementSchema>();

  /** `load` runs on first use, so building the standard dictionary costs nothing at import. */
  constructor(load: () => ReadonlyMap<string, ElementDefinition>) {
    this.#load = load;
  }

  get #definitions(): ReadonlyMap<string, ElementDefinition> {
    if (this.#loaded === undefined) {
      this.#loaded = (this.#load ?? (() => new Map()))();
      this.#load = undefined;
    }
    return this.#loaded;
  }

  get(key: string): ElementDefinition | undefined {
    return this.#definitions.get(key);
  }

  require(key: string): ElementDefinition {
    const definition = this.#definitions.get(key);
    if (definition === undefined) throw new SijitongError(elementsMessages, 'ELEMENT_UNKNOWN', { key });
    return definition;
  }

  has(key: string): boolean {
    return this.#definitions.has(key);
  }

  keys(): string[] {
    return [...this.#definitions.keys()];
  }

  labelOf(key: string, locale: Locale = 'zh-CN'): string {
    return this.require(key).label[locale];
  }

  schemaOf(key: string, values?: ElementValues): ElementSchema {
    const definition = this.require(key);
    const identifier = effectiveIdentifierType(definition, values);
    if (identifier !== undefined) return identifierSchemaOf(identifier);
    let schema = this.#schemas.get(key);
    if (schema === undefined) {
      schema = buildElementSchema(definition);
      this.#schemas.set(key, schema);
    }
    return schema;
  }

  extend(inputs: readonly ElementDefinitionInput[]): ElementDictionary {
    const definitions = this.#extended(inputs);
    return new Dictionary(() => definitions);
  }

  /** Checks and adds `inputs` (eagerly, so errors surface at the call). */
  #extended(inputs: readonly ElementDefinitionInput[]): ReadonlyMap<string, ElementDefinition> {
    const definitions = new Map(this.#definitions);
    const added = inputs.map((input, index) => {
      const definition = parseDefinition(input, index);
      const exists = definitions.has(definition.key);
      if (exists && definition.override !== true) {
        throw new SijitongError(elementsMessages, 'ELEMENT_DUPLICATE', { key: definition.key }, { path: [index, 'key'] });
      }
      if (!exists && definition.override === true) {
        throw new SijitongError(elementsMessages, 'ELEMENT_OVERRIDE_MISSING', { key: definition.key }, { path: [index, 'override'] });
      }
      definitions.set(definition.key, definition);
      return definition;
    });
    checkReferences(definitions, added);
    return definitions;
  }

  /** A dictionary that adds `inputs` on first use (for the trusted standard definitions). @internal */
  lazilyExtended(inputs: readonly ElementDefinitionInput[]): ElementDictionary {
    return new Dictionary(() => this.#extended(inputs));
  }
}

/** A dictionary without any element, to build one from scratch with `createElementDictionary(defs, { base: emptyElementDictionary })`. */
export const emptyElementDictionary: ElementDictionary = /* @__PURE__ */ new Dictionary(() => new Map());

/**
 * The kit's standard data elements (applicant, enterprise, legal representative, agent, address,
 * contact, business, household, application, delivery), see {@link STANDARD_ELEMENT_DEFINITIONS}.
 */
export const standardElements: ElementDictionary = /* @__PURE__ */ new Dictionary(() => new Map()).lazilyExtended(
  STANDARD_ELEMENT_DEFINITIONS,
);

/**
 * Builds a data element dictionary: `base` ({@link standardElements} by default) plus `extra`,
 * e.g. a province's own elements read from JSON.
 *
 * Rules: every definition is validated with `elementDefinitionSchema`; a key already in the
 * dictionary (base or earlier in `extra`) is an error unless the definition says `override: true`,
 * and `override: true` on a key that does not exist is an error too (it catches typos);
 * `validateAs` must name a `select`/`radio` element of the result and its options.
 *
 * @throws {@link SijitongError} `ELEMENT_DEFINITION_INVALID` (path: index in `extra`, then the
 * field), `ELEMENT_DUPLICATE`, `ELEMENT_OVERRIDE_MISSING`, `ELEMENT_REFERENCE_UNKNOWN` or
 * `ELEMENT_REFERENCE_OPTION_UNKNOWN`.
 *
 * @example
 * ```ts
 * const shandong = createElementDictionary([
 *   { key: 'shandong.aiShanDongAccount', label: { 'zh-CN': '爱山东账号', en: 'iShandong account' }, type: 'text' },
 *   { key: 'applicant.name', label: { 'zh-CN': '姓名', en: 'Name' }, type: 'text', override: true },
 * ]);
 * shandong.schemaOf('applicant.mobile');
 * ```
 */
export function createElementDictionary(
  extra: readonly ElementDefinitionInput[] = [],
  options: ElementDictionaryOptions = {},
): ElementDictionary {
  return (options.base ?? standardElements).extend(extra);
}
