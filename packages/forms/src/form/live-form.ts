import type { FormEvaluation } from '../model/evaluate.js';
import { LiveEvaluation, type LiveOptions } from '../model/live.js';
import type { FieldError, FieldState } from '../model/run.js';
import type { FormValues } from '../model/values.js';
import type { FormSchema, FormSection, FormStep } from '../schema/form.js';
import { fieldsOf } from '../schema/walk.js';
import { ownerOf } from './shown-errors.js';
import { visibleSteps } from './step.js';

/*
 * What `<sjt-form>` shows of its values, kept current edit by edit: the field states (see
 * `LiveEvaluation`) and a version per section that changes when a state or a shown error of one
 * of its fields does, so an update redraws only the sections and fields that changed.
 */

/** The live states and section versions of one element. @internal */
export class LiveForm {
  private live: LiveEvaluation | undefined;
  private given: FormValues | undefined;
  private sectionsOf = new Map<string, FormSection[]>();
  private versions = new WeakMap<FormSection, number>();
  private steps: { readonly visibility: number; readonly steps: readonly FormStep[] } | undefined;

  /** Starts over with a new form. */
  load(schema: FormSchema | undefined): void {
    this.live = schema === undefined ? undefined : new LiveEvaluation(schema);
    this.given = undefined;
    this.sectionsOf = new Map();
    this.versions = new WeakMap();
    this.steps = undefined;
    if (schema === undefined) return;
    for (const { field, section } of fieldsOf(schema)) this.sectionsOf.set(field.key, [...(this.sectionsOf.get(field.key) ?? []), section]);
  }

  /**
   * Brings the states up to `values`: only field `edited` when that is the one change since the
   * last call, everything otherwise (or when `all`, e.g. the locale or today changed).
   */
  sync(values: FormValues, options: LiveOptions, edited?: string, all = false): void {
    const live = this.live;
    if (live === undefined || (values === this.given && !all)) return;
    const changed = edited !== undefined && this.given !== undefined && !all ? live.change(edited, values, options) : live.all(values, options);
    this.given = values;
    for (const key of changed) this.bump(key);
  }

  /** The shown errors changed from `before` to `after`: their sections are drawn again. */
  errorsChanged(before: ReadonlyMap<string, string> | undefined, after: ReadonlyMap<string, string>): void {
    for (const [key, message] of after) if (before?.get(key) !== message) this.bump(ownerOf(key));
    for (const key of before?.keys() ?? []) if (!after.has(key)) this.bump(ownerOf(key));
  }

  private bump(key: string): void {
    for (const section of this.sectionsOf.get(key) ?? []) this.versions.set(section, (this.versions.get(section) ?? 0) + 1);
  }

  /** A field's state now. */
  readonly state = (key: string): FieldState | undefined => this.live?.states.get(key);

  /** The steps with a visible field (see `visibleSteps`): worked out again only once a field was shown or hidden. */
  visibleSteps(): readonly FormStep[] {
    const live = this.live;
    if (live === undefined) return [];
    if (this.steps?.visibility !== live.visibility) this.steps = { visibility: live.visibility, steps: visibleSteps(live.form.schema, this.state) };
    return this.steps.steps;
  }

  /** The version of `section`. */
  readonly version = (section: FormSection): number => this.versions.get(section) ?? 0;

  /** The expressions that cannot be evaluated with the values now, each on its field or cell. */
  expressionErrors(): readonly FieldError[] {
    return this.live?.errors ?? [];
  }

  /** The errors of field `key` alone (of its table for a cell key), as `validateValues` reports them. */
  validate(key: string): FieldError[] {
    return this.live?.validate(ownerOf(key)) ?? [];
  }

  /** The whole evaluation (review page, print view). */
  evaluation(): FormEvaluation {
    return this.live?.evaluation() ?? { fields: {}, values: {}, errors: [] };
  }
}
