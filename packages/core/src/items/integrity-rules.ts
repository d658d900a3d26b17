import { tryDayNumber } from '../dates/civil-date.js';
import type { ItemIssue } from './issues.js';
import { defineRule, type ItemRule } from './rule.js';
import { scenarioIssues } from './scenario.js';

/*
 * Integrity rules: without them the kit's own functions cannot work on an item (scenarios pointing
 * at missing materials, duplicate ids…). `itemSchema` enforces them; `validateItem` reports them as
 * errors beside the audit rules.
 */

/** The implementation code ends with the basic code. */
const implementationCodeEmbedsBasicCode = defineRule({
  fields: ['implementationCode', 'basicCode'],
  severity: 'error',
  *check({ implementationCode, basicCode }): Iterable<ItemIssue> {
    if (implementationCode.slice(-basicCode.length) !== basicCode) {
      yield { path: ['implementationCode'], code: 'ITEM_IMPLEMENTATION_CODE_MISMATCH', params: { implementationCode, basicCode } };
    }
  },
});

/** validTo is not before validFrom. */
const validityOrdered = defineRule({
  fields: ['validFrom', 'validTo'],
  severity: 'error',
  *check({ validFrom, validTo }): Iterable<ItemIssue> {
    if (validTo === undefined) return;
    const from = tryDayNumber(validFrom);
    const to = tryDayNumber(validTo);
    if (from !== undefined && to !== undefined && to < from) {
      yield { path: ['validTo'], code: 'ITEM_VALID_TO_BEFORE_FROM', params: { validFrom, validTo } };
    }
  },
});

/** Material ids are unique within the item. */
const materialIdsUnique = defineRule({
  fields: ['materials'],
  severity: 'error',
  *check({ materials }): Iterable<ItemIssue> {
    const seen = new Set<string>();
    for (const [i, material] of materials.entries()) {
      if (seen.has(material.id)) {
        yield { path: ['materials', i, 'id'], code: 'MATERIAL_ID_DUPLICATE', params: { id: material.id } };
      }
      seen.add(material.id);
    }
  },
});

/** Scenario questions are well formed and their effects point at existing materials and conditions. */
const scenariosResolve = defineRule({
  fields: ['materials', 'acceptanceConditions', 'scenarios'],
  severity: 'error',
  check: ({ materials, acceptanceConditions, scenarios }) => scenarioIssues(materials, acceptanceConditions, scenarios),
});

/** The integrity rules, in reporting order. @internal */
export const INTEGRITY_RULES: readonly ItemRule[] = [
  implementationCodeEmbedsBasicCode,
  validityOrdered,
  materialIdsUnique,
  scenariosResolve,
];
