import type { FindingSeverity, ItemIssue } from './issues.js';
import type { Item } from './item.js';

/**
 * A consistency rule over some fields of an item. `validateItem` runs a rule whenever the fields it
 * reads are valid on their own, so one broken field does not hide findings elsewhere.
 * @internal
 */
export interface ItemRule {
  /** Fields the rule reads. */
  readonly fields: readonly (keyof Item)[];
  /** Severity of every issue the rule reports. */
  readonly severity: FindingSeverity;
  /** Yields the rule's issues, with paths from the item's root. */
  readonly check: (item: Item) => Iterable<ItemIssue>;
}

/** Defines a rule reading only `fields`, typed so the check cannot read other fields. @internal */
export function defineRule<const F extends keyof Item>(rule: {
  readonly fields: readonly F[];
  readonly severity: FindingSeverity;
  readonly check: (item: Pick<Item, F>) => Iterable<ItemIssue>;
}): ItemRule {
  return rule;
}
