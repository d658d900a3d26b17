import type { DivisionTable } from '@sijitong/core';
import type { DivisionsCapability } from '../contract/capabilities.js';
import { AdapterError } from '../errors.js';
import { contractMessages } from '../i18n/messages/contract.js';
import { divisionParentSchema } from '../parse/division-schemas.js';
import { parseInput } from '../parse/parse-response.js';

/**
 * The divisions capability over a core division table: the children as `{ code, name }` (canonical
 * codes); an unknown parent is `ADAPTER_DIVISION_NOT_FOUND`, a malformed one `INPUT_INVALID`.
 * @internal
 */
export function staticDivisions(table: DivisionTable): DivisionsCapability {
  return {
    async children(parentCode) {
      const parent = parseInput(divisionParentSchema, parentCode, { what: 'divisions.children', path: ['parentCode'] });
      if (parent !== undefined && !table.has(parent)) {
        throw new AdapterError(contractMessages, 'ADAPTER_DIVISION_NOT_FOUND', { code: parent }, { path: ['parentCode'] });
      }
      return table.children(parent).map(({ code, name }) => ({ code, name }));
    },
  };
}
