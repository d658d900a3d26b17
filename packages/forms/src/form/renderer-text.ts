import { translate, type Locale } from '@sijitong/core';
import { rendererMessages } from '../i18n/messages/renderer.js';

/*
 * The texts of `<sjt-form>` (catalogue `src/i18n/messages/renderer.ts`), in a module of their own
 * so that the control modules `controls.ts` imports can use them too. `controls.ts` re-exports them.
 */

/** A key of the renderer's catalogue. @internal */
export type RendererText = Extract<keyof (typeof rendererMessages)['zh-CN'], string>;

/** A renderer text in `locale`. @internal */
export const t = (key: RendererText, locale: Locale, params: Readonly<Record<string, string | number>> = {}): string =>
  translate(rendererMessages, key, params, locale);
