import * as z from 'zod/mini';
import { fillTemplate, maskName, type MessageParams, type Messages } from '@sijitong/core';

/** Non-empty text after trimming. @internal */
export const textSchema = /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1));

/** Pattern of a division code: 6, 9 or 12 digits. @internal */
const DIVISION_PATTERN = /^\d{6}(?:\d{3}){0,2}$/;

/** zod schema of a division code of 6, 9 or 12 digits (shape only). */
export const divisionFilterSchema = /* @__PURE__ */ z.string().check(z.regex(DIVISION_PATTERN));

/** zod schema of an absolute http(s) URL (pay pages, redirect and notify URLs). */
export const httpUrlSchema = /* @__PURE__ */ z.url({ protocol: /^https?$/ });

/** zod schema of binary content: a `Uint8Array`. */
export const bytesSchema = /* @__PURE__ */ z.instanceof(Uint8Array);

const MASK_CHARS = /[*＊×]/;

/**
 * zod schema of a name shown to the public: a province's already-masked name (`张*三`) passes
 * as it is; a name that arrives unmasked is masked with core's `maskName`, so a public result never
 * carries a full name whatever the province sends.
 */
export const publicNameSchema = /* @__PURE__ */ z.pipe(
  textSchema,
  z.transform((name: string) => (MASK_CHARS.test(name) ? name : maskName(name))),
);

/**
 * The `params` of a custom zod issue carrying a message of an adapters catalogue, in the form core's
 * `localizeIssue` renders in either locale.
 * @internal
 */
export function issueParams<K extends string>(messages: Messages<K>, code: K, values: MessageParams = {}): Record<string, unknown> {
  return {
    code,
    values,
    messages: { 'zh-CN': fillTemplate(messages['zh-CN'][code], values), en: fillTemplate(messages.en[code], values) },
  };
}
