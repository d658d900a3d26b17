import { fitsType, type FormValues } from '../model/values.js';
import type { LocalizedText } from '../schema/field.js';
import type { FormSchema } from '../schema/form.js';
import { fieldMap } from '../schema/walk.js';

/**
 * Values filled in from a verified source: `identity` (统一身份认证), `eLicence` (电子证照) or the
 * name of another source. Keys in `lock` are shown read-only with the reason.
 */
export interface Prefill {
  /** Values by field key. */
  readonly values: FormValues;
  /** Where they come from: `identity`, `eLicence`, or a source name shown as is. */
  readonly source: 'identity' | 'eLicence' | (string & {});
  /** Keys the applicant may not change. */
  readonly lock?: readonly string[];
}

/**
 * The verified profile of a signed-in user, as `@sijitong/adapters`' identity capability returns
 * it (`VerifiedProfile`; the same shape, so forms needs no dependency on adapters).
 */
export interface PrefillProfile {
  /** Person or organisation. */
  readonly kind: 'person' | 'organization';
  /** Name as verified. */
  readonly name: string;
  /** Resident ID number (person). */
  readonly idNumber?: string;
  /** Unified social credit code (organisation). */
  readonly creditCode?: string;
  /** Mobile number. */
  readonly mobile?: string;
}

/**
 * The form values of a verified profile: a person gives `applicant.name`, `applicant.idNumber`,
 * `applicant.mobile`; an organisation `enterprise.name`, `enterprise.creditCode` (and
 * `applicant.mobile`). Absent parts are left out.
 */
export function prefillFromProfile(profile: PrefillProfile): Record<string, string> {
  const values: Record<string, string> = {};
  const put = (key: string, value: string | undefined): void => {
    if (value !== undefined && value !== '') values[key] = value;
  };
  if (profile.kind === 'person') {
    put('applicant.name', profile.name);
    put('applicant.idNumber', profile.idNumber);
  } else {
    put('enterprise.name', profile.name);
    put('enterprise.creditCode', profile.creditCode);
  }
  put('applicant.mobile', profile.mobile);
  return values;
}

/** What {@link applyPrefill} accepted for a form. */
export interface PrefillResult {
  /** The values that fit their fields. */
  readonly values: FormValues;
  /** Accepted keys that are locked. */
  readonly locked: ReadonlySet<string>;
  /** Values of the wrong type for their field, not filled in. */
  readonly rejected: readonly RejectedPrefill[];
}

/** A prefill value of the wrong type for its field. */
export interface RejectedPrefill {
  /** Field key. */
  readonly key: string;
  /** The field's label. */
  readonly label: LocalizedText;
}

/** The prefill values that fit `schema`: keys the form lacks are ignored, values of the wrong type rejected. */
export function applyPrefill(schema: FormSchema, prefill: Prefill): PrefillResult {
  const fields = fieldMap(schema);
  const values: Record<string, unknown> = {};
  const rejected: RejectedPrefill[] = [];
  for (const [key, value] of Object.entries(prefill.values)) {
    const field = fields.get(key);
    if (field === undefined || value === undefined || value === null) continue;
    if (fitsType(field.type, value)) values[key] = value;
    else rejected.push({ key, label: field.label });
  }
  const locked = new Set((prefill.lock ?? []).filter((key) => key in values));
  return { values, locked, rejected };
}

/**
 * An e-licence (电子证照) as `@sijitong/adapters`' e-licence capability returns it (`ELicence`;
 * the same shape, so forms needs no dependency on adapters).
 */
export interface PrefillLicence {
  /** The licence number printed on it (for a business licence, the credit code). */
  readonly number: string;
  /** The holder's name. */
  readonly holderName: string;
  /** Issuing authority. */
  readonly issuer: string;
  /** Valid from (YYYY-MM-DD). */
  readonly validFrom: string;
  /** Valid to (YYYY-MM-DD); absent when it does not expire. */
  readonly validTo?: string | undefined;
}

/** Which form field each part of a licence fills, e.g. `{ number: 'enterprise.creditCode', holderName: 'enterprise.name' }`. */
export type LicenceFieldMap = Readonly<Partial<Record<keyof PrefillLicence, string>>>;

/**
 * The form values of an e-licence: each part named in `map` goes to its field; parts the licence
 * lacks are left out. Pass the result as `{ values, source: 'eLicence' }`.
 *
 * @example
 * ```ts
 * const [licence] = await adapter.eLicences.find({ holder: { creditCode }, typeCode: BUSINESS_LICENCE });
 * form.prefill = [
 *   { values: prefillFromProfile(profile), source: 'identity', lock: ['applicant.idNumber'] },
 *   { values: prefillFromLicence(licence, { number: 'enterprise.creditCode', holderName: 'enterprise.name' }), source: 'eLicence' },
 * ];
 * ```
 */
export function prefillFromLicence(licence: PrefillLicence, map: LicenceFieldMap): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [part, key] of Object.entries(map) as [keyof PrefillLicence, string | undefined][]) {
    const value = licence[part];
    if (key !== undefined && typeof value === 'string' && value !== '') values[key] = value;
  }
  return values;
}
