import type { Answers, Item, Locale, MessageParams, Necessity, SharedMaterial } from '@sijitong/core';
import type { LocalizedText } from '../schema/field.js';
import type { FormSchema } from '../schema/form.js';

/** One item's form to merge. */
export interface MergeEntry {
  /** The item's code: its implementation code (实施编码), or the basic code a bundle refers to it by. */
  readonly itemCode: string;
  /** The item's loaded form. */
  readonly schema: FormSchema;
  /**
   * The item itself (parsed). When every entry has one, the materials section is built from core's
   * `buildNotification` for these items and answers: the same materials, de-duplicated the same way.
   */
  readonly item?: Item | undefined;
  /** Answers to the item's scenario questions (情形), for `buildNotification`. */
  readonly answers?: Answers | undefined;
}

/** Options of `mergeForms`. */
export interface MergeOptions {
  /** A bundle's shared materials (一套材料), e.g. `resolveBundle(bundle, answers).sharedMaterials`. */
  readonly sharedMaterials?: readonly SharedMaterial[] | undefined;
  /** Id of the merged form (default `merged`). */
  readonly id?: string | undefined;
  /** Title of the merged form (default: 一表申请 and the items' form titles). */
  readonly title?: LocalizedText | undefined;
  /** Language of conflict messages (default zh-CN). */
  readonly locale?: Locale | undefined;
}

/** Where a merged field comes from: an item and the field's key in that item's own form. */
export interface FieldSource {
  /** The item's code (as given to `mergeForms`). */
  readonly item: string;
  /** The key in the item's form (differs from the merged key only for material uploads). */
  readonly key: string;
}

/** One material of the merged materials section: one upload field for every item that needs it. */
export interface MergedMaterial {
  /** Key of the upload field in the merged form. */
  readonly key: string;
  /** The one-time notification's key of the material (`shared:…`, `licence:…`, `name:…`), when built from items. */
  readonly notificationKey?: string | undefined;
  /** The strictest necessity the notification gives it, when built from items. */
  readonly necessity?: Necessity | undefined;
  /** Each item's material and upload field, in entry order. */
  readonly uses: readonly {
    /** The item's code. */
    readonly item: string;
    /** The material's id in that item. */
    readonly materialId: string;
    /** The upload field's key in the item's form (none when its form has no upload field for it). */
    readonly key?: string | undefined;
  }[];
}

/** Several items' forms merged into one, with what is needed to split a submission back. */
export interface MergedForm {
  /** The merged form: a loaded form like any other (evaluate, validate, render it). */
  readonly schema: FormSchema;
  /** The items and their own forms, in order. */
  readonly items: readonly {
    /** The item's code. */
    readonly itemCode: string;
    /** Its own (original) form. */
    readonly schema: FormSchema;
  }[];
  /** Provenance: for each merged key, which items need it and under which key. */
  readonly sources: Readonly<Record<string, readonly FieldSource[]>>;
  /** The de-duplicated materials section, in order. */
  readonly materials: readonly MergedMaterial[];
}

/** Codes of merge conflicts: definitions of one key that cannot be reconciled. */
export type MergeConflictCode =
  | 'MERGE_ITEM_DUPLICATE'
  | 'MERGE_TYPE_MISMATCH'
  | 'MERGE_OPTIONS_DISJOINT'
  | 'MERGE_ACCEPT_DISJOINT'
  | 'MERGE_RANGE_EMPTY'
  | 'MERGE_UNIT_MISMATCH'
  | 'MERGE_COMPUTE_MISMATCH'
  | 'MERGE_STATEMENT_MISMATCH'
  | 'MERGE_VALIDATE_AS_MISMATCH';

/** Two or more items define one key incompatibly: never resolved by picking one silently. */
export interface MergeConflict {
  /** What kind of conflict. */
  readonly code: MergeConflictCode;
  /** The key (`table.column` for a column; empty for `MERGE_ITEM_DUPLICATE`). */
  readonly key: string;
  /** The items involved. */
  readonly items: readonly string[];
  /** What each item says (its type, options, unit, expression…). */
  readonly values: readonly {
    /** The item. */
    readonly item: string;
    /** What it says. */
    readonly value: unknown;
  }[];
  /** The values the message is built from. */
  readonly params: MessageParams;
  /** What is wrong and what to do, in the asked locale. */
  readonly message: string;
}

/** Something the merge fixed on its own but the form's author should know. */
export interface MergeWarning {
  /** `MERGE_MATERIAL_SLOT_MISSING`: a material of the notification had no upload field; one was added. */
  readonly code: 'MERGE_MATERIAL_SLOT_MISSING';
  /** The merged key concerned. */
  readonly key: string;
  /** The values the message is built from. */
  readonly params: MessageParams;
  /** The message in the asked locale. */
  readonly message: string;
}

/** What `mergeForms` produced: the merged form, or the conflicts that prevent it. */
export type MergeResult =
  | {
      /** No conflict. */
      readonly ok: true;
      /** The merged form. */
      readonly form: MergedForm;
      /** Empty. */
      readonly conflicts: readonly MergeConflict[];
      /** Things fixed on the way. */
      readonly warnings: readonly MergeWarning[];
    }
  | {
      /** Some definitions conflict. */
      readonly ok: false;
      /** No form. */
      readonly form?: undefined;
      /** Every conflict found. */
      readonly conflicts: readonly MergeConflict[];
      /** Things fixed on the way. */
      readonly warnings: readonly MergeWarning[];
    };
