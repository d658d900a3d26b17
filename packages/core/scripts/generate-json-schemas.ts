/**
 * Writes the JSON Schemas of {@link JSON_SCHEMAS} to `packages/core/schemas/`.
 *
 *   npx tsx packages/core/scripts/generate-json-schemas.ts
 *
 * `src/items/json-schemas.node.test.ts` checks the committed files equal a fresh render.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMAS, renderJsonSchema } from './json-schemas.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
mkdirSync(outDir, { recursive: true });
for (const entry of JSON_SCHEMAS) {
  writeFileSync(join(outDir, entry.file), renderJsonSchema(entry));
  console.log(`wrote schemas/${entry.file}`);
}
