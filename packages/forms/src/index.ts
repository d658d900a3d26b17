/**
 * `@sijitong/forms`: "一张表格办成事": one form for several items. The pure layer (no DOM):
 * versioned JSON form schemas built on core's data-element dictionary, a safe expression
 * language, evaluation and validation that run the same in the browser and on the server,
 * merging several items' forms into one and splitting the submission back, and a bundle
 * (一件事) as one form.
 *
 * @packageDocumentation
 * @module @sijitong/forms
 */
export { FormsError, isFormsError, type FormsErrorOptions } from './errors.js';

// — schema —
export { FIELD_TYPES, fieldTypeSchema, CONSTRAINTS_BY_TYPE, isFieldType, type FieldType } from './schema/field-types.js';
export { COLUMN_KEY_PATTERN, FIELD_KEY_PATTERN, FORM_ID_PATTERN, columnKeySchema, fieldKeySchema, formIdSchema } from './schema/keys.js';
export {
  columnDefinitionSchema,
  EXPRESSION_MAX_LENGTH,
  expressionSourceSchema,
  fieldConstraintsSchema,
  fieldDefinitionSchema,
  localizedTextSchema,
  validateAsSchema,
  validationRuleSchema,
  type ColumnDefinition,
  type FieldConstraints,
  type FieldDefinition,
  type FieldDefinitionInput,
  type LocalizedText,
  type ValidateAs,
  type ValidationRule,
} from './schema/field.js';
export { fieldsOf, type LocatedField } from './schema/walk.js';
export {
  formDefinitionSchema,
  type FormColumn,
  type FormDefinition,
  type FormDefinitionInput,
  type FormField,
  type FormSchema,
  type FormSection,
  type FormStep,
} from './schema/form.js';
export { loadFormSchema, type LoadFormOptions, type LoadFormResult } from './schema/load.js';
export type { FormProblem } from './schema/problems.js';

// — expressions —
export {
  expressionReferences,
  walkExpression,
  type BinaryNode,
  type BinaryOperator,
  type CallNode,
  type ConditionalNode,
  type ExpressionNode,
  type FieldNode,
  type ListNode,
  type LiteralNode,
  type RowNode,
  type UnaryNode,
  type ExpressionReferences,
  type LiteralValue,
  type UnaryOperator,
} from './expressions/ast.js';
export { parseExpression } from './expressions/parse.js';
export { printExpression, renameFields } from './expressions/print.js';
export {
  checkExpression,
  compileExpression,
  type CompiledExpression,
  type ExpressionContext,
  type ExpressionScope,
} from './expressions/compile.js';
export { EXPRESSION_FUNCTIONS, type ExpressionFunction, type FunctionContext } from './expressions/functions.js';
export { isEmptyValue, type ExpressionValue } from './expressions/values.js';

// — evaluation and validation —
export type { FileRef, FormValues, TableRow } from './model/values.js';
export type { CellState, EvaluateOptions, FieldError, FieldState } from './model/run.js';
export { evaluateForm, type FormEvaluation } from './model/evaluate.js';
export { validateValues, type ValidationResult } from './model/validate.js';
export { createFormModel, type FormModel } from './model/form-model.js';
export { acceptsFile } from './model/files.js';
export type { AsyncValidationContext, AsyncValidationResult, AsyncValidator, AsyncValidators } from './model/async.js';
export { runAsyncValidators, type AsyncRunOptions } from './model/async-run.js';

// — drafts (nothing typed is ever lost) and prefill —
export { draftOf, migrateDraft, type Draft, type DraftMigration, type DroppedField, type SavedField } from './drafts/draft.js';
export { createDraftStore, type DraftCorrupt, type DraftFound, type DraftLoadResult, type DraftNone, type DraftStore, type DraftStoreOptions } from './drafts/store.js';

export {
  applyPrefill,
  prefillFromLicence,
  prefillFromProfile,
  type LicenceFieldMap,
  type Prefill,
  type PrefillLicence,
  type PrefillProfile,
  type PrefillResult,
  type RejectedPrefill,
} from './prefill/prefill.js';

// — division fields: where their lists come from —
export type { DivisionLoadOptions, DivisionOption, DivisionSource } from './divisions/source.js';

// — merging several items' forms —
export { mergeForms } from './merge/merge.js';
export { splitSubmission, type SubmissionPart } from './merge/split.js';
export type {
  FieldSource,
  MergeConflict,
  MergeConflictCode,
  MergedForm,
  MergedMaterial,
  MergeEntry,
  MergeOptions,
  MergeResult,
  MergeWarning,
} from './merge/types.js';

// — a bundle as one form —
export { formForBundle, type BundleFormOptions, type BundleFormResult } from './bundle/form-for-bundle.js';
