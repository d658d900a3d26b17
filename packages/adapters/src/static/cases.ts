import { caseDeadline, caseSchema, maskName, type Case, type Item } from '@sijitong/core';
import type { Application, CaseProgress, CasesCapability } from '../contract/capabilities.js';
import { AdapterError } from '../errors.js';
import { contractMessages } from '../i18n/messages/contract.js';
import { staticMessages } from '../i18n/messages/static.js';
import { pageQuerySchema } from '../parse/catalog-schemas.js';
import { applicationSchema, caseLookupQuerySchema, caseProgressSchema, caseSummarySchema, submitOptionsSchema } from '../parse/cases-schemas.js';
import { parseInput, parseResponse } from '../parse/parse-response.js';
import { submitApplication, type ApplicationSubmissionPort } from '../submission/application.js';
import { userOfSession } from './identity.js';
import type { StaticState } from './state.js';
import { civilDateOf, instantOf } from './time.js';

const PASSWORD_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A name as compared in a lookup: NFKC, no spaces, one kind of middle dot, lower case. @internal */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[·•・‧∙]/g, '·')
    .toLowerCase();
}

function normalizePassword(password: string): string {
  return password.normalize('NFKC').trim().toUpperCase();
}

function notFound(): AdapterError {
  return new AdapterError(contractMessages, 'ADAPTER_CASE_NOT_FOUND');
}

function deadlineOf(c: Case): string | undefined {
  try {
    return caseDeadline(c).deadline ?? undefined;
  } catch {
    return undefined;
  }
}

/** The public view of a case: no identifiers, name masked, internal handlers left out. @internal */
export function progressOf(c: Case): CaseProgress {
  const deadline = deadlineOf(c);
  return parseResponse(
    caseProgressSchema,
    {
      caseNumber: c.number,
      itemName: c.item.name,
      applicantName: maskName(c.applicant.name),
      status: c.status,
      ...(c.nativeStatus === undefined ? {} : { nativeStatus: c.nativeStatus }),
      receivedAt: c.receivedAt,
      ...(c.acceptedOn === undefined ? {} : { acceptedOn: c.acceptedOn }),
      ...(deadline === undefined ? {} : { deadline }),
      ...(c.concludedOn === undefined ? {} : { concludedOn: c.concludedOn }),
      steps: c.history.map((h) => ({
        at: h.at,
        status: h.status,
        ...(h.step === undefined ? {} : { step: h.step }),
        ...(h.opinion === undefined ? {} : { opinion: h.opinion }),
        ...(h.department === undefined ? {} : { department: h.department }),
      })),
    },
    { what: 'cases.lookup' },
  );
}

/** Names of the materials an application may carry, by id: the item's own and those scenarios add. */
function materialNamesOf(item: Item): Map<string, string> {
  const names = new Map(item.materials.map((m) => [m.id, m.name]));
  for (const scenario of item.scenarios) {
    for (const option of scenario.options) {
      for (const effect of option.effects) if (effect.kind === 'addMaterial') names.set(effect.material.id, effect.material.name);
    }
  }
  return names;
}

async function queryPasswordOf(state: StaticState, caseNumber: string): Promise<string> {
  const signature = await state.hmac.sign(`password:${caseNumber}`);
  let out = '';
  for (let i = 0; i < 6; i++) out += PASSWORD_ALPHABET[signature.charCodeAt(i) % PASSWORD_ALPHABET.length];
  return out;
}

function checkApplication(state: StaticState, application: Application): Item {
  const item = state.itemsByCode.get(application.implementationCode);
  if (item === undefined || item.state !== 'inUse') {
    throw new AdapterError(contractMessages, 'ADAPTER_ITEM_NOT_FOUND', { implementationCode: application.implementationCode }, { path: ['implementationCode'] });
  }
  if (item.version !== application.itemVersion) {
    throw new AdapterError(contractMessages, 'ADAPTER_ITEM_VERSION_STALE', { given: application.itemVersion, current: item.version }, { path: ['itemVersion'] });
  }
  const names = materialNamesOf(item);
  (application.materials ?? []).forEach((m, index) => {
    if (!names.has(m.materialId)) {
      throw new AdapterError(staticMessages, 'STATIC_MATERIAL_UNKNOWN', { materialId: m.materialId }, { path: ['materials', index, 'materialId'] });
    }
  });
  return item;
}

/** The province side of a submission: a draft case, its materials, then confirmation. */
function port(state: StaticState, item: Item): ApplicationSubmissionPort<{ caseNumber: string }, { materialId: string }> {
  const draft = (caseNumber: string): Case => {
    const c = state.cases.get(caseNumber);
    if (c === undefined) throw notFound();
    return c;
  };
  return {
    async createCase(application) {
      const now = state.now();
      const caseNumber = `${state.caseNumberPrefix}${civilDateOf(now).replace(/-/g, '')}${String(900_000 + state.next('case')).padStart(6, '0')}`;
      const a = application.applicant;
      const c = parseResponse(caseSchema, {
        number: caseNumber,
        queryPassword: await queryPasswordOf(state, caseNumber),
        item: { implementationCode: item.implementationCode, basicCode: item.basicCode, name: item.name, version: item.version },
        applicant:
          a.kind === 'person'
            ? { kind: 'person', name: a.name, idType: 'residentId', idNumber: a.idNumber, ...(a.mobile === undefined ? {} : { mobile: a.mobile }) }
            : { kind: 'organization', name: a.name, creditCode: a.creditCode, ...(a.mobile === undefined ? {} : { mobile: a.mobile }) },
        channel: 'web',
        department: item.implementingBody.name,
        receivedAt: instantOf(now),
        ...(item.promisedLimit.unit === 'hour' ? {} : { limit: { value: item.promisedLimit.value, unit: item.promisedLimit.unit } }),
        status: 'draft',
      }, { what: 'cases.submit' });
      state.cases.set(caseNumber, c);
      return { caseNumber };
    },
    async uploadMaterial(created, material) {
      const c = draft(created.caseNumber);
      const name = materialNamesOf(item).get(material.materialId) ?? material.fileName;
      const received = { materialId: material.materialId, name, count: 1, receivedAt: instantOf(state.now()) };
      state.cases.set(c.number, { ...c, materialsReceived: [...c.materialsReceived, received] });
      return { materialId: material.materialId };
    },
    async confirm(created) {
      const c = draft(created.caseNumber);
      const at = instantOf(state.now());
      const entry = { at, status: 'submitted' as const, event: 'submit' as const, department: item.implementingBody.name };
      state.cases.set(c.number, { ...c, status: 'submitted', receivedAt: at, history: [...c.history, entry] });
      return { caseNumber: c.number, ...(c.queryPassword === undefined ? {} : { queryPassword: c.queryPassword }), receivedAt: at };
    },
  };
}

/** The cases capability of the static adapter. @internal */
export function staticCases(state: StaticState): CasesCapability {
  return {
    async lookup(query) {
      const q = parseInput(caseLookupQuerySchema, query, { what: 'cases.lookup' });
      if (state.captcha !== undefined && (q.captcha?.id !== state.captcha.id || q.captcha.answer.trim().toUpperCase() !== state.captcha.answer.toUpperCase())) {
        throw new AdapterError(contractMessages, 'ADAPTER_CAPTCHA_INVALID', {}, { path: ['captcha'] });
      }
      const c = state.cases.get(q.caseNumber.trim());
      if (c === undefined || c.status === 'draft') throw notFound();
      const v = q.verification;
      const ok =
        v.kind === 'applicantName'
          ? normalizeName(v.name) === normalizeName(c.applicant.name)
          : c.queryPassword !== undefined && normalizePassword(v.password) === normalizePassword(c.queryPassword);
      if (!ok) throw notFound();
      return progressOf(c);
    },
    async submit(application, options) {
      const app = parseInput(applicationSchema, application, { what: 'cases.submit' });
      const opts = parseInput(submitOptionsSchema, options, { what: 'cases.submit' });
      const item = checkApplication(state, app);
      return submitApplication({
        application: app,
        options: { ...opts, ...(options.signal === undefined ? {} : { signal: options.signal }) },
        port: port(state, item),
        submission: state.submission,
      });
    },
    async listByApplicant(session, query = {}) {
      const user = await userOfSession(state, session);
      const q = parseInput(pageQuerySchema, query, { what: 'cases.listByApplicant' });
      const page = q.page ?? 1;
      const pageSize = Math.min(q.pageSize ?? 20, 100);
      const p = user.profile;
      const mine = [...state.cases.values()]
        .filter((c) =>
          c.applicant.kind === 'person' ? p.kind === 'person' && c.applicant.idNumber === p.idNumber : p.kind === 'organization' && c.applicant.creditCode === p.creditCode,
        )
        .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0));
      const items = mine
        .slice((page - 1) * pageSize, page * pageSize)
        .map((c) => parseResponse(caseSummarySchema, { caseNumber: c.number, itemName: c.item.name, status: c.status, receivedAt: c.receivedAt }, { what: 'cases.listByApplicant' }));
      return { items, total: mine.length, page, pageSize };
    },
  };
}
