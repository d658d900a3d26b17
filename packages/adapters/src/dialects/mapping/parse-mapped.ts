import * as z from 'zod/mini';
import { contractMessages } from '../../i18n/messages/contract.js';
import { errorFromZod } from '../../parse/parse-response.js';
import { mapObject, mappedValue, sourcePathOf, type MappingContext } from './apply.js';
import type { ObjectSpec } from './spec.js';

/**
 * Maps `source` with `spec` and parses the result with `schema` (one of core's). Never returns a
 * half-object: a mapping problem or a schema mismatch throws `RESPONSE_INVALID` (requests:
 * `INPUT_INVALID`) whose path names the field **as the province spells it**
 * (`data.rows[3].TASK_CODE`, not `implementationCode`), the value masked.
 *
 * @example parseMapped(itemSchema, body.data, NATIONAL_ITEM_FIELDS, { what: 'catalog.get', direction: 'response', path: ['data'], tables })
 */
export function parseMapped<S extends z.core.$ZodType>(schema: S, source: unknown, spec: ObjectSpec, ctx: MappingContext): z.output<S> {
  const result = z.safeParse(schema, mappedValue(source, spec, ctx), { reportInput: true });
  if (result.success) return result.data;
  // Only now is it worth knowing where each field came from: the same mapping again, recorded.
  const { sources } = mapObject(source, spec, ctx);
  const issues = result.error.issues.map((issue) => ({
    ...issue,
    path: [...sourcePathOf(sources, issue.path.filter((p): p is string | number => typeof p !== 'symbol'))],
  }));
  throw errorFromZod(
    contractMessages,
    ctx.direction === 'request' ? 'INPUT_INVALID' : 'RESPONSE_INVALID',
    new z.core.$ZodError(issues as z.core.$ZodIssue[]),
    source,
    { what: ctx.what, path: ctx.path ?? [] },
  );
}

/** {@link parseMapped} for each entry of a list (`rows`), each reported at its index. */
export function parseMappedList<S extends z.core.$ZodType>(
  schema: S,
  list: readonly unknown[],
  spec: ObjectSpec,
  ctx: MappingContext,
): z.output<S>[] {
  return list.map((entry, i) => parseMapped(schema, entry, spec, { ...ctx, path: [...(ctx.path ?? []), i] }));
}
