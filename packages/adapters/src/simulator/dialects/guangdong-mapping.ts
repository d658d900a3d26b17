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
  type ExplainedTimeLimit,
  type Material,
  type TimeLimit,
} from '@sijitong/core';
import type { SimItem } from '../state.js';
import { epochMillis } from '../time.js';
import { promisedDate } from './case-times.js';
import { CROSS_SCOPE_CODES, MATERIAL_CLASS_CODES, RESULT_TYPE_CODES, WINDOW_CLASS_CODES } from './codes.js';
import { GUANGDONG_STATES, nativeState } from './status-codes.js';

const UNITS = { workingDay: 'WD', naturalDay: 'ND', hour: 'H' } as const;
const MEDIA = { paper: 'PAPER', electronic: 'ELEC', both: 'BOTH' } as const;
const REQUIRED = { required: 'MUST', optional: 'OPTIONAL', deferrable: 'LATER', promise: 'PROMISE' } as const;
const CASE_KINDS = { immediate: 'JB', promised: 'CN', joint: 'LB', referred: 'ZB' } as const;
const STATUS = { inUse: 'ENABLED', paused: 'PAUSED', cancelled: 'CANCELLED', draft: 'DRAFT' } as const;

function limit(l: TimeLimit | ExplainedTimeLimit): Record<string, unknown> {
  return { num: l.value, unit: UNITS[l.unit], note: 'note' in l ? l.note : undefined };
}

function material(m: Material): Record<string, unknown> {
  return {
    materialId: m.id,
    materialName: m.name,
    category: MATERIAL_CLASS_CODES[m.class],
    materialType: MATERIAL_TYPE_CODES[m.type],
    mediaType: MEDIA[m.form],
    requiredFlag: REQUIRED[m.necessity],
    sourceType: MATERIAL_SOURCE_CODES[m.source],
    originalNum: m.originalCount,
    copyNum: m.copyCount,
    paperSpec: m.paperSize,
    fillGuide: m.instructions,
    acceptStandard: m.acceptanceStandard,
    basis: m.basis,
    optionalCondition: m.optionalWhen,
    blankFormUrl: m.blankFormUrl,
    sampleUrl: m.sampleUrl,
    licenseType: m.eLicenceType === undefined ? undefined : { code: m.eLicenceType.code, name: m.eLicenceType.name },
  };
}

/** An item in the guangdong dialect's own camelCase fields. */
export function guangdongItem({ item, updatedAt }: SimItem): Record<string, unknown> {
  return {
    itemCode: item.implementationCode,
    baseCode: item.basicCode,
    localCode: item.nativeCode,
    itemName: item.name,
    shortName: item.shortName,
    itemType: ITEM_TYPE_CODES[item.type],
    levels: item.levels.map((l) => LEVEL_CODES[l]),
    areaCodes: item.divisionCodes,
    org: {
      name: item.implementingBody.name,
      code: item.implementingBody.creditCode,
      nature: IMPLEMENTING_BODY_KIND_CODES[item.implementingBody.kind],
      localCode: item.implementingBody.departmentCode,
    },
    powerSource: POWER_SOURCE_CODES[item.powerSource],
    lawBasis: item.legalBasis.map((b) => ({ lawName: b.law, article: b.article, content: b.text })),
    conditions: item.acceptanceConditions,
    materials: item.materials.map(material),
    legalLimit: limit(item.legalLimit),
    promiseLimit: limit(item.promisedLimit),
    caseKind: CASE_KINDS[item.caseKind],
    processSteps: item.steps.map((s) => ({ stepName: s.name, limit: s.limit === undefined ? undefined : limit(s.limit), special: s.specialProcedure, note: s.note })),
    charge: item.fee.charged
      ? { charged: true, items: item.fee.items.map((f) => ({ name: f.name, standard: f.standard, basis: f.basis, waivable: f.waivable })) }
      : { charged: false },
    places: item.locations.map((l) => ({ name: l.name, address: l.address, workTime: l.hours, tel: l.phone })),
    consult: { tel: item.consultation.phone, url: item.consultation.url, address: item.consultation.address },
    complaint: { tel: item.complaint.phone, url: item.complaint.url },
    visitTimes: item.visits.count,
    visitReason: item.visits.reason,
    onlineDepth: item.onlineDepth,
    handleChannels: item.channels.map((c) => CHANNEL_CODES[c]),
    onlinePay: item.onlinePayment,
    express: item.delivery,
    results: item.results.map((r) => ({ name: r.name, type: r.type === undefined ? undefined : RESULT_TYPE_CODES[r.type], sampleUrl: r.sample })),
    faqs: item.faqs.map((f) => ({ q: f.question, a: f.answer })),
    targets: item.audience.map((a) => AUDIENCE_CODES[a]),
    themes: item.topics,
    windowType: WINDOW_CLASS_CODES[item.windowClass],
    version: item.version,
    effectiveDate: item.validFrom,
    expiryDate: item.validTo,
    status: STATUS[item.state],
    updatedAt: Date.parse(updatedAt),
    scenarios: item.scenarios,
    agencies: item.intermediaryServices?.map((s) => ({ name: s.name, basis: s.basis, note: s.note })),
    crossRegion: item.crossRegion === undefined ? undefined : { scope: CROSS_SCOPE_CODES[item.crossRegion.scope], note: item.crossRegion.note },
    appointment:
      item.appointment === undefined
        ? undefined
        : { supported: item.appointment.supported, url: item.appointment.url, tel: item.appointment.phone, note: item.appointment.note },
    remedies: item.remedies === undefined ? undefined : { reconsideration: item.remedies.reconsideration, litigation: item.remedies.litigation },
  };
}

/** The public progress of a case in guangdong fields, the applicant's name masked. */
export function guangdongProgress(c: Case): Record<string, unknown> {
  const state = nativeState(GUANGDONG_STATES, c.status);
  return {
    serialNo: c.number,
    itemCode: c.item.implementationCode,
    itemName: c.item.name,
    applicantName: maskName(c.applicant.name),
    stateCode: state.code,
    stateName: state.label,
    deptName: c.department,
    receiveTime: epochMillis(c.receivedAt),
    acceptDate: c.acceptedOn,
    promiseDate: promisedDate(c),
    finishDate: c.concludedOn,
    records: c.history.map((h) => ({
      nodeName: h.step ?? nativeState(GUANGDONG_STATES, h.status).label,
      stateCode: nativeState(GUANGDONG_STATES, h.status).code,
      opinion: h.opinion,
      deptName: h.department,
      time: epochMillis(h.at),
    })),
  };
}

/** A row of "my cases" in guangdong fields. */
export function guangdongCaseRow(c: Case): Record<string, unknown> {
  const state = nativeState(GUANGDONG_STATES, c.status);
  return { serialNo: c.number, itemCode: c.item.implementationCode, itemName: c.item.name, stateCode: state.code, stateName: state.label, receiveTime: epochMillis(c.receivedAt) };
}
