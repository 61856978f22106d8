import { useCallback, useState } from 'preact/hooks';
import { useAction, useLoad } from './use-action.ts';

/**
 * A list read a page at a time (decision 112): the first page on mount (and again on
 * `reload`), then each "show older" appends the next page. `merge` adds an older page to what
 * is shown, leaving out anything already there (a reload may have moved an item along).
 */
export function usePaged<P extends { next: string | null }>(
  load: (before?: string) => Promise<P>,
  merge: (shown: P, older: P) => P,
  deps: readonly unknown[] = [],
) {
  const first = useLoad(() => load(), deps);
  const [older, setOlder] = useState<P[]>([]);
  const next = older.length ? older[older.length - 1]!.next : (first.data?.next ?? null);
  const more = useAction(async () => {
    if (!next) return null;
    const page = await load(next);
    setOlder((pages) => [...pages, page]);
    return page;
  });
  const data = first.data ? older.reduce(merge, first.data) : undefined;
  const firstReload = first.reload;
  const reset = useCallback(() => {
    setOlder([]);
    firstReload();
  }, [firstReload]);
  return {
    data,
    error: first.error,
    loading: first.loading,
    /** The first page again; older pages already shown stay. */
    reload: first.reload,
    /** Back to the first page only. */
    reset,
    older: {
      /** How many older pages are shown. */
      pages: older.length,
      hasMore: next !== null,
      busy: more.busy,
      error: more.error,
      load: more.run,
    },
  };
}

/** Items of `older` not already in `shown`, after them. */
export function appendNew<T extends { id: string }>(shown: T[], older: T[]): T[] {
  const seen = new Set(shown.map((i) => i.id));
  return [...shown, ...older.filter((i) => !seen.has(i.id))];
}
