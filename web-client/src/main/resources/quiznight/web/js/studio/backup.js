// Unsaved edits kept in this browser (localStorage) until the server has them: after a reload or a crash the
// editor offers them back. One entry per quiz: {version it was based on, draft, savedAt}. Every access is guarded
// (storage may be full or off).

const PREFIX = 'quiznight.studio.unsaved.';

export function keepUnsaved(store, id, version, draft, now = Date.now()) {
  try {
    store?.setItem(PREFIX + id, JSON.stringify({ version, draft, savedAt: now }));
  } catch {
    // full or disabled: the server save is the copy that counts
  }
}

export function forgetUnsaved(store, id) {
  try {
    store?.removeItem(PREFIX + id);
  } catch {
    // nothing to forget
  }
}

/** The kept edits of quiz `id` when they differ from what the server holds, else null. */
export function unsavedFor(store, id, serverDraft) {
  try {
    const raw = store?.getItem(PREFIX + id);
    if (!raw) return null;
    const kept = JSON.parse(raw);
    if (!kept || typeof kept.draft !== 'object') return null;
    if (JSON.stringify(kept.draft) === JSON.stringify(serverDraft)) return null;
    return kept;
  } catch {
    return null;
  }
}
