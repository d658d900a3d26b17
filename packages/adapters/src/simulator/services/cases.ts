import { applicantSchema, transitionCase, type Applicant, type Case } from '@sijitong/core';
import * as z from 'zod/mini';
import { SimError } from '../sim-error.js';
import type { SimAttachment, SimCase, SimulatorState } from '../state.js';
import { beijingDateTime, beijingInstant } from '../time.js';
import { idempotent } from './idempotency.js';

/** The second factor of a public lookup. */
export type LookupFactor = { readonly kind: 'applicantName'; readonly name: string } | { readonly kind: 'queryPassword'; readonly password: string };

/**
 * The case `number` when `factor` matches it; otherwise `NOT_FOUND`, the same answer for an
 * unknown number, a wrong factor and a draft, so the lookup reveals nothing.
 */
export function lookupCase(state: SimulatorState, number: string, factor: LookupFactor): Case {
  const found = state.cases.get(number.trim())?.case;
  const matches =
    found !== undefined &&
    found.status !== 'draft' &&
    (factor.kind === 'applicantName'
      ? found.applicant.name === factor.name.trim()
      : found.queryPassword !== undefined && found.queryPassword.toUpperCase() === factor.password.trim().toUpperCase());
  if (!matches) throw new SimError('NOT_FOUND');
  return found;
}

/** What the first submission step receives, dialect-neutral. */
export interface DraftInput {
  /** 实施编码. */
  readonly implementationCode: string;
  /** The item version the form was filled against. */
  readonly version: string;
  /** The applicant (validated with core's schema). */
  readonly applicant: Applicant;
  /** Form values. */
  readonly form: Readonly<Record<string, unknown>>;
  /** Scenario answers. */
  readonly answers: Readonly<Record<string, unknown>>;
}

const PASSWORD_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function queryPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => PASSWORD_ALPHABET[b % PASSWORD_ALPHABET.length]).join('');
}

/** Step 1: creates a draft case, idempotent by `key`; answers its number. */
export function createDraft(state: SimulatorState, client: string, key: string, input: DraftInput, now: Date): { number: string } {
  return idempotent(state, client, 'case', key, input, () => {
    const entry = state.items.get(input.implementationCode);
    if (entry === undefined || entry.item.state !== 'inUse') throw new SimError('NOT_FOUND');
    if (entry.item.version !== input.version) throw new SimError('ITEM_VERSION_STALE', { given: input.version, current: entry.item.version });
    const parsed = z.safeParse(applicantSchema, input.applicant);
    if (!parsed.success) throw new SimError('PARAM_INVALID', { detail: `applicant.${parsed.error.issues[0]?.path.join('.') ?? ''}` });
    const { item } = entry;
    const number = state.nextCaseNumber(beijingDateTime(now).slice(0, 10));
    const draft: Case = {
      number,
      queryPassword: queryPassword(),
      item: { implementationCode: item.implementationCode, basicCode: item.basicCode, name: item.name, version: item.version },
      applicant: parsed.data,
      channel: 'web',
      department: item.implementingBody.name,
      receivedAt: beijingInstant(now),
      ...(item.promisedLimit.unit === 'hour' ? {} : { limit: { value: item.promisedLimit.value, unit: item.promisedLimit.unit } }),
      status: 'draft',
      history: [],
      suspensions: [],
      extensions: [],
      materialsReceived: [],
    };
    state.cases.set(number, { case: draft, client, attachments: new Map() });
    return { number };
  });
}

function ownCase(state: SimulatorState, client: string, number: string): SimCase {
  const entry = state.cases.get(number);
  if (entry === undefined || entry.client !== client) throw new SimError('NOT_FOUND');
  return entry;
}

/** The largest file the simulator accepts (bytes). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Step 2: stores one file of a draft; the same material and file name again replaces it (same id). */
export function uploadMaterial(
  state: SimulatorState,
  client: string,
  number: string,
  file: { readonly materialId: string; readonly fileName: string; readonly contentType: string; readonly content: Uint8Array },
): SimAttachment {
  const entry = ownCase(state, client, number);
  if (entry.case.status !== 'draft') throw new SimError('WRONG_STATE', { detail: entry.case.status });
  const item = state.items.get(entry.case.item.implementationCode)?.item;
  if (item !== undefined && !item.materials.some((m) => m.id === file.materialId)) throw new SimError('PARAM_INVALID', { detail: 'materialId' });
  if (file.content.length > MAX_FILE_BYTES) throw new SimError('PARAM_INVALID', { detail: 'file > 5 MB' });
  const slot = `${file.materialId}/${file.fileName}`;
  const previous = entry.attachments.get(slot);
  const attachment: SimAttachment = {
    id: previous?.id ?? state.nextId('ATT'),
    materialId: file.materialId,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.content.length,
  };
  entry.attachments.set(slot, attachment);
  return attachment;
}

/** Step 3: sends the draft (收件); confirming a sent case again answers the same. */
export function confirmCase(state: SimulatorState, client: string, number: string, now: Date): Case {
  const entry = ownCase(state, client, number);
  if (entry.case.status !== 'draft') return entry.case;
  const at = beijingInstant(now);
  const result = transitionCase({ ...entry.case, receivedAt: at }, { type: 'submit', at, step: '收件', opinion: '网上申报材料已接收', department: entry.case.department });
  if (!result.ok) throw new SimError('WRONG_STATE', { detail: result.error.message });
  const names = new Map(state.items.get(entry.case.item.implementationCode)?.item.materials.map((m) => [m.id, m.name]) ?? []);
  entry.case = {
    ...result.case,
    materialsReceived: [...entry.attachments.values()].map((a) => ({ materialId: a.materialId, name: names.get(a.materialId) ?? a.fileName, receivedAt: at })),
  };
  return entry.case;
}

/** The cases of a user (by ID number or credit code), newest first, drafts left out. */
export function casesOfHolder(state: SimulatorState, holderId: string): Case[] {
  return [...state.cases.values()]
    .map((e) => e.case)
    .filter((c) => c.status !== 'draft' && (c.applicant.kind === 'person' ? c.applicant.idNumber : c.applicant.creditCode) === holderId)
    .sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt) || (a.number < b.number ? 1 : -1));
}
