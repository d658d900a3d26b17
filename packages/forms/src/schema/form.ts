import * as z from 'zod/mini';
import { localizedLabelSchema } from '@sijitong/core';
import {
  expressionSourceSchema,
  fieldDefinitionSchema,
  type ColumnDefinition,
  type FieldDefinition,
  type LocalizedText,
} from './field.js';
import type { FieldType } from './field-types.js';
import { formIdSchema } from './keys.js';

/*
 * A form schema as a province stores it (JSON), and the loaded form every other function of the
 * package takes: the same shape with each field's element resolved (type and label always set).
 */

/** Builds the stored-form schema with `field` as the schema of one field. */
function formSchemaWith<F extends z.core.$ZodType>(field: F) {
  const section = z.strictObject({
    /** Id, unique within its step. */
    id: formIdSchema,
    /** Heading. */
    title: localizedLabelSchema,
    /** Text under the heading. */
    description: z.optional(localizedLabelSchema),
    /** Shown only while this expression holds (its fields are hidden with it). */
    visibleWhen: z.optional(expressionSourceSchema),
    /** The fields, in display order. */
    fields: z.array(field),
  });
  const step = z.strictObject({
    /** Id, unique within the form. */
    id: formIdSchema,
    /** Heading of the step. */
    title: localizedLabelSchema,
    /** Text under the heading. */
    description: z.optional(localizedLabelSchema),
    /** Shown only while this expression holds. */
    visibleWhen: z.optional(expressionSourceSchema),
    /** The sections, at least one. */
    sections: z.array(section).check(z.minLength(1)),
  });
  return z.strictObject({
    /** Stable id of the form, e.g. `370112001000-application`. */
    id: formIdSchema,
    /** Version of this form; a submission records the version it was filled in. */
    version: z.string().check(z.minLength(1), z.maxLength(200)),
    /** Title, e.g. 个体工商户设立登记申请表. */
    title: localizedLabelSchema,
    /** Text under the title. */
    description: z.optional(localizedLabelSchema),
    /** The steps (pages), at least one. */
    steps: z.array(step).check(z.minLength(1)),
  });
}

/**
 * zod schema of a form as a province stores it: `{ id, version, title, steps: [{ id, title,
 * sections: [{ id, title, fields }] }] }`. It checks shape only; `loadFormSchema` checks meaning
 * (elements, expressions, references, cycles) and resolves elements.
 */
export const formDefinitionSchema = /* @__PURE__ */ formSchemaWith(fieldDefinitionSchema);
/** A form as stored (JSON-serialisable). */
export type FormDefinition = z.infer<typeof formDefinitionSchema>;
/** A form as written, e.g. read from JSON. */
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;

/** The envelope of a form with fields left unchecked, so each field's problems are found separately. @internal */
export const formEnvelopeSchema = /* @__PURE__ */ formSchemaWith(z.unknown());

/** A table column of a loaded form: its element resolved, so `type` and `label` are always set. */
export type FormColumn = Omit<ColumnDefinition, 'type' | 'label'> & {
  /** The column type. */
  readonly type: FieldType;
  /** The column label. */
  readonly label: LocalizedText;
};

/** A field of a loaded form: its element resolved, so `type` and `label` are always set. */
export type FormField = Omit<FieldDefinition, 'type' | 'label' | 'columns'> & {
  /** The field type. */
  readonly type: FieldType;
  /** The label. */
  readonly label: LocalizedText;
  /** Table columns. */
  readonly columns?: readonly FormColumn[] | undefined;
};

/** A section of a loaded form. */
export type FormSection = Omit<FormDefinition['steps'][number]['sections'][number], 'fields'> & {
  /** The fields, in display order. */
  readonly fields: readonly FormField[];
};

/** A step of a loaded form. */
export type FormStep = Omit<FormDefinition['steps'][number], 'sections'> & {
  /** The sections. */
  readonly sections: readonly FormSection[];
};

/**
 * A loaded form (the result of `loadFormSchema` or `mergeForms`): plain JSON, self-contained (no
 * dictionary needed any more), and itself a valid stored form, so loading it again gives it back.
 */
export type FormSchema = Omit<FormDefinition, 'steps'> & {
  /** The steps. */
  readonly steps: readonly FormStep[];
};
