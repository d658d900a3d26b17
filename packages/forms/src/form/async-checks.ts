import type { Locale } from '@sijitong/core';
import { isEmptyValue, valuesEqual } from '../expressions/values.js';
import type { AsyncValidators } from '../model/async.js';
import { runAsyncValidator } from '../model/async-run.js';
import type { FieldError } from '../model/run.js';
import type { FormValues } from '../model/values.js';
import type { LocalizedText } from '../schema/field.js';
import type { FormField } from '../schema/form.js';
import { t } from './controls.js';

/*
 * The asynchronous checks of `<sjt-form>` ("this ID number already has an open case"): run
 * 500 ms after the last keystroke and at once on blur, only when the field's synchronous
 * validation passes; a newer value aborts the check of the older one; a value checked once is
 * not sent again; submit waits for every check of the step.
 */

/** Delay after the last keystroke before a field is checked, in ms. @internal */
export const ASYNC_CHECK_DELAY = 500;

/** What the checks need from the element. @internal */
export interface AsyncCheckHost {
  readonly validators: () => AsyncValidators | undefined;
  readonly values: () => FormValues;
  readonly locale: () => Locale;
  readonly today: () => string | undefined;
  /** The field's label, or `undefined` when it is not a field of the form. */
  readonly label: (key: string) => LocalizedText | undefined;
  /** Whether the field's value passes the synchronous validation (and the field is visible). */
  readonly syncValid: (key: string) => boolean;
  /** Shows (or, with `undefined`, clears) the field's asynchronous error. */
  readonly show: (key: string, error: FieldError | undefined) => void;
  /** Something changed that the element shows (the pending list). */
  readonly changed: () => void;
}

interface Check {
  readonly value: unknown;
  readonly locale: Locale;
  readonly controller: AbortController;
  readonly result: Promise<FieldError | undefined>;
}

/** The asynchronous checks of one element. @internal */
export class AsyncChecks {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly checks = new Map<string, Check>();
  private readonly running = new Set<string>();

  constructor(private readonly host: AsyncCheckHost) {}

  /** Keys of the fields being checked now. */
  get pending(): readonly string[] {
    return [...this.running];
  }

  private validator(key: string) {
    return this.host.validators()?.[key];
  }

  /** The field changed: check it after {@link ASYNC_CHECK_DELAY} ms without another change. */
  input(key: string): void {
    if (this.validator(key) === undefined) return;
    this.cancelTimer(key);
    this.timers.set(key, setTimeout(() => void this.check(key).catch(() => undefined), ASYNC_CHECK_DELAY));
  }

  /** The field lost focus: check it now. */
  blur(key: string): void {
    if (this.validator(key) === undefined) return;
    this.cancelTimer(key);
    void this.check(key).catch(() => undefined);
  }

  /**
   * Checks the field's present value (or reuses the check of the same value) and shows the
   * outcome; resolves to its error. A field that is empty or fails its synchronous validation is
   * not checked.
   */
  async check(key: string): Promise<FieldError | undefined> {
    const validator = this.validator(key);
    const label = this.host.label(key);
    const values = this.host.values();
    const value = values[key];
    const locale = this.host.locale();
    if (validator === undefined || label === undefined || isEmptyValue(value) || !this.host.syncValid(key)) {
      this.drop(key);
      return undefined;
    }
    let check = this.checks.get(key);
    if (check === undefined || !valuesEqual(check.value, value) || check.locale !== locale) {
      check?.controller.abort();
      const controller = new AbortController();
      const result = runAsyncValidator(validator, key, label, values, { locale, today: this.host.today(), signal: controller.signal });
      check = { value, locale, controller, result };
      this.checks.set(key, check);
      this.running.add(key);
      this.host.changed();
    }
    const mine = check;
    try {
      const error = await mine.result;
      // Shown only while it is still the field's value (a newer keystroke waits for its own check).
      if (this.checks.get(key) === mine && valuesEqual(this.host.values()[key], mine.value)) this.host.show(key, error);
      return error;
    } finally {
      if (this.checks.get(key) === mine && this.running.delete(key)) this.host.changed();
    }
  }

  /** Checks `keys` (those with a validator) and resolves to their errors, for a submit. */
  async all(keys: Iterable<string>): Promise<FieldError[]> {
    const wanted = [...keys].filter((key) => this.validator(key) !== undefined);
    for (const key of wanted) this.cancelTimer(key);
    const errors = await Promise.all(wanted.map((key) => this.check(key).catch(() => undefined)));
    return errors.filter((e): e is FieldError => e !== undefined);
  }

  /** Forgets every check (the form or the validators changed, or the element left the page). */
  reset(): void {
    for (const key of [...this.timers.keys()]) this.cancelTimer(key);
    for (const key of [...this.checks.keys()]) this.drop(key);
  }

  private drop(key: string): void {
    this.checks.get(key)?.controller.abort();
    this.checks.delete(key);
    if (this.running.delete(key)) this.host.changed();
  }

  private cancelTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }
}

/** "正在核验“身份证号码”…" for the fields being checked, or an empty text. @internal */
export function checkingText(pending: readonly string[], fields: ReadonlyMap<string, FormField>, locale: Locale): string {
  if (pending.length === 0) return '';
  const labels = pending.map((key) => fields.get(key)?.label[locale] ?? key);
  return t('ASYNC_CHECKING', locale, { labels: labels.join(t('LIST_SEPARATOR', locale)) });
}
