import { expect } from 'vitest';
import { eLicenceSchema } from '../../parse/licence-schemas.js';
import { expectValid, type SuiteContext } from '../context.js';

/** E-licence checks: find (optionally by type) and fetch a file. @internal */
export function licencesSuite({ capability: eLicences, fixtures, check }: SuiteContext<'eLicences'>): void {
  const f = fixtures.eLicences;
  if (f === undefined) return;

  check('eLicences.find', "finds the holder's licences", async () => {
    const found = await eLicences.find({ holder: f.holder });
    expect(found.length).toBeGreaterThan(0);
    found.forEach((licence, i) => expectValid(eLicenceSchema, licence, `eLicences.find ${i}`));
    const typeCode = f.typeCode;
    if (typeCode !== undefined) {
      const ofType = await eLicences.find({ holder: f.holder, typeCode });
      expect(ofType.length).toBeGreaterThan(0);
      expect(ofType.every((l) => l.type.code === typeCode)).toBe(true);
    }
  });

  check('eLicences.file', "fetches a licence's file", async () => {
    const [first] = await eLicences.find({ holder: f.holder });
    expect(first).toBeDefined();
    const file = await eLicences.file(first?.id ?? '');
    expect(file.contentType.length).toBeGreaterThan(0);
    expect(file.content).toBeInstanceOf(Uint8Array);
    expect(file.content.length).toBeGreaterThan(0);
  });
}
