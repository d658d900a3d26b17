/**
 * The JSON Schemas `@sijitong/core` publishes in `packages/core/schemas/`, generated from the zod
 * schemas (the source of truth). `generate-json-schemas.ts` writes them;
 * `src/items/json-schemas.node.test.ts` fails when a committed file differs from a fresh render.
 *
 * To publish another schema, add one line to {@link JSON_SCHEMAS}.
 */
import * as z from 'zod/mini';
import { civilDateSchema } from '../src/dates/civil-date.js';
import { bundleSchema } from '../src/items/bundle.js';
import {
  BASIC_CODE_PATTERN,
  basicCodeSchema,
  CREDIT_CODE_SHAPE_PATTERN,
  creditCodeShapeSchema,
  DIVISION_CODE_PATTERN,
  itemDivisionCodeSchema,
  IMPLEMENTATION_CODE_PATTERN,
  implementationCodeSchema,
  levelListSchema,
  LINK_PATTERN,
  linkSchema,
  LOCAL_ID_PATTERN,
  localIdSchema,
} from '../src/items/fields.js';
import { itemSchema } from '../src/items/item.js';
import { caseSchema } from '../src/cases/case.js';
import { mobileNumberSchema, residentIdNumberSchema, unifiedSocialCreditCodeSchema } from '../src/identifiers/index.js';

/** The published schemas: file name in `schemas/`, title, and the zod schema. */
export const JSON_SCHEMAS: readonly { readonly file: string; readonly title: string; readonly schema: z.core.$ZodType }[] = [
  { file: 'item.schema.json', title: 'Sijitong service item (事项)', schema: itemSchema },
  { file: 'bundle.schema.json', title: 'Sijitong "one thing" bundle (一件事)', schema: bundleSchema },
  { file: 'case.schema.json', title: 'Sijitong case (办件)', schema: caseSchema },
];

/**
 * Constraints checked by zod checks (not representable in JSON Schema by themselves), added to the
 * JSON Schema of these exact schema instances.
 */
const CONSTRAINTS = new Map<z.core.$ZodType, Record<string, unknown>>([
  [localIdSchema, { pattern: LOCAL_ID_PATTERN.source }],
  [basicCodeSchema, { pattern: BASIC_CODE_PATTERN.source }],
  [implementationCodeSchema, { pattern: IMPLEMENTATION_CODE_PATTERN.source }],
  [creditCodeShapeSchema, { pattern: CREDIT_CODE_SHAPE_PATTERN.source }],
  [itemDivisionCodeSchema, { pattern: DIVISION_CODE_PATTERN.source }],
  [linkSchema, { pattern: LINK_PATTERN.source }],
  [levelListSchema, { minItems: 1 }],
  [civilDateSchema, { format: 'date' }],
  // Shapes only: the check characters are verified by the zod schemas, not expressible here.
  [residentIdNumberSchema, { pattern: '^[0-9]{17}[0-9X]$' }],
  [unifiedSocialCreditCodeSchema, { pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' }],
  [mobileNumberSchema, { pattern: '^1[3-9][0-9]{9}$' }],
]);

/** Renders one schema as formatted JSON text (with a trailing newline), ready to write. */
export function renderJsonSchema(entry: (typeof JSON_SCHEMAS)[number]): string {
  const json = z.toJSONSchema(entry.schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      Object.assign(ctx.jsonSchema, CONSTRAINTS.get(ctx.zodSchema));
    },
  });
  const { $schema, ...rest } = json;
  return `${JSON.stringify({ $schema, title: entry.title, ...rest }, null, 2)}\n`;
}
