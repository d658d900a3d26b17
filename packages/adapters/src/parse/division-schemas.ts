import * as z from 'zod/mini';
import { divisionCodeSchema } from '@sijitong/core';
import { textSchema } from './fields.js';

/** zod schema of a `DivisionOption`: a structurally valid division code (core's `divisionCodeSchema`) and a non-empty name. */
export const divisionOptionSchema = /* @__PURE__ */ z.object({
  /** Division code, 6, 9 or 12 digits. */
  code: divisionCodeSchema,
  /** Short name. */
  name: textSchema,
});

/** zod schema of the answer of `divisions.children`: a list of {@link divisionOptionSchema}. */
export const divisionOptionsSchema = /* @__PURE__ */ z.array(divisionOptionSchema);

/** zod schema of what `divisions.children` is called with: an optional, structurally valid parent code. */
export const divisionParentSchema = /* @__PURE__ */ z.optional(divisionCodeSchema);
