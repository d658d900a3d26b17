/**
 * Cases (办件): the case model, the canonical lifecycle state machine with its typed events, the
 * deadline clock of a case, a monitor that emits status and deadline events, joint approval
 * (并联办理), provincial status mapping and satisfaction (好差评).
 * @module
 */
export {
  CASE_DECISIONS,
  CASE_STATUSES,
  caseDecisionSchema,
  caseStatusSchema,
  isTerminalCaseStatus,
  SUSPENSION_REASONS,
  TERMINAL_CASE_STATUSES,
  type CaseDecision,
  type CaseStatus,
  type SuspensionReason,
} from './status.js';
export { instantSchema, isInstant, type Instant } from './instant.js';
export {
  isLowSatisfaction,
  SATISFACTION_LEVELS,
  satisfactionLabel,
  satisfactionLevelSchema,
  satisfactionSchema,
  type Satisfaction,
  type SatisfactionLevel,
  type SatisfactionLevelInfo,
} from './satisfaction.js';
export {
  applicantSchema,
  CASE_CHANNELS,
  caseExtensionSchema,
  caseHistoryEntrySchema,
  caseItemSchema,
  caseLimitSchema,
  caseResultSchema,
  caseSchema,
  caseSuspensionSchema,
  organizationPartySchema,
  PERSON_ID_TYPES,
  type PersonIdType,
  personPartySchema,
  receivedMaterialSchema,
  type Applicant,
  type Case,
  type CaseChannel,
  type CaseExtension,
  type CaseHistoryEntry,
  type CaseInput,
  type CaseItem,
  type CaseLimit,
  type CaseResult,
  type CaseSuspension,
  type OrganizationParty,
  type PersonParty,
  type ReceivedMaterial,
} from './case.js';
export {
  acceptEventSchema,
  CASE_EVENT_TYPES,
  caseEventSchema,
  concludeEventSchema,
  extendEventSchema,
  rejectEventSchema,
  requestCorrectionEventSchema,
  resumeEventSchema,
  startPreReviewEventSchema,
  startProcessingEventSchema,
  submitEventSchema,
  supplyCorrectionEventSchema,
  suspendEventSchema,
  withdrawEventSchema,
  type CaseEvent,
  type CaseEventOf,
  type CaseEventType,
} from './events.js';
export {
  allowedEvents,
  CASE_TRANSITIONS,
  casePhase,
  transitionCase,
  type CasePhase,
  type TransitionResult,
  type TransitionTarget,
} from './transitions.js';
export {
  caseDeadline,
  caseDeadlineStatus,
  type CaseDeadline,
  type CaseDeadlineOptions,
  type CaseDeadlineStatusOptions,
} from './deadline.js';
export {
  CaseMonitor,
  createCaseMonitor,
  type CaseCheckFailure,
  type CaseCheckReport,
  type CaseMonitorEvents,
  type CaseMonitorOptions,
  type DeadlineDueSoonPayload,
  type DeadlineOverduePayload,
  type StatusChangedPayload,
} from './monitor.js';
export {
  aggregateStatus,
  concludeJointCase,
  createJointCase,
  jointDeadline,
  jointFeeFen,
  type JointCase,
  type JointDeadline,
  type JointDepartment,
  type JointStatus,
} from './joint.js';
export {
  createStatusMapping,
  NATIONAL_EXCHANGE_STATUS_CODES,
  statusMappingEntrySchema,
  statusMappingSchema,
  type NativeStatusResult,
  type StatusMapping,
  type StatusMappingDefinition,
  type StatusMappingEntry,
} from './native-status.js';
export {
  caseChannelLabel,
  caseDecisionLabel,
  caseEventLabel,
  caseStatusLabel,
  personIdTypeLabel,
  suspensionReasonLabel,
} from './labels.js';
