/*
 * What `<sjt-form>` loads on first use of drafts (a dynamic import of `drafting.ts`): the
 * IndexedDB store, the draft schema and migration. @internal
 */
export { draftOf, migrateDraft } from '../drafts/draft.js';
export { createDraftStore } from '../drafts/store.js';
