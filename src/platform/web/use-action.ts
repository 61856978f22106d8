import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { shell } from '../../content/shell.ts';
import { ApiError } from './api.ts';

export interface ActionState {
  busy: boolean;
  error: ApiError | null;
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'unknown', shell.genericError);
}

export type Outcome<R> = { ok: true; value: R } | { ok: false; error: ApiError | null };

/**
 * Runs an async action once at a time and keeps its busy/error state. A press while it is
 * already running is ignored (ok: false, error: null).
 */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const [state, setState] = useState<ActionState>({ busy: false, error: null });
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const actionRef = useRef(action);
  actionRef.current = action;

  const run = useCallback(async (...args: A): Promise<Outcome<R>> => {
    if (busy.current) return { ok: false, error: null };
    busy.current = true;
    setState({ busy: true, error: null });
    try {
      const value = await actionRef.current(...args);
      if (mounted.current) setState({ busy: false, error: null });
      return { ok: true, value };
    } catch (caught) {
      const error = asApiError(caught);
      if (mounted.current) setState({ busy: false, error });
      return { ok: false, error };
    } finally {
      busy.current = false;
    }
  }, []);

  const clear = useCallback(() => setState({ busy: false, error: null }), []);
  return { ...state, run, clear };
}

/** Loads something on mount (and again on `reload`), with loading/error state. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[] = []) {
  const [state, setState] = useState<{
    data: T | undefined;
    error: ApiError | null;
    loading: boolean;
  }>({
    data: undefined,
    error: null,
    loading: true,
  });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        live && setState((s) => ({ ...s, error: asApiError(error), loading: false })),
    );
    return () => {
      live = false;
    };
    // The caller's deps say when to load again (like useEffect's own); `load` is a new function
    // on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, ...deps]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
