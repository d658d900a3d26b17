import { describe, expect, it } from 'vitest';
import { catalogFieldLabel, type CatalogMatchField } from './index.js';

describe('catalogFieldLabel', () => {
  it('labels every match field in both locales', () => {
    const fields: CatalogMatchField[] = ['name', 'shortName', 'topics', 'description', 'department', 'results', 'materials', 'code'];
    expect(catalogFieldLabel('materials')).toBe('申请材料');
    expect(catalogFieldLabel('materials', 'en')).toBe('Material');
    for (const field of fields) {
      expect(catalogFieldLabel(field)).not.toContain('catalogField');
      expect(catalogFieldLabel(field, 'en')).toMatch(/^[A-Z]/);
    }
  });
});
