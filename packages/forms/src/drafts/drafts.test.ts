import { describe, expect, it } from 'vitest';
import { junanFormSchemas } from '@sijitong/forms/fixtures';
import { createDraftStore, draftOf, fieldsOf, migrateDraft, type FormSchema } from '../index.js';

const schema = junanFormSchemas()['1137132700430512824370508002000']!;

/** An in-memory `Storage`. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() { return map.size; },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

describe('migrateDraft', () => {
  it('keeps values whose key exists with a fitting type, lists removed and retyped ones', () => {
    const draft = draftOf('f', schema, { 'applicant.name': 'A', 'applicant.mobile': '13912345678', 'gone.key': 'x' });
    const field = (key: string) => fieldsOf(schema).find((l) => l.field.key === key)!.field;
    const retyped: FormSchema = {
      ...schema,
      version: 'v2',
      steps: schema.steps.map((s) => ({ ...s, sections: s.sections.map((x) => ({ ...x, fields: x.fields.map((f) => (f.key === 'applicant.mobile' ? { ...f, type: 'number' as const } : f)) })) })),
    };
    const { values, dropped } = migrateDraft({ ...draft, fields: { ...draft.fields, 'gone.key': { type: 'text', label: { 'zh-CN': 'G', en: 'G' } } } }, retyped);
    expect(values).toEqual({ 'applicant.name': 'A' });
    expect(dropped).toEqual([
      { key: 'applicant.mobile', label: field('applicant.mobile').label, reason: 'type' },
      { key: 'gone.key', label: { 'zh-CN': 'G', en: 'G' }, reason: 'removed' },
    ]);
  });
});

describe('createDraftStore (localStorage)', () => {
  it('saves, loads the newest version by savedAt (not the last written, not the highest version), clears every version', async () => {
    const storage = memoryStorage();
    const store = createDraftStore({ indexedDB: null, storage });
    expect(store.backend()).toBe('localStorage');
    await store.save({ ...draftOf('f', schema, { a: '2' }, new Date('2026-02-01')), version: 'v2' });
    await store.save({ ...draftOf('f', schema, { a: '3' }, new Date('2026-01-15')), version: 'v3' });
    await store.save({ ...draftOf('f', schema, { a: '1' }, new Date('2026-01-01')), version: 'v1' });
    await store.save(draftOf('other', schema, { a: '3' }));
    const loaded = await store.load('f');
    expect(loaded.status === 'ok' && loaded.draft.version).toBe('v2');
    await store.clear('f');
    expect(await store.load('f')).toEqual({ status: 'none' });
    expect((await store.load('other')).status).toBe('ok');
  });

  it('moves an unreadable or wrong-shaped record to the corrupt key and reports it', async () => {
    const storage = memoryStorage();
    const store = createDraftStore({ indexedDB: null, storage, name: 'x' });
    storage.setItem('x:f:v1', '{not json');
    expect(await store.load('f')).toEqual({ status: 'corrupt', raw: '{not json' });
    expect(await store.loadCorrupt('f')).toBe('{not json');
    expect(await store.load('f')).toEqual({ status: 'none' });
    storage.setItem('x:f:v1', JSON.stringify({ formId: 'f', version: 'v1', savedAt: '', values: { a: 1 }, fields: 3 }));
    expect((await store.load('f')).status).toBe('corrupt');
  });
});
