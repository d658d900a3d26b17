import { translate, type MessageParams, type StatusMapping } from '@sijitong/core';
import { AdapterError } from '../../errors.js';
import { contractMessages } from '../../i18n/messages/contract.js';
import { dialectsMessages } from '../../i18n/messages/dialects.js';
import { formatPath } from '../../parse/parse-response.js';
import { convert } from './convert.js';
import { ruleOf, type CodeTable, type FieldRule, type ObjectSpec } from './spec.js';

/** A path in a document: keys and list indexes. */
export type DocPath = readonly (string | number)[];

/** What a mapping needs besides its spec. */
export interface MappingContext {
  /** The call, shown in messages (`cases.lookup`). */
  readonly what: string;
  /** Named code tables that `codes: 'name'` refers to. */
  readonly tables?: Readonly<Record<string, CodeTable>>;
  /** The status table for `status: true` fields. */
  readonly status?: StatusMapping;
  /** `response`: problems are `RESPONSE_INVALID`; `request`: the caller's input, `INPUT_INVALID`. */
  readonly direction: 'response' | 'request';
  /** Where the source sits in the whole document (`['data', 'rows', 3]`), prefixed to reported paths. */
  readonly path?: DocPath;
}

/** The result of {@link mapObject}. */
export interface Mapped {
  /** The object built. */
  readonly value: Record<string, unknown>;
  /** For every field built (target path as JSON text), the path in the source it came from. */
  readonly sources: ReadonlyMap<string, DocPath>;
}

/** Where each built field came from; `undefined` when nobody asked (see {@link mappedValue}). */
type Sources = Map<string, DocPath> | undefined;
type DetailKey = 'detail.codeUnknown' | 'detail.notText' | 'detail.notList' | 'detail.notObject';

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

function fail(ctx: MappingContext, at: DocPath, key: DetailKey, params: MessageParams): never {
  const path = [...(ctx.path ?? []), ...at];
  const code = ctx.direction === 'request' ? 'INPUT_INVALID' : 'RESPONSE_INVALID';
  throw new AdapterError(
    contractMessages,
    code,
    {
      what: ctx.what,
      field: formatPath(path),
      detail: translate(dialectsMessages, key, params),
      detailEn: translate(dialectsMessages, key, params, 'en'),
      count: 1,
    },
    { path },
  );
}

/** The value at a dotted path; `null` counts as absent. */
export function valueAtPath(source: unknown, path: string): unknown {
  let current = source;
  for (const key of path.split('.')) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current === null ? undefined : current;
}

function read(source: unknown, at: DocPath, rule: FieldRule): { value: unknown; path: DocPath } {
  if (rule.const !== undefined) return { value: rule.const, path: at };
  if (rule.firstOf !== undefined) {
    for (const p of rule.firstOf) {
      const value = valueAtPath(source, p);
      if (value !== undefined) return { value, path: [...at, ...p.split('.')] };
    }
    return { value: undefined, path: [...at, ...(rule.firstOf[0] ?? '').split('.')] };
  }
  if (rule.from === undefined) return { value: source === null ? undefined : source, path: at };
  return { value: valueAtPath(source, rule.from), path: [...at, ...rule.from.split('.')] };
}

function lookup(value: unknown, rule: FieldRule, at: DocPath, ctx: MappingContext): unknown {
  const name = typeof rule.codes === 'string' ? rule.codes : 'inline';
  const table: CodeTable = typeof rule.codes === 'string' ? (ctx.tables?.[rule.codes] ?? {}) : (rule.codes ?? {});
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    fail(ctx, at, 'detail.notText', { kind: kindOf(value) });
  }
  const code = String(value).trim();
  if (!Object.hasOwn(table, code)) fail(ctx, at, 'detail.codeUnknown', { code: code.slice(0, 40), table: name });
  return table[code];
}

function mapStatus(value: unknown, at: DocPath, ctx: MappingContext): unknown {
  if (typeof value !== 'string' && typeof value !== 'number') fail(ctx, at, 'detail.notText', { kind: kindOf(value) });
  const code = String(value);
  const status = ctx.status;
  if (status === undefined) return code;
  const result = status.map(code);
  if (result.ok) return result.status;
  const path = [...(ctx.path ?? []), ...at];
  throw new AdapterError(
    dialectsMessages,
    'NATIVE_STATUS_UNKNOWN',
    { what: ctx.what, code: code.slice(0, 40), province: status.province, field: formatPath(path) },
    { path, cause: result.error },
  );
}

/** Applies the leaf steps (split, codes or status, as, join) to a value read from `at`. */
function leaf(raw: unknown, rule: FieldRule, at: DocPath, ctx: MappingContext): unknown {
  let value = raw;
  if (rule.split !== undefined && typeof value === 'string') {
    value = value
      .split(rule.split)
      .map((part) => part.trim())
      .filter((part) => part !== '');
  }
  const each = (fn: (v: unknown, p: DocPath) => unknown): void => {
    value = Array.isArray(value) ? value.map((v: unknown, i) => fn(v, [...at, i])) : fn(value, at);
  };
  if (rule.codes !== undefined) each((v, p) => lookup(v, rule, p, ctx));
  if (rule.status === true) each((v, p) => mapStatus(v, p, ctx));
  const as = rule.as;
  if (as !== undefined) each((v) => convert(v, as));
  if (rule.join !== undefined && Array.isArray(value)) value = value.map(String).join(rule.join);
  return value;
}

function buildObject(source: unknown, at: DocPath, spec: ObjectSpec, target: DocPath, ctx: MappingContext, sources: Sources): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const native: Record<string, string> = {};
  for (const [key, fieldSpec] of Object.entries(spec)) {
    const rule = ruleOf(fieldSpec);
    const value = buildField(source, at, rule, [...target, key], ctx, sources);
    if (value !== undefined) out[key] = value;
    if (rule.keepNative === true) {
      const raw = read(source, at, rule).value;
      if (typeof raw === 'string' || typeof raw === 'number') native[key] = String(raw);
    }
  }
  if (Object.keys(native).length > 0) out['native'] = { ...(isRecord(out['native']) ? out['native'] : {}), ...native };
  return out;
}

function buildField(source: unknown, at: DocPath, rule: FieldRule, target: DocPath, ctx: MappingContext, sources: Sources): unknown {
  const read0 = read(source, at, rule);
  const path = read0.path;
  sources?.set(JSON.stringify(target), path);
  const raw = read0.value === undefined ? (rule.default ?? undefined) : read0.value;
  if (rule.object !== undefined) {
    if (rule.from === undefined && rule.firstOf === undefined && rule.const === undefined) {
      const built = buildObject(source, at, rule.object, target, ctx, sources);
      return rule.optional === true && Object.keys(built).length === 0 ? undefined : built;
    }
    if (raw === undefined) return undefined;
    if (!isRecord(raw)) fail(ctx, path, 'detail.notObject', { kind: kindOf(raw) });
    return buildObject(raw, path, rule.object, target, ctx, sources);
  }
  if (rule.each !== undefined) {
    if (raw === undefined) return undefined;
    if (!Array.isArray(raw)) fail(ctx, path, 'detail.notList', { kind: kindOf(raw) });
    const spec = rule.each;
    return raw.map((entry: unknown, i) => {
      const entryPath = [...path, i];
      sources?.set(JSON.stringify([...target, i]), entryPath);
      if (!isRecord(entry)) fail(ctx, entryPath, 'detail.notObject', { kind: kindOf(entry) });
      return buildObject(entry, entryPath, spec, [...target, i], ctx, sources);
    });
  }
  return raw === undefined ? undefined : leaf(raw, rule, path, ctx);
}

/**
 * Builds an object from `source` following `spec`. Absent (or `null`) source values leave the
 * field out; an unknown code or a value of the wrong kind throws `RESPONSE_INVALID` (or
 * `INPUT_INVALID` for requests) naming the source field, and an unknown status code
 * `NATIVE_STATUS_UNKNOWN`. Shapes are not checked here: parse the result with a core schema
 * (see `parseMapped`), which reports problems at the source's field names through `sources`.
 */
export function mapObject(source: unknown, spec: ObjectSpec, ctx: MappingContext): Mapped {
  const sources = new Map<string, DocPath>();
  return { value: mappedValue(source, spec, ctx, sources), sources };
}

/**
 * The object {@link mapObject} builds, without recording where each field came from (that record
 * costs as much as the mapping itself and is only wanted when the result fails to parse). @internal
 */
export function mappedValue(source: unknown, spec: ObjectSpec, ctx: MappingContext, sources?: Map<string, DocPath>): Record<string, unknown> {
  if (!isRecord(source)) fail(ctx, [], 'detail.notObject', { kind: kindOf(source) });
  return buildObject(source, [], spec, [], ctx, sources);
}

/** The path in the source of a path in the built object: its longest mapped prefix, then the rest. */
export function sourcePathOf(sources: ReadonlyMap<string, DocPath>, target: DocPath): DocPath {
  for (let n = target.length; n > 0; n--) {
    const hit = sources.get(JSON.stringify(target.slice(0, n)));
    if (hit !== undefined) return [...hit, ...target.slice(n)];
  }
  return target;
}
