/**
 * Service items (事项): the item model, materials, scenarios (情形), "one thing" bundles (一件事),
 * validation and labels. Re-exported by the package entry.
 * @module
 */
export * from './enums.js';
export {
  BASIC_CODE_PATTERN,
  basicCodeSchema,
  explainedTimeLimitSchema,
  IMPLEMENTATION_CODE_PATTERN,
  implementationCodeSchema,
  LINK_PATTERN,
  linkSchema,
  LOCAL_ID_PATTERN,
  localIdSchema,
  timeLimitSchema,
  type ExplainedTimeLimit,
  type TimeLimit,
} from './fields.js';
export { eLicenceTypeSchema, materialChangesSchema, materialSchema, type ELicenceType, type Material, type MaterialChanges } from './material.js';
export { conditionSchema, questionSchemaOf, type Condition, type QuestionShape } from './question.js';
export {
  addConditionEffectSchema,
  addMaterialEffectSchema,
  changeMaterialEffectSchema,
  removeConditionEffectSchema,
  removeMaterialEffectSchema,
  scenarioEffectSchema,
  scenarioSchema,
  type Scenario,
  type ScenarioEffect,
  type ScenarioOption,
} from './scenario.js';
export {
  appointmentSchema,
  complaintSchema,
  consultationSchema,
  crossRegionSchema,
  faqSchema,
  feeItemSchema,
  feeSchema,
  implementingBodySchema,
  intermediaryServiceSchema,
  itemSchema,
  legalBasisSchema,
  locationSchema,
  remediesSchema,
  resultSchema,
  stepSchema,
  visitsSchema,
  type Appointment,
  type Complaint,
  type Consultation,
  type CrossRegion,
  type Faq,
  type Fee,
  type FeeItem,
  type ImplementingBody,
  type IntermediaryService,
  type Item,
  type ItemInput,
  type ItemResult,
  type LegalBasis,
  type Location,
  type Remedies,
  type Step,
  type Visits,
} from './item.js';
export {
  bundleEffectSchema,
  bundleItemKey,
  bundleItemRefSchema,
  bundleQuestionSchema,
  bundleSchema,
  excludeItemEffectSchema,
  includeItemEffectSchema,
  sharedMaterialSchema,
  type Bundle,
  type BundleEffect,
  type BundleInput,
  type BundleItemRef,
  type BundleQuestion,
  type SharedMaterial,
} from './bundle.js';
export type { Answers } from './answers.js';
export { applyScenarioAnswers, type ScenarioOutcome } from './apply-scenario.js';
export { resolveBundle, type BundleOutcome } from './resolve-bundle.js';
export { localizeFinding, type FindingSeverity, type ItemFinding, type ItemIssue } from './issues.js';
export { parseItem, validateItem, type ItemValidationResult } from './validate-item.js';
export { ITEM_ENUM_VALUES, itemEnumLabel, type ItemEnumName, type ItemEnumValues } from './labels.js';
