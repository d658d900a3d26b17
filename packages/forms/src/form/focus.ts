/* Moving focus in `<sjt-form>` once a change has been rendered. */

const CONTROLS = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/**
 * Focuses the element `id` of the shadow root holding `from` (an element in it, or the root
 * itself) once its host has re-rendered: a group or wrapper gets its first enabled control, a
 * control or heading itself. @internal
 */
export async function focusAfterUpdate(from: EventTarget | null, id: string): Promise<void> {
  const root = from instanceof Node ? from.getRootNode() : undefined;
  if (!(root instanceof ShadowRoot)) return;
  await (root.host as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  const target = root.getElementById(id);
  (target === null || target.matches(CONTROLS) ? target : (target.querySelector<HTMLElement>(CONTROLS) ?? target))?.focus();
}
