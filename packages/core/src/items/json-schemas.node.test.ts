import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, renderJsonSchema } from '../../scripts/json-schemas.js';

const schemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

describe('published JSON Schemas', () => {
  it.each(JSON_SCHEMAS.map((entry) => [entry.file, entry] as const))(
    '%s equals a fresh generation (run `npx tsx packages/core/scripts/generate-json-schemas.ts`)',
    (file, entry) => {
      expect(readFileSync(join(schemasDir, file), 'utf8')).toBe(renderJsonSchema(entry));
    },
  );

  it('carries the patterns and enums of the zod schemas', () => {
    const item = JSON.parse(renderJsonSchema(JSON_SCHEMAS[0]!)) as {
      properties: Record<string, { pattern?: string; enum?: unknown[]; minItems?: number }>;
      additionalProperties: boolean;
    };
    expect(item.properties.basicCode?.pattern).toBe('^[0-9A-Z]{12}$');
    expect(item.properties.onlineDepth?.enum).toEqual([1, 2, 3, 4]);
    expect(item.properties.levels?.minItems).toBe(1);
    expect(item.additionalProperties).toBe(false);
  });
});
