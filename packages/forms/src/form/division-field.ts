import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DivisionSource } from '../divisions/source.js';
import type { FieldState } from '../model/run.js';
import type { FormField } from '../schema/form.js';
import type { ControlContext } from './controls.js';

/*
 * The `division` fields of one `<sjt-form>`, kept by the element. Only this stays in the element's
 * bundle: the cascade (state, rendering, texts) loads with `import()` when the first division field
 * renders or a division answer is shown, and division data always comes from the page's source.
 */

/** What `renderField` hands a division control: the parts every field shares. @internal */
export interface DivisionFieldParts {
  readonly id: string;
  readonly label: string;
  readonly describedBy: string | undefined;
  readonly invalid: 'true' | 'false';
  readonly disabled: boolean;
  readonly classes: string;
  readonly requiredMark: unknown;
  readonly help: unknown;
  readonly errorText: unknown;
}

/** What the lazily loaded module provides. @internal */
export interface DivisionFieldsImpl {
  render(field: FormField, state: FieldState, ctx: ControlContext, parts: DivisionFieldParts): TemplateResult;
  names(code: string): string | undefined;
  abort(): void;
}

/** Where division fields get their data and root. @internal */
export interface DivisionFieldsHost {
  readonly source: () => DivisionSource | undefined;
  readonly root: () => string | undefined;
}

/** The division fields of an element; loads their module on first use. @internal */
export class DivisionFields implements ReactiveController {
  private impl: DivisionFieldsImpl | undefined = undefined;
  private loading: Promise<void> | undefined = undefined;
  private failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DivisionFieldsHost,
  ) {
    host.addController(this);
  }

  /** Aborts loads in flight when the element leaves the page. */
  hostDisconnected(): void {
    this.impl?.abort();
  }

  /**
   * The field's cascade; a busy placeholder until the module has loaded; `undefined` (a plain code
   * input) when the module could not be loaded.
   */
  render(field: FormField, state: FieldState, ctx: ControlContext, parts: DivisionFieldParts): TemplateResult | undefined {
    if (this.impl !== undefined) return this.impl.render(field, state, ctx, parts);
    if (this.failed) return undefined;
    this.load();
    return html`<div class=${parts.classes} part="field" data-key=${field.key}>
      <fieldset id=${parts.id} tabindex="-1" aria-busy="true"><legend part="label">${parts.label}${parts.requiredMark}</legend></fieldset>
    </div>`;
  }

  /** The names path of `code` (e.g. for the review page) once known; loads them in the background. */
  readonly names = (code: string): string | undefined => {
    if (this.impl === undefined && this.options.source() !== undefined) this.load();
    return this.impl?.names(code);
  };

  private load(): void {
    this.loading ??= import('./division-control.js').then(
      (module) => {
        this.impl = module.createDivisionFields(this.host, this.options);
        this.host.requestUpdate();
      },
      () => {
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }
}
