import * as z from 'zod/mini';

/**
 * Pattern of a field key: dot-separated lowerCamel ASCII segments, like core's element keys,
 * e.g. `applicant.idNumber`. The key is the field's meaning: merging forms asks a key once.
 */
export const FIELD_KEY_PATTERN = /^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)*$/;

/** Pattern of a table column key: one lowerCamel segment, referenced as `$row.column`. */
export const COLUMN_KEY_PATTERN = /^[a-z][A-Za-z0-9]*$/;

/** Pattern of a step or section id: ASCII, safe in URLs and DOM ids, at most 64 characters. */
export const FORM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/** zod schema of a field key (see {@link FIELD_KEY_PATTERN}; at most 64 characters). */
export const fieldKeySchema = /* @__PURE__ */ z.string().check(z.maxLength(64), z.regex(FIELD_KEY_PATTERN));

/** zod schema of a table column key (see {@link COLUMN_KEY_PATTERN}; at most 64 characters). */
export const columnKeySchema = /* @__PURE__ */ z.string().check(z.maxLength(64), z.regex(COLUMN_KEY_PATTERN));

/** zod schema of a form, step or section id (see {@link FORM_ID_PATTERN}). */
export const formIdSchema = /* @__PURE__ */ z.string().check(z.regex(FORM_ID_PATTERN));
