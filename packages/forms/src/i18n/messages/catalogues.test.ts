import { describe, expect, it } from 'vitest';
import { findCatalogueProblems, type Messages } from '@sijitong/core';

/** Every catalogue of the package, found by file so a new one is checked without being listed. */
const catalogues = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, Messages>>('./*.ts', { eager: true })).flatMap(([, module]) =>
    Object.entries(module),
  ),
);

describe('forms message catalogues', () => {
  it('are all found', () => {
    expect(Object.keys(catalogues).length).toBeGreaterThanOrEqual(6);
  });

  it('use each key once, in both locales, with the same placeholders', () => {
    expect(findCatalogueProblems(catalogues)).toEqual([]);
  });
});
