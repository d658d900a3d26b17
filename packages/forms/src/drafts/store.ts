import { draftSchema, type Draft } from './draft.js';

/** What {@link DraftStore.load} found. */
export type DraftLoadResult = DraftNone | DraftFound | DraftCorrupt;

/** No draft saved. */
export interface DraftNone {
  /** `none`. */
  readonly status: 'none';
}

/** The newest draft, of the right shape. */
export interface DraftFound {
  /** `ok`. */
  readonly status: 'ok';
  /** The draft. */
  readonly draft: Draft;
}

/** The stored draft was unreadable or of the wrong shape: it is kept under the `corrupt` key (see {@link DraftStore.loadCorrupt}), not dropped. */
export interface DraftCorrupt {
  /** `corrupt`. */
  readonly status: 'corrupt';
  /** The record as stored. */
  readonly raw: unknown;
}

/** Where drafts are kept: one draft per id and form version. */
export interface DraftStore {
  /** `indexedDB`, or `localStorage` after IndexedDB was unavailable or failed. */
  readonly backend: () => 'indexedDB' | 'localStorage';
  /** Saves `draft` under its form id and version. */
  save(draft: Draft): Promise<void>;
  /** The newest draft of `formId` (of any version), checked with zod when read. */
  load(formId: string): Promise<DraftLoadResult>;
  /** The raw record of a corrupt draft of `formId`, kept aside by `load`. */
  loadCorrupt(formId: string): Promise<unknown>;
  /** Deletes every version of the draft of `formId` (not the corrupt one). */
  clear(formId: string): Promise<void>;
}

/** Options of {@link createDraftStore}. */
export interface DraftStoreOptions {
  /** Database name and localStorage key prefix; `sjt-drafts` by default. */
  readonly name?: string;
  /** The IndexedDB factory (`globalThis.indexedDB` by default; `null` to use localStorage only). */
  readonly indexedDB?: IDBFactory | null;
  /** The fallback storage (`globalThis.localStorage` by default). */
  readonly storage?: Storage;
}

const DRAFTS = 'drafts';
const CORRUPT = 'corrupt';

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(DRAFTS, { keyPath: ['formId', 'version'] });
      request.result.createObjectStore(CORRUPT);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    request.onblocked = () => reject(new Error('IndexedDB open blocked'));
  });
}

/** The newest of several records by `savedAt` (strings compare as ISO dates). */
const newest = (records: readonly unknown[]): unknown =>
  records.reduce<unknown>((best, r) => (best === undefined || String((r as Draft).savedAt) > String((best as Draft).savedAt) ? r : best), undefined);

/**
 * A draft store in IndexedDB (raw API, one database `name` with a `drafts` store keyed by form id
 * and version and a `corrupt` store), falling back to localStorage when IndexedDB is missing or
 * any IndexedDB operation fails (the fallback then stays). Records are checked with zod when
 * read: a record of the wrong shape is moved to the `corrupt` key and reported, never thrown.
 */
export function createDraftStore(options: DraftStoreOptions = {}): DraftStore {
  const name = options.name ?? 'sjt-drafts';
  const factory = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
  const storage = (): Storage => options.storage ?? globalThis.localStorage;
  let backend: 'indexedDB' | 'localStorage' = factory ? 'indexedDB' : 'localStorage';
  let db: Promise<IDBDatabase> | undefined;

  const prefix = (formId: string): string => `${name}:${encodeURIComponent(formId)}:`;
  const local = {
    save(draft: Draft): void {
      storage().setItem(prefix(draft.formId) + encodeURIComponent(draft.version), JSON.stringify(draft));
    },
    keys(formId: string): string[] {
      const s = storage();
      const keys: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i);
        if (key !== null && key.startsWith(prefix(formId))) keys.push(key);
      }
      return keys;
    },
    all(formId: string): { key: string; raw: unknown }[] {
      return local.keys(formId).map((key) => {
        const text = storage().getItem(key) ?? '';
        try {
          return { key, raw: JSON.parse(text) as unknown };
        } catch {
          return { key, raw: text };
        }
      });
    },
  };
  const corruptKey = (formId: string): string => `${name}:${CORRUPT}:${encodeURIComponent(formId)}`;

  /** Runs `idb`, or `fallback` when IndexedDB is unavailable or fails (then for good). */
  async function attempt<T>(idb: (db: IDBDatabase) => Promise<T>, fallback: () => T): Promise<T> {
    if (backend === 'indexedDB' && factory) {
      try {
        db ??= openDatabase(factory, name);
        return await idb(await db);
      } catch {
        backend = 'localStorage';
      }
    }
    return fallback();
  }

  const tx = (database: IDBDatabase, stores: string[], mode: IDBTransactionMode) => database.transaction(stores, mode);
  const range = (formId: string) => IDBKeyRange.bound([formId, ''], [formId, '\uffff']);

  async function keepCorrupt(formId: string, raw: unknown, remove: () => Promise<void> | void): Promise<DraftLoadResult> {
    await attempt(
      async (database) => {
        const t = tx(database, [CORRUPT], 'readwrite');
        await done(t.objectStore(CORRUPT).put(raw, formId));
      },
      () => storage().setItem(corruptKey(formId), typeof raw === 'string' ? raw : JSON.stringify(raw)),
    );
    await remove();
    return { status: 'corrupt', raw };
  }

  return {
    backend: () => backend,
    save: (draft) =>
      attempt(
        async (database) => {
          await done(tx(database, [DRAFTS], 'readwrite').objectStore(DRAFTS).put(structuredClone(draft)));
        },
        () => local.save(draft),
      ),
    async load(formId) {
      const found = await attempt(
        async (database) => {
          const store = tx(database, [DRAFTS], 'readonly').objectStore(DRAFTS);
          const [records, keys] = await Promise.all([done(store.getAll(range(formId))), done(store.getAllKeys(range(formId)))]);
          const remove = async (i: number): Promise<void> => {
            await done(tx(database, [DRAFTS], 'readwrite').objectStore(DRAFTS).delete(keys[i]!));
          };
          return { records: records as unknown[], remove };
        },
        () => {
          const all = local.all(formId);
          return { records: all.map((r) => r.raw), remove: (i: number) => storage().removeItem(all[i]!.key) };
        },
      );
      if (found.records.length === 0) return { status: 'none' };
      const bad = found.records.findIndex((r) => !draftSchema.safeParse(r).success);
      if (bad >= 0) return keepCorrupt(formId, found.records[bad], () => found.remove(bad));
      return { status: 'ok', draft: newest(found.records) as Draft };
    },
    loadCorrupt: (formId) =>
      attempt(
        async (database) => done(tx(database, [CORRUPT], 'readonly').objectStore(CORRUPT).get(formId)) as Promise<unknown>,
        () => storage().getItem(corruptKey(formId)) ?? undefined,
      ),
    clear: (formId) =>
      attempt(
        async (database) => {
          await done(tx(database, [DRAFTS], 'readwrite').objectStore(DRAFTS).delete(range(formId)));
        },
        () => {
          for (const key of local.keys(formId)) storage().removeItem(key);
        },
      ),
  };
}
