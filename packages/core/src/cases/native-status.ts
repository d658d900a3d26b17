import * as z from 'zod/mini';
import { SijitongError } from '../errors.js';
import type { Locale } from '../i18n/index.js';
import { checkWith } from '../i18n/zod.js';
import { errorFromZod } from './issues.js';
import { caseStatusLabel } from './labels.js';
import { caseStatusSchema, type CaseStatus } from './status.js';
import { casesMessages } from '../i18n/messages/cases.js';

const text = () => z.string().check(z.trim(), z.minLength(1));

/** One row of a provincial status table: native code, its native label, the canonical status. */
export const statusMappingEntrySchema = /* @__PURE__ */ z.object({
  /** The province's status code, e.g. `05`. */
  native: text(),
  /** The province's label, e.g. 受理 (shown in zh-CN). */
  label: z.optional(z.string()),
  /** The canonical status it means. */
  status: caseStatusSchema,
});

function assertUniqueCodes(m: { province: string; entries: readonly { native: string }[] }): void {
  const seen = new Set<string>();
  m.entries.forEach((entry, i) => {
    if (seen.has(entry.native)) {
      throw new SijitongError(casesMessages, 'CASE_NATIVE_STATUS_DUPLICATE', { province: m.province, code: entry.native }, { path: ['entries', i, 'native'] });
    }
    seen.add(entry.native);
  });
}

/**
 * zod schema of a provincial status table: a province (or system) name and at least one entry;
 * a native code may appear only once (`CASE_NATIVE_STATUS_DUPLICATE` at `['entries', i, 'native']`).
 * Several native codes may map onto the same canonical status.
 */
export const statusMappingSchema = /* @__PURE__ */ z
  .object({
    /** The province or system the table belongs to (shown in errors). */
    province: text(),
    /** The rows; at least one, native codes unique. */
    entries: z.array(statusMappingEntrySchema).check(z.minLength(1)),
  })
  .check(checkWith(assertUniqueCodes));

/** One row of a status table; see {@link statusMappingEntrySchema}. */
export type StatusMappingEntry = z.infer<typeof statusMappingEntrySchema>;
/** The definition of a status table; see {@link statusMappingSchema}. */
export type StatusMappingDefinition = z.infer<typeof statusMappingSchema>;

/** The outcome of {@link StatusMapping.map}: the canonical status, or `CASE_NATIVE_STATUS_UNKNOWN`. */
export type NativeStatusResult =
  | {
      /** The code is in the table. */
      readonly ok: true;
      /** The canonical status. */
      readonly status: CaseStatus;
      /** The table row. */
      readonly entry: StatusMappingEntry;
    }
  | {
      /** The code is not in the table. */
      readonly ok: false;
      /** `CASE_NATIVE_STATUS_UNKNOWN` with `{ province, code }`. */
      readonly error: SijitongError;
    };

/** A validated provincial status table, built by {@link createStatusMapping}. */
export interface StatusMapping {
  /** The province or system the table belongs to. */
  readonly province: string;
  /** The rows, as given. */
  readonly entries: readonly StatusMappingEntry[];
  /** The canonical status of `nativeCode`; an unknown code is an error, never a guess. */
  map(nativeCode: string): NativeStatusResult;
  /** The native codes that map onto `status`, in table order (empty when none). */
  nativeCodes(status: CaseStatus): readonly string[];
  /**
   * The label of `nativeCode`: in zh-CN the table's native label when it has one, otherwise (and in
   * other locales) the canonical status label; `undefined` for an unknown code.
   */
  label(nativeCode: string, locale?: Locale): string | undefined;
}

/**
 * Builds a status table after validating it with {@link statusMappingSchema}.
 * @throws {@link SijitongError} the first problem found, with its path (e.g. a duplicate code).
 * @example
 * ```ts
 * const shandong = createStatusMapping({ province: '37', entries: [{ native: '05', status: 'accepted' }] });
 * shandong.map('05'); // { ok: true, status: 'accepted', … }
 * ```
 */
export function createStatusMapping(definition: StatusMappingDefinition): StatusMapping {
  const parsed = z.safeParse(statusMappingSchema, definition);
  if (!parsed.success) throw errorFromZod(parsed.error);
  const { province, entries } = parsed.data;
  const byCode = new Map(entries.map((e) => [e.native, e] as const));
  return {
    province,
    entries,
    map(nativeCode) {
      const entry = byCode.get(nativeCode.trim());
      if (entry === undefined) {
        return { ok: false, error: new SijitongError(casesMessages, 'CASE_NATIVE_STATUS_UNKNOWN', { province, code: nativeCode }) };
      }
      return { ok: true, status: entry.status, entry };
    },
    nativeCodes(status) {
      return entries.filter((e) => e.status === status).map((e) => e.native);
    },
    label(nativeCode, locale = 'zh-CN') {
      const entry = byCode.get(nativeCode.trim());
      if (entry === undefined) return undefined;
      return entry.label !== undefined && locale === 'zh-CN' ? entry.label : caseStatusLabel(entry.status, locale);
    },
  };
}

/**
 * The status codes seen in real provincial exchange tables (no national list has been published):
 * 02 收件 → submitted, 05 受理 → accepted, 06 补齐补正 → correctionRequested, 07 不予受理 →
 * notAccepted, 10 办结 → concluded, 11 挂起 → suspended, 12 在办 → processing, 13 退件 → withdrawn.
 * Native labels are left out; {@link StatusMapping.label} then shows the canonical label.
 * Pass it to {@link createStatusMapping}, or copy and adapt it for a province.
 */
export const NATIONAL_EXCHANGE_STATUS_CODES: StatusMappingDefinition = {
  province: 'national-exchange',
  entries: [
    { native: '02', status: 'submitted' },
    { native: '05', status: 'accepted' },
    { native: '06', status: 'correctionRequested' },
    { native: '07', status: 'notAccepted' },
    { native: '10', status: 'concluded' },
    { native: '11', status: 'suspended' },
    { native: '12', status: 'processing' },
    { native: '13', status: 'withdrawn' },
  ],
};
