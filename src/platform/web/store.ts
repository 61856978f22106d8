import { useEffect, useState } from 'preact/hooks';

// A value that screens can watch. Enough for this app; no state library needed.
export interface Store<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Re-renders the component whenever the store changes. */
export function useStore<T>(store: { get(): T; subscribe(listener: () => void): () => void }): T {
  const [, setTick] = useState(0);
  const value = store.get();
  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    const unsubscribe = store.subscribe(bump);
    // It may have changed between render and subscribe.
    if (!Object.is(store.get(), value)) bump();
    return unsubscribe;
    // `value` is the one this render read, compared once at subscribe time on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  return value;
}
