/**
 * What the page script (`page.ts`) exposes as `globalThis.sjtBench` and the Node runner
 * (`../browser.bench.ts`) calls with `page.evaluate`. Every figure is in milliseconds.
 */
import type { PlainValidation } from './plain.js';

/** Median and 95th percentile of a set of samples. */
export interface Spread {
  readonly median: number;
  readonly p95: number;
}

/** Mounting the same form with `<sjt-form>` and with plain DOM. */
export interface MountResult {
  /** Fields in the schema. */
  readonly fields: number;
  /** Fields shown (a few wait on a `visibleWhen`); the plain baseline builds exactly these. */
  readonly shown: number;
  readonly sjt: Spread;
  readonly plain: Spread;
}

/**
 * Which keystrokes: `error` types into a field that shows an error (so `<sjt-form>` re-validates
 * on every input, and the message changes on two of three keystrokes); `clean` types valid text
 * into a field without an error (`<sjt-form>` validates on blur, so it only evaluates and renders).
 */
export type KeystrokeScenario = 'error' | 'clean';

/** Keystrokes into the same field of the same form, `<sjt-form>` against plain DOM. */
export interface KeystrokeResult {
  readonly fields: number;
  readonly scenario: KeystrokeScenario;
  /** How the plain-DOM baseline checked each value. */
  readonly baseline: PlainValidation;
  /** Timed keystrokes of each subject. */
  readonly keystrokes: number;
  readonly sjt: Spread;
  readonly plain: Spread;
}

/** Where one `<sjt-form>` keystroke goes: medians over the keystrokes of each part. */
export interface KeystrokeSplits {
  readonly fields: number;
  readonly keystrokes: number;
  /** Median of the whole keystroke, as in {@link KeystrokeResult} (instrumented, so slightly slower). */
  readonly total: number;
  /** The `input` listener, synchronously: copy the values, re-check the field, request an update, fire `sjt-change`. */
  readonly handler: number;
  /** Time in whole-form `model.validate` (none on a keystroke since the live evaluation; kept to show it stays so). */
  readonly validate: number;
  /** `render()`: building the template results of what changed. */
  readonly render: number;
  /** Of `render`: `model.evaluate`. */
  readonly evaluate: number;
  /** `update()` minus `render()`: Lit diffing and committing every field's bindings. */
  readonly commit: number;
  /** From the end of the handler to `updateComplete`, minus `update()`: scheduling, `willUpdate`, `updated`. */
  readonly other: number;
  /** Reading the host's `offsetHeight`: style recalculation and layout. */
  readonly layout: number;
  /** The plain-DOM baseline's `input` listener, and its style recalculation and layout, for comparison. */
  readonly plainHandler: number;
  readonly plainLayout: number;
  /** Calls of `model.validate` and `model.evaluate` per keystroke. */
  readonly validateCalls: number;
  readonly evaluateCalls: number;
  /**
   * Style and layout after the same DOM change made by hand (value and message text, no script
   * before it), on a copy of `<sjt-form>`'s shadow DOM and on the plain DOM: whether the shape of
   * the DOM Lit builds costs the browser more.
   */
  readonly handLayout: { readonly sjtCopy: number; readonly plain: number };
  /** DOM mutations of one keystroke (after the timed ones), by kind, e.g. `attributes:aria-invalid 1`; the same for plain DOM. */
  readonly mutations: { readonly sjt: string; readonly plain: string };
}

/** What the page knows about its clock. */
export interface PageInfo {
  readonly userAgent: string;
  /** Cross-origin isolated pages get a 5 µs `performance.now()`; others 100 µs. */
  readonly crossOriginIsolated: boolean;
  /** Whether `gc()` is exposed, so collections run between samples rather than inside them. */
  readonly gc: boolean;
}

/** The page's benchmark functions. */
export interface BrowserBenchApi {
  info(): PageInfo;
  /** Mounts a form of `fields` fields `reps` times each way (after `warmup` each), alternating. */
  mount(fields: number, reps: number, warmup: number): Promise<MountResult>;
  /** Times `keystrokes` keystrokes each way (after a warm-up), interleaved in blocks; the baseline checks values as `baseline` says. */
  keystrokes(fields: number, keystrokes: number, scenario: KeystrokeScenario, baseline: PlainValidation): Promise<KeystrokeResult>;
  /**
   * Times the parts of `keystrokes` `error` keystrokes of `<sjt-form>`, instrumented from outside;
   * with `profile`, wraps them in `console.profile()` / `console.profileEnd()`.
   */
  splits(fields: number, keystrokes: number, profile: boolean): Promise<KeystrokeSplits>;
}
