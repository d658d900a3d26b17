/**
 * Page script of the browser benchmarks: bundled by `../browser.bench.ts` and run in Chromium, it
 * defines `<sjt-form>` (production Lit) and exposes the measurements as `globalThis.sjtBench`
 * ({@link BrowserBenchApi}). Every timed interval ends after forcing style and layout (reading
 * the host's `offsetHeight`), so both subjects include the browser's work.
 */
import '../../src/form/define.js';
import { adoptStyles } from 'lit';
import type { FormModel } from '../../src/index.js';
import { controlId } from '../../src/form/controls.js';
import { sjtFormStyles } from '../../src/form/sjt-form.styles.js';
import type { SjtForm } from '../../src/form/sjt-form.js';
import { percentile } from '../measure.js';
import type { BrowserBenchApi, KeystrokeScenario, KeystrokeSplits, Spread } from './api.js';
import { mountPlain, plainForm, type PlainValidation } from './plain.js';
import { benchSchema, fieldKey, targetIndex, TARGET_MAX_LENGTH } from './schema.js';

const TODAY = '2026-05-01';
const BLOCK = 25;

const spread = (samples: readonly number[]): Spread => ({ median: percentile(samples, 50), p95: percentile(samples, 95) });
const median = (samples: readonly number[]): number => percentile(samples, 50);
const gc = (globalThis as { gc?: () => void }).gc;

/** Lets the event loop run (and collects garbage) between samples, outside the timed intervals. */
async function settle(collect = false): Promise<void> {
  if (collect) gc?.();
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

function box(): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  return container;
}

/** One of the two things typed into: its host, the target control, and when its update is done. */
interface Subject {
  /** Its container: the only one shown while it is typed into. */
  readonly box: HTMLElement;
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly key: string;
  readonly done: () => Promise<unknown>;
}

async function mountSjt(container: HTMLElement, schema: ReturnType<typeof benchSchema>): Promise<SjtForm> {
  const el = document.createElement('sjt-form') as SjtForm;
  el.today = TODAY;
  el.schema = schema;
  container.append(el);
  await el.updateComplete;
  void el.offsetHeight;
  return el;
}

function control(subject: Subject): HTMLInputElement {
  const found = subject.root.getElementById(controlId(subject.key));
  if (!(found instanceof HTMLInputElement)) throw new Error(`no input for ${subject.key}`);
  return found;
}

/** One timed keystroke: set the value, fire `input`, wait for the update, force layout. */
async function keystroke(subject: Subject, value: string): Promise<number> {
  const input = control(subject);
  const start = performance.now();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await subject.done();
  void subject.host.offsetHeight;
  return performance.now() - start;
}

/** The value of keystroke `i`: `error` cycles empty (required), too long, longer (same message). */
function valueOf(scenario: KeystrokeScenario, i: number): string {
  if (scenario === 'clean') return i % 2 === 0 ? 'abc' : 'abcd';
  const k = i % 3;
  return k === 0 ? '' : 'x'.repeat(TARGET_MAX_LENGTH + k);
}

/** Checks (untimed) that the keystroke was validated and rendered as expected. */
function expectState(subject: Subject, scenario: KeystrokeScenario, who: string): void {
  const invalid = control(subject).getAttribute('aria-invalid');
  const error = subject.root.getElementById(`${controlId(subject.key)}-error`);
  const shown = error !== null && !error.hidden && (error.textContent ?? '').length > 0;
  if (scenario === 'error' ? invalid !== 'true' || !shown : invalid !== 'false' || shown) {
    throw new Error(`${who}: the ${scenario} keystroke left aria-invalid=${invalid}, error shown=${shown}`);
  }
}

/** Puts the target into the state of `scenario`: for `error`, a too-long value then blur (shows the error). */
async function arm(subject: Subject, scenario: KeystrokeScenario): Promise<void> {
  showOnly(subject);
  if (scenario === 'error') {
    await keystroke(subject, 'x'.repeat(TARGET_MAX_LENGTH + 1));
    control(subject).dispatchEvent(new FocusEvent('blur'));
    await subject.done();
  } else {
    await keystroke(subject, valueOf(scenario, 1));
  }
  expectState(subject, scenario, subject.host.localName);
}

async function subjects(fields: number, baseline: PlainValidation = 'check'): Promise<{ sjt: Subject & { el: SjtForm }; plain: Subject; dispose: () => void }> {
  const schema = benchSchema(fields);
  const key = fieldKey(targetIndex(fields));
  const sjtBox = box();
  const el = await mountSjt(sjtBox, schema);
  const plainBox = box();
  const host = mountPlain(plainBox, plainForm(schema), baseline);
  const root = (node: HTMLElement): ShadowRoot => {
    if (node.shadowRoot === null) throw new Error(`${node.localName} has no shadow root`);
    return node.shadowRoot;
  };
  return {
    sjt: { el, box: sjtBox, host: el, root: root(el), key, done: () => el.updateComplete },
    plain: { box: plainBox, host, root: root(host), key, done: () => Promise.resolve() },
    dispose: () => {
      sjtBox.remove();
      plainBox.remove();
    },
  };
}

/**
 * Shows only `subject`'s container (the other is `display: none`) and lays the page out, untimed:
 * a form above the other would otherwise pay for moving the other one down on every keystroke.
 */
function showOnly(subject: Subject): void {
  for (const box of document.body.children) if (box instanceof HTMLElement) box.hidden = box !== subject.box;
  void document.body.offsetHeight;
}

async function typeInto(subject: Subject, scenario: KeystrokeScenario, from: number, count: number, into: number[]): Promise<void> {
  showOnly(subject);
  for (let i = from; i < from + count; i++) {
    into.push(await keystroke(subject, valueOf(scenario, i)));
    expectState(subject, scenario, subject.host.localName);
    await settle(i % 50 === 49);
  }
}

/** Times `reps` mounts of a `fields`-field form each way (schema copied so `<sjt-form>` compiles it each time). */
async function mount(fields: number, reps: number, warmup: number) {
  const schema = benchSchema(fields);
  const form = plainForm(schema);
  const shown = form.sections.reduce((n, s) => n + s.fields.length, 0);
  const sjt: number[] = [];
  const plain: number[] = [];
  for (let rep = -warmup; rep < reps; rep++) {
    for (const which of rep % 2 === 0 ? (['sjt', 'plain'] as const) : (['plain', 'sjt'] as const)) {
      const container = box();
      const copy = { ...schema };
      await settle(true);
      const start = performance.now();
      if (which === 'sjt') await mountSjt(container, copy);
      else void mountPlain(container, form).offsetHeight;
      const ms = performance.now() - start;
      if (rep >= 0) (which === 'sjt' ? sjt : plain).push(ms);
      const count = (container.firstElementChild?.shadowRoot?.querySelectorAll('input, select').length ?? 0);
      if (count !== shown) throw new Error(`${which} mounted ${count} controls, expected ${shown}`);
      container.remove();
    }
  }
  return { fields, shown, sjt: spread(sjt), plain: spread(plain) };
}

/** Times `count` keystrokes each way, interleaved in blocks of {@link BLOCK}, after a warm-up block. */
async function keystrokes(fields: number, count: number, scenario: KeystrokeScenario, baseline: PlainValidation) {
  const { sjt, plain, dispose } = await subjects(fields, baseline);
  try {
    await arm(sjt, scenario);
    await arm(plain, scenario);
    await typeInto(sjt, scenario, 0, BLOCK, []);
    await typeInto(plain, scenario, 0, BLOCK, []);
    const sjtSamples: number[] = [];
    const plainSamples: number[] = [];
    for (let from = 0; from < count; from += BLOCK) {
      const n = Math.min(BLOCK, count - from);
      await typeInto(sjt, scenario, from, n, sjtSamples);
      await typeInto(plain, scenario, from, n, plainSamples);
    }
    return { fields, scenario, baseline, keystrokes: count, sjt: spread(sjtSamples), plain: spread(plainSamples) };
  } finally {
    dispose();
  }
}

type Timed = Record<'validate' | 'evaluate' | 'render' | 'update', { ms: number; calls: number }>;

/** Wraps `name` of `target` so each call adds its time to `into`. */
function time(target: object | undefined, name: string, into: { ms: number; calls: number }): void {
  if (target === undefined) throw new Error(`splits: <sjt-form> has no model to time; update bench/browser/page.ts`);
  const original: unknown = (target as Record<string, unknown>)[name];
  if (typeof original !== 'function') throw new Error(`splits: no function ${name} to time on <sjt-form> or its model; update bench/browser/page.ts`);
  Object.defineProperty(target, name, {
    configurable: true,
    writable: true,
    value(this: unknown, ...args: unknown[]) {
      const start = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        into.ms += performance.now() - start;
        into.calls++;
      }
    },
  });
}

/** The DOM mutations of `keystrokes` more `error` keystrokes into `subject`, per keystroke, by kind. */
async function mutations(subject: Subject, from: number, keystrokes: number): Promise<string> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(subject.root, { subtree: true, childList: true, attributes: true, characterData: true });
  for (let i = from; i < from + keystrokes; i++) await keystroke(subject, valueOf('error', i));
  records.push(...observer.takeRecords());
  const counts = new Map<string, number>();
  for (const r of records) {
    const kind = r.type === 'attributes' ? `attributes:${r.attributeName ?? ''}` : r.type === 'childList' ? `childList:+${r.addedNodes.length}-${r.removedNodes.length}` : r.type;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  observer.disconnect();
  return [...counts].map(([kind, n]) => `${kind} ${+(n / keystrokes).toFixed(2)}`).join(', ') || 'none';
}

/** The text node an error message is written into (the last non-blank text directly in the error paragraph). */
function messageNode(root: ShadowRoot, key: string): Text {
  const error = root.getElementById(`${controlId(key)}-error`);
  const texts = [...(error?.childNodes ?? [])].filter((n): n is Text => n instanceof Text && n.data.trim() !== '');
  const last = texts.at(-1);
  if (last === undefined) throw new Error(`no error message shown for ${key}`);
  return last;
}

/** A copy of `subject`'s DOM in a plain `<div>` with the same stylesheet: the same shape, nothing attached. */
function copyOf(subject: Subject): Subject {
  const container = box();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, [sjtFormStyles]);
  for (const node of subject.root.childNodes) root.append(node.cloneNode(true));
  container.append(host);
  return { box: container, host, root, key: subject.key, done: () => Promise.resolve() };
}

/**
 * Style and layout (median) after a keystroke's DOM change made by hand, with no listener, model or
 * Lit running first: the control's value and the error message's text, then a forced layout.
 */
async function layoutOfHandEdits(subject: Subject, count: number): Promise<number> {
  showOnly(subject);
  const input = control(subject);
  const message = messageNode(subject.root, subject.key);
  const samples: number[] = [];
  for (let i = -BLOCK; i < count; i++) {
    input.value = valueOf('error', i);
    message.data = i % 3 === 0 ? 'required' : `too long ${i % 3}`;
    const start = performance.now();
    void subject.host.offsetHeight;
    if (i >= 0) samples.push(performance.now() - start);
    await settle(i % 50 === 49);
  }
  return median(samples);
}

/** Times the parts of `count` `error` keystrokes of `<sjt-form>` (wrapping its model, `render` and `update` from outside). */
async function splits(fields: number, count: number, profile: boolean): Promise<KeystrokeSplits> {
  const { sjt, plain, dispose } = await subjects(fields);
  try {
    await arm(sjt, 'error');
    await arm(plain, 'error');
    const timed: Timed = { validate: { ms: 0, calls: 0 }, evaluate: { ms: 0, calls: 0 }, render: { ms: 0, calls: 0 }, update: { ms: 0, calls: 0 } };
    const internals = sjt.el as unknown as { model: FormModel | undefined };
    time(internals.model, 'validate', timed.validate);
    time(internals.model, 'evaluate', timed.evaluate);
    time(sjt.el, 'render', timed.render);
    time(sjt.el, 'update', timed.update);
    const parts: Record<Exclude<keyof KeystrokeSplits, 'fields' | 'keystrokes' | 'validateCalls' | 'evaluateCalls' | 'mutations' | 'handLayout' | 'plainHandler' | 'plainLayout'>, number[]> = {
      total: [], handler: [], validate: [], render: [], evaluate: [], commit: [], other: [], layout: [],
    };
    showOnly(sjt);
    for (let i = -BLOCK; i < count; i++) {
      if (profile && i === 0) console.profile(`sjt-form keystrokes, ${fields} fields`);
      for (const t of Object.values(timed)) Object.assign(t, { ms: 0, calls: 0 });
      const input = control(sjt);
      const start = performance.now();
      input.value = valueOf('error', i + BLOCK);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const handled = performance.now();
      await sjt.el.updateComplete;
      const updated = performance.now();
      void sjt.el.offsetHeight;
      const end = performance.now();
      expectState(sjt, 'error', 'sjt-form');
      if (i >= 0) {
        parts.total.push(end - start);
        parts.handler.push(handled - start);
        parts.validate.push(timed.validate.ms);
        parts.render.push(timed.render.ms);
        parts.evaluate.push(timed.evaluate.ms);
        parts.commit.push(timed.update.ms - timed.render.ms);
        parts.other.push(updated - handled - timed.update.ms);
        parts.layout.push(end - updated);
      }
      await settle(i % 50 === 49);
    }
    if (profile) console.profileEnd(`sjt-form keystrokes, ${fields} fields`);
    const plainParts = { handler: [] as number[], layout: [] as number[] };
    showOnly(plain);
    for (let i = -BLOCK; i < count; i++) {
      const input = control(plain);
      const start = performance.now();
      input.value = valueOf('error', i + BLOCK);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const handled = performance.now();
      await plain.done();
      const updated = performance.now();
      void plain.host.offsetHeight;
      const end = performance.now();
      expectState(plain, 'error', 'plain');
      if (i >= 0) {
        plainParts.handler.push(handled - start);
        plainParts.layout.push(end - updated);
      }
      await settle(i % 50 === 49);
    }
    const m = Object.fromEntries(Object.entries(parts).map(([name, samples]) => [name, median(samples)])) as Record<keyof typeof parts, number>;
    const calls = { validateCalls: timed.validate.calls, evaluateCalls: timed.evaluate.calls };
    const changes = { sjt: await mutations(sjt, count, 6), plain: await mutations(plain, count, 6) };
    const copy = copyOf(sjt);
    const handLayout = { sjtCopy: await layoutOfHandEdits(copy, count), plain: await layoutOfHandEdits(plain, count) };
    copy.box.remove();
    return {
      fields, keystrokes: count, ...m, ...calls, mutations: changes, handLayout,
      plainHandler: median(plainParts.handler), plainLayout: median(plainParts.layout),
    };
  } finally {
    dispose();
  }
}

const api: BrowserBenchApi = {
  info: () => ({ userAgent: navigator.userAgent, crossOriginIsolated: globalThis.crossOriginIsolated, gc: gc !== undefined }),
  mount,
  keystrokes,
  splits,
};
(globalThis as unknown as { sjtBench: BrowserBenchApi }).sjtBench = api;
document.documentElement.lang = 'zh-CN';
