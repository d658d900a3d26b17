import type { ObjectSpec } from '../mapping/spec.js';

/*
 * The guangdong dialect's own camelCase item fields mapped onto core's `Item` (docs/dialects.md).
 * Its flags are real booleans, its times epoch milliseconds. Pure data.
 */

const LIMIT = { value: { from: 'num', as: 'number' }, unit: { from: 'unit', codes: 'timeUnit' }, note: 'note' } as const satisfies ObjectSpec;

/** Guangdong material fields → core's `Material`. */
export const GUANGDONG_MATERIAL_FIELDS: ObjectSpec = {
  id: 'materialId',
  name: 'materialName',
  class: { from: 'category', codes: 'materialClass' },
  type: { from: 'materialType', codes: 'materialType' },
  form: { from: 'mediaType', codes: 'materialForm' },
  necessity: { from: 'requiredFlag', codes: 'necessity' },
  source: { from: 'sourceType', codes: 'materialSource' },
  originalCount: { from: 'originalNum', as: 'number' },
  copyCount: { from: 'copyNum', as: 'number' },
  paperSize: 'paperSpec',
  instructions: 'fillGuide',
  acceptanceStandard: 'acceptStandard',
  basis: 'basis',
  optionalWhen: 'optionalCondition',
  blankFormUrl: 'blankFormUrl',
  sampleUrl: 'sampleUrl',
  eLicenceType: { from: 'licenseType', object: { code: 'code', name: 'name' } },
};

/** Guangdong item fields (itemCode, baseCode…) → core's `Item`. */
export const GUANGDONG_ITEM_FIELDS: ObjectSpec = {
  implementationCode: 'itemCode',
  basicCode: 'baseCode',
  nativeCode: 'localCode',
  name: 'itemName',
  shortName: 'shortName',
  type: { from: 'itemType', codes: 'itemType' },
  levels: { from: 'levels', codes: 'level' },
  divisionCodes: 'areaCodes',
  implementingBody: {
    from: 'org',
    object: { name: 'name', creditCode: 'code', kind: { from: 'nature', codes: 'implementingBodyKind' }, departmentCode: 'localCode' },
  },
  powerSource: { from: 'powerSource', codes: 'powerSource' },
  legalBasis: { from: 'lawBasis', each: { law: 'lawName', article: 'article', text: 'content' } },
  acceptanceConditions: 'conditions',
  materials: { from: 'materials', each: GUANGDONG_MATERIAL_FIELDS },
  legalLimit: { from: 'legalLimit', object: LIMIT },
  promisedLimit: { from: 'promiseLimit', object: LIMIT },
  caseKind: { from: 'caseKind', codes: 'caseKind' },
  steps: {
    from: 'processSteps',
    each: { name: 'stepName', limit: { from: 'limit', object: { value: LIMIT.value, unit: LIMIT.unit } }, specialProcedure: 'special', note: 'note' },
  },
  fee: {
    from: 'charge',
    object: { charged: 'charged', items: { from: 'items', each: { name: 'name', standard: 'standard', basis: 'basis', waivable: 'waivable' } } },
  },
  locations: { from: 'places', each: { name: 'name', address: 'address', hours: 'workTime', phone: 'tel' } },
  consultation: { from: 'consult', default: {}, object: { phone: 'tel', url: 'url', address: 'address' } },
  complaint: { from: 'complaint', default: {}, object: { phone: 'tel', url: 'url' } },
  visits: { object: { count: { from: 'visitTimes', as: 'number' }, reason: 'visitReason' } },
  onlineDepth: { from: 'onlineDepth', as: 'number' },
  channels: { from: 'handleChannels', codes: 'channel' },
  onlinePayment: 'onlinePay',
  delivery: 'express',
  results: { from: 'results', each: { name: 'name', type: { from: 'type', codes: 'resultType' }, sample: 'sampleUrl' } },
  faqs: { from: 'faqs', each: { question: 'q', answer: 'a' } },
  audience: { from: 'targets', codes: 'audience' },
  topics: 'themes',
  windowClass: { from: 'windowType', codes: 'windowClass' },
  version: { from: 'version', as: 'text' },
  validFrom: { from: 'effectiveDate', as: 'dateFromBeijing' },
  validTo: { from: 'expiryDate', as: 'dateFromBeijing' },
  state: { from: 'status', codes: 'itemState' },
  scenarios: 'scenarios',
  intermediaryServices: { from: 'agencies', each: { name: 'name', basis: 'basis', note: 'note' } },
  crossRegion: { from: 'crossRegion', object: { scope: { from: 'scope', codes: 'crossScope' }, note: 'note' } },
  appointment: { from: 'appointment', object: { supported: 'supported', url: 'url', phone: 'tel', note: 'note' } },
  remedies: { from: 'remedies', object: { reconsideration: 'reconsideration', litigation: 'litigation' } },
};

/** The changes feed (`changed`, `removed`, `until` in epoch ms) → `CatalogChanges`. */
export const GUANGDONG_CHANGES_FIELDS: ObjectSpec = {
  changed: { from: 'changed', each: GUANGDONG_ITEM_FIELDS, default: [] },
  removed: { from: 'removed', default: [] },
  until: { from: 'until', as: 'instantFromEpochMs' },
};
