import {
  AUDIENCE_CODES,
  CHANNEL_CODES,
  IMPLEMENTING_BODY_KIND_CODES,
  ITEM_TYPE_CODES,
  LEVEL_CODES,
  MATERIAL_SOURCE_CODES,
  MATERIAL_TYPE_CODES,
  maskName,
  POWER_SOURCE_CODES,
  type Case,
  type Material,
} from '@sijitong/core';
import type { SimItem } from '../state.js';
import { beijingDateTime } from '../time.js';
import { dayTime, promisedDate } from './case-times.js';
import { CASE_KIND_NUMBERS, CROSS_SCOPE_CODES, flag, MATERIAL_CLASS_CODES, RESULT_TYPE_CODES, TIME_UNIT_CODES, WINDOW_CLASS_CODES } from './codes.js';
import { NATIONAL_STATES, nativeState } from './status-codes.js';

const FORM_CODES = { paper: '1', electronic: '2', both: '3' } as const;
const NECESSITY_NUMBERS = { required: '1', optional: '2', deferrable: '3', promise: '4' } as const;
const ITEM_STATE_CODES = { inUse: '1', paused: '2', cancelled: '3', draft: '0' } as const;

function nationalMaterial(m: Material): Record<string, unknown> {
  return {
    MATERIAL_ID: m.id,
    MATERIAL_NAME: m.name,
    MATERIAL_CLASS: MATERIAL_CLASS_CODES[m.class],
    MATERIAL_TYPE: MATERIAL_TYPE_CODES[m.type],
    MATERIAL_FORM: FORM_CODES[m.form],
    NECESSITY: NECESSITY_NUMBERS[m.necessity],
    SOURCE: MATERIAL_SOURCE_CODES[m.source],
    ORIGINAL_NUM: m.originalCount,
    COPY_NUM: m.copyCount,
    PAPER_SIZE: m.paperSize,
    FILL_NOTES: m.instructions,
    ACCEPT_STANDARD: m.acceptanceStandard,
    BASIS: m.basis,
    OPTIONAL_WHEN: m.optionalWhen,
    BLANK_FORM_URL: m.blankFormUrl,
    SAMPLE_URL: m.sampleUrl,
    LICENCE_TYPE_CODE: m.eLicenceType?.code,
    LICENCE_TYPE_NAME: m.eLicenceType?.name,
  };
}

/** An item in the national upload field names (TASK_CODE…); undefined fields vanish in JSON. */
export function nationalItem({ item, updatedAt }: SimItem): Record<string, unknown> {
  return {
    TASK_CODE: item.implementationCode,
    CATALOG_CODE: item.basicCode,
    LOCAL_CODE: item.nativeCode,
    TASK_NAME: item.name,
    SHORT_NAME: item.shortName,
    TASK_TYPE: ITEM_TYPE_CODES[item.type],
    USE_LEVEL: item.levels.map((l) => LEVEL_CODES[l]).join(','),
    AREA_CODES: item.divisionCodes,
    DEPT_NAME: item.implementingBody.name,
    DEPT_CODE: item.implementingBody.creditCode,
    DEPT_TYPE: IMPLEMENTING_BODY_KIND_CODES[item.implementingBody.kind],
    DEPT_LOCAL_CODE: item.implementingBody.departmentCode,
    POWER_SOURCE: POWER_SOURCE_CODES[item.powerSource],
    BY_LAW: item.legalBasis.map((b) => ({ LAW_NAME: b.law, CLAUSE: b.article, CLAUSE_CONTENT: b.text })),
    ACCEPT_CONDITION: item.acceptanceConditions,
    MATERIALS: item.materials.map(nationalMaterial),
    ANTICIPATE_DAY: item.legalLimit.value,
    ANTICIPATE_TYPE: TIME_UNIT_CODES[item.legalLimit.unit],
    ANTICIPATE_EXPLAIN: item.legalLimit.note,
    PROMISE_DAY: item.promisedLimit.value,
    PROMISE_TYPE: TIME_UNIT_CODES[item.promisedLimit.unit],
    PROMISE_EXPLAIN: item.promisedLimit.note,
    PROJECT_TYPE: CASE_KIND_NUMBERS[item.caseKind],
    STEPS: item.steps.map((s) => ({
      NODE_NAME: s.name,
      NODE_LIMIT: s.limit?.value,
      NODE_LIMIT_TYPE: s.limit === undefined ? undefined : TIME_UNIT_CODES[s.limit.unit],
      IS_SPECIAL: flag(s.specialProcedure),
      NODE_NOTE: s.note,
    })),
    IS_CHARGE: flag(item.fee.charged),
    CHARGE_ITEMS: item.fee.charged
      ? item.fee.items.map((f) => ({ CHARGE_NAME: f.name, CHARGE_STANDARD: f.standard, CHARGE_BASIS: f.basis, IS_WAIVABLE: flag(f.waivable) }))
      : undefined,
    HANDLE_PLACES: item.locations.map((l) => ({ PLACE_NAME: l.name, ADDRESS: l.address, OFFICE_HOUR: l.hours, PHONE: l.phone })),
    CONSULT_PHONE: item.consultation.phone,
    CONSULT_URL: item.consultation.url,
    CONSULT_ADDRESS: item.consultation.address,
    SUPERVISE_PHONE: item.complaint.phone,
    SUPERVISE_URL: item.complaint.url,
    VISIT_COUNT: item.visits.count,
    VISIT_REASON: item.visits.reason,
    ONLINE_DEPTH: item.onlineDepth,
    HANDLE_FORM: item.channels.map((c) => CHANNEL_CODES[c]).join(','),
    IS_ONLINE_PAY: flag(item.onlinePayment),
    IS_EXPRESS: flag(item.delivery),
    RESULTS: item.results.map((r) => ({ RESULT_NAME: r.name, RESULT_TYPE: r.type === undefined ? undefined : RESULT_TYPE_CODES[r.type], RESULT_SAMPLE: r.sample })),
    FAQS: item.faqs.map((f) => ({ QUESTION: f.question, ANSWER: f.answer })),
    SERVICE_OBJECT: item.audience.map((a) => AUDIENCE_CODES[a]).join(','),
    THEMES: item.topics,
    WINDOW_TYPE: WINDOW_CLASS_CODES[item.windowClass],
    VERSION: item.version,
    VALID_FROM: item.validFrom,
    VALID_TO: item.validTo,
    TASK_STATE: ITEM_STATE_CODES[item.state],
    UPDATE_TIME: beijingDateTime(updatedAt),
    SCENARIOS: item.scenarios,
    INTERMEDIARY: item.intermediaryServices?.map((s) => ({ SERVICE_NAME: s.name, BASIS: s.basis, NOTE: s.note })),
    CROSS_SCOPE: item.crossRegion === undefined ? undefined : CROSS_SCOPE_CODES[item.crossRegion.scope],
    CROSS_NOTE: item.crossRegion?.note,
    APPOINTMENT:
      item.appointment === undefined
        ? undefined
        : { IS_SUPPORT: flag(item.appointment.supported), URL: item.appointment.url, PHONE: item.appointment.phone, NOTE: item.appointment.note },
    RECONSIDERATION: item.remedies?.reconsideration,
    LITIGATION: item.remedies?.litigation,
  };
}

/** The public progress of a case (HANDLESTATE, NODELIST…), the applicant's name masked. */
export function nationalProgress(c: Case): Record<string, unknown> {
  const state = nativeState(NATIONAL_STATES, c.status);
  return {
    PROJID: c.number,
    TASK_CODE: c.item.implementationCode,
    TASK_NAME: c.item.name,
    APPLYNAME: maskName(c.applicant.name),
    HANDLESTATE: state.code,
    HANDLESTATE_NAME: state.label,
    DEPT_NAME: c.department,
    RECEIVETIME: beijingDateTime(c.receivedAt),
    ACCEPTTIME: c.acceptedOn === undefined ? undefined : dayTime(c, 'accepted', c.acceptedOn),
    PROMISETIME: promisedDate(c),
    FINISHTIME: c.concludedOn === undefined ? undefined : dayTime(c, 'concluded', c.concludedOn),
    NODELIST: c.history.map((h) => ({
      NODENAME: h.step ?? nativeState(NATIONAL_STATES, h.status).label,
      HANDLESTATE: nativeState(NATIONAL_STATES, h.status).code,
      HANDLEOPINION: h.opinion,
      DEPT_NAME: h.department,
      HANDLETIME: beijingDateTime(h.at),
    })),
  };
}

/** A row of "my cases". */
export function nationalCaseRow(c: Case): Record<string, unknown> {
  const state = nativeState(NATIONAL_STATES, c.status);
  return {
    PROJID: c.number,
    TASK_CODE: c.item.implementationCode,
    TASK_NAME: c.item.name,
    HANDLESTATE: state.code,
    HANDLESTATE_NAME: state.label,
    RECEIVETIME: beijingDateTime(c.receivedAt),
  };
}
