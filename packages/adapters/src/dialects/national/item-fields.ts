import type { ObjectSpec } from '../mapping/spec.js';

/*
 * The national upload field names of an item (事项) and its materials, mapped onto core's `Item`
 * (docs/dialects.md, "Field mapping of an item"). Pure data: the declarative adapter's national
 * example uses the very same tables.
 */

/** National material fields (`MATERIALS[]`) → core's `Material`. */
export const NATIONAL_MATERIAL_FIELDS: ObjectSpec = {
  id: 'MATERIAL_ID',
  name: 'MATERIAL_NAME',
  class: { from: 'MATERIAL_CLASS', codes: 'materialClass' },
  type: { from: 'MATERIAL_TYPE', codes: 'materialType' },
  form: { from: 'MATERIAL_FORM', codes: 'materialForm' },
  necessity: { from: 'NECESSITY', codes: 'necessity' },
  source: { from: 'SOURCE', codes: 'materialSource' },
  originalCount: { from: 'ORIGINAL_NUM', as: 'number' },
  copyCount: { from: 'COPY_NUM', as: 'number' },
  paperSize: 'PAPER_SIZE',
  instructions: 'FILL_NOTES',
  acceptanceStandard: 'ACCEPT_STANDARD',
  basis: 'BASIS',
  optionalWhen: 'OPTIONAL_WHEN',
  blankFormUrl: 'BLANK_FORM_URL',
  sampleUrl: 'SAMPLE_URL',
  eLicenceType: { object: { code: 'LICENCE_TYPE_CODE', name: 'LICENCE_TYPE_NAME' }, optional: true },
};

const limit = (value: string, unit: string, note?: string): ObjectSpec => ({
  value: { from: value, as: 'number' },
  unit: { from: unit, codes: 'timeUnit' },
  ...(note === undefined ? {} : { note }),
});

/** National item fields (TASK_CODE, CATALOG_CODE…) → core's `Item`. */
export const NATIONAL_ITEM_FIELDS: ObjectSpec = {
  implementationCode: 'TASK_CODE',
  basicCode: 'CATALOG_CODE',
  nativeCode: 'LOCAL_CODE',
  name: 'TASK_NAME',
  shortName: 'SHORT_NAME',
  type: { from: 'TASK_TYPE', codes: 'itemType' },
  levels: { from: 'USE_LEVEL', split: ',', codes: 'level' },
  divisionCodes: 'AREA_CODES',
  implementingBody: {
    object: { name: 'DEPT_NAME', creditCode: 'DEPT_CODE', kind: { from: 'DEPT_TYPE', codes: 'implementingBodyKind' }, departmentCode: 'DEPT_LOCAL_CODE' },
  },
  powerSource: { from: 'POWER_SOURCE', codes: 'powerSource' },
  legalBasis: { from: 'BY_LAW', each: { law: 'LAW_NAME', article: 'CLAUSE', text: 'CLAUSE_CONTENT' } },
  acceptanceConditions: 'ACCEPT_CONDITION',
  materials: { from: 'MATERIALS', each: NATIONAL_MATERIAL_FIELDS },
  legalLimit: { object: limit('ANTICIPATE_DAY', 'ANTICIPATE_TYPE', 'ANTICIPATE_EXPLAIN') },
  promisedLimit: { object: limit('PROMISE_DAY', 'PROMISE_TYPE', 'PROMISE_EXPLAIN') },
  caseKind: { from: 'PROJECT_TYPE', codes: 'caseKind' },
  steps: {
    from: 'STEPS',
    each: {
      name: 'NODE_NAME',
      limit: { object: limit('NODE_LIMIT', 'NODE_LIMIT_TYPE'), optional: true },
      specialProcedure: { from: 'IS_SPECIAL', codes: 'flag' },
      note: 'NODE_NOTE',
    },
  },
  fee: {
    object: {
      charged: { from: 'IS_CHARGE', codes: 'flag' },
      items: {
        from: 'CHARGE_ITEMS',
        each: { name: 'CHARGE_NAME', standard: 'CHARGE_STANDARD', basis: 'CHARGE_BASIS', waivable: { from: 'IS_WAIVABLE', codes: 'flag' } },
      },
    },
  },
  locations: { from: 'HANDLE_PLACES', each: { name: 'PLACE_NAME', address: 'ADDRESS', hours: 'OFFICE_HOUR', phone: 'PHONE' } },
  consultation: { object: { phone: 'CONSULT_PHONE', url: 'CONSULT_URL', address: 'CONSULT_ADDRESS' } },
  complaint: { object: { phone: 'SUPERVISE_PHONE', url: 'SUPERVISE_URL' } },
  visits: { object: { count: { from: 'VISIT_COUNT', as: 'number' }, reason: 'VISIT_REASON' } },
  onlineDepth: { from: 'ONLINE_DEPTH', as: 'number' },
  channels: { from: 'HANDLE_FORM', split: ',', codes: 'channel' },
  onlinePayment: { from: 'IS_ONLINE_PAY', codes: 'flag' },
  delivery: { from: 'IS_EXPRESS', codes: 'flag' },
  results: { from: 'RESULTS', each: { name: 'RESULT_NAME', type: { from: 'RESULT_TYPE', codes: 'resultType' }, sample: 'RESULT_SAMPLE' } },
  faqs: { from: 'FAQS', each: { question: 'QUESTION', answer: 'ANSWER' } },
  audience: { from: 'SERVICE_OBJECT', split: ',', codes: 'audience' },
  topics: 'THEMES',
  windowClass: { from: 'WINDOW_TYPE', codes: 'windowClass' },
  version: { from: 'VERSION', as: 'text' },
  validFrom: { from: 'VALID_FROM', as: 'dateFromBeijing' },
  validTo: { from: 'VALID_TO', as: 'dateFromBeijing' },
  state: { from: 'TASK_STATE', codes: 'itemState' },
  scenarios: 'SCENARIOS',
  intermediaryServices: { from: 'INTERMEDIARY', each: { name: 'SERVICE_NAME', basis: 'BASIS', note: 'NOTE' } },
  crossRegion: { object: { scope: { from: 'CROSS_SCOPE', codes: 'crossScope' }, note: 'CROSS_NOTE' }, optional: true },
  appointment: { from: 'APPOINTMENT', object: { supported: { from: 'IS_SUPPORT', codes: 'flag' }, url: 'URL', phone: 'PHONE', note: 'NOTE' } },
  remedies: { object: { reconsideration: 'RECONSIDERATION', litigation: 'LITIGATION' }, optional: true },
};

/** The changes feed (`CHANGED`, `REMOVED`, `UNTIL`) → core-shaped `CatalogChanges`. */
export const NATIONAL_CHANGES_FIELDS: ObjectSpec = {
  changed: { from: 'CHANGED', each: NATIONAL_ITEM_FIELDS, default: [] },
  removed: { from: 'REMOVED', default: [] },
  until: { from: 'UNTIL', as: 'instantFromBeijing' },
};
