import { loadFormSchema } from '../schema/load.js';
import type { FormSchema } from '../schema/form.js';

/* Small forms for tests (not part of the package: nothing imports it but tests). */

/** A text in both locales. */
export const l = (zh: string, en: string): { 'zh-CN': string; en: string } => ({ 'zh-CN': zh, en });

/** A loaded one-step, one-section form of `fields`; throws with the problems when it does not load. */
export function formOf(fields: unknown[], id = 'test'): FormSchema {
  const result = loadFormSchema({
    id,
    version: '1',
    title: l('测试', 'Test'),
    steps: [{ id: 's', title: l('步骤', 'Step'), sections: [{ id: 'a', title: l('甲', 'A'), fields }] }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.schema;
}
