import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { shell } from '../../content/shell.ts';

/**
 * A screen that lives in its own chunk, loaded the first time it is shown: the first page's
 * JS budget stays small. While it loads it says "one moment"; if it cannot load, says so.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      load().then(
        (component) => {
          loaded = component;
          if (live) setScreen(() => component);
        },
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    // The shell moves focus to a new screen's heading as it opens; a screen that arrives a moment
    // later finds it on the main region instead, and takes it to its heading, as a screen in the
    // first chunk would have it.
    const waited = useRef(!loaded);
    useLayoutEffect(() => {
      if (!Screen || !waited.current) return;
      waited.current = false;
      const main = document.getElementById('main');
      if (main && document.activeElement === main)
        main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    }, [Screen]);
    return Screen ? (
      <Screen {...props} />
    ) : (
      <p class="loading" role="status">
        {failed ? shell.networkError : shell.loading}
      </p>
    );
  };
}
