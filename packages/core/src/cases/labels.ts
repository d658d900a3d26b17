import { translate, type Locale } from '../i18n/define.js';
import { casesMessages } from '../i18n/messages/cases.js';
import type { CaseChannel } from './case.js';
import type { CaseEventType } from './events.js';
import type { CaseDecision, CaseStatus, SuspensionReason } from './status.js';

/** Display name of a canonical status, e.g. `accepted` → 受理 / Accepted. */
export function caseStatusLabel(status: CaseStatus, locale: Locale = 'zh-CN'): string {
  return translate(casesMessages, `caseStatus.${status}`, {}, locale);
}

/** Display name of a lifecycle event, e.g. `requestCorrection` → 一次性告知补正 / Request corrections. */
export function caseEventLabel(type: CaseEventType, locale: Locale = 'zh-CN'): string {
  return translate(casesMessages, `caseEvent.${type}`, {}, locale);
}

/** Display name of a submission channel, e.g. `window` → 窗口 / Service window. */
export function caseChannelLabel(channel: CaseChannel, locale: Locale = 'zh-CN'): string {
  return translate(casesMessages, `caseChannel.${channel}`, {}, locale);
}

/** Display name of a decision: `approved` → 准予 / Approved, `denied` → 不予 / Denied. */
export function caseDecisionLabel(decision: CaseDecision, locale: Locale = 'zh-CN'): string {
  return translate(casesMessages, `caseDecision.${decision}`, {}, locale);
}

/** Display name of a suspension reason: 补正 / 特别程序. */
export function suspensionReasonLabel(reason: SuspensionReason, locale: Locale = 'zh-CN'): string {
  return translate(casesMessages, `caseSuspension.${reason}`, {}, locale);
}

export { personIdTypeLabel } from '../identifiers/person-id-types.js';
