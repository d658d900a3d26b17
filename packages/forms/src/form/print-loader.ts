/*
 * The print view of `<sjt-form>` loads on first use (`mode="print"` or `print()`): forms that are
 * never printed in the browser do not ship it. @internal
 */

type PrintViewModule = typeof import('./print-view.js');

let loaded: PrintViewModule | undefined;
let loading: Promise<PrintViewModule> | undefined;

/** Loads the print view; resolves once it can render. @internal */
export function loadPrintView(): Promise<PrintViewModule> {
  return (loading ??= import('./print-view.js').then((module) => (loaded = module)));
}

/** The print view if loaded; otherwise starts loading it, calls `ready` once it is, and returns `undefined`. @internal */
export function printView(ready: () => void): PrintViewModule | undefined {
  if (loaded === undefined) void loadPrintView().then(ready);
  return loaded;
}
