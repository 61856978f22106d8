import { useEffect, useState } from 'preact/hooks';
import { shell } from '../../../content/shell.ts';
import type * as ScreensModule from './promises-page.tsx';

// The promise screens (and the ledger chart) live in their own chunk, loaded on demand.
type Screens = typeof ScreensModule;
let loaded: Screens | null = null;

export function PromisesScreen() {
  const [screens, setScreens] = useState<Screens | null>(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    import('./promises-page.tsx').then(
      (m) => {
        loaded = m;
        if (live) setScreens(m);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  if (screens) return <screens.PromisesPage />;
  return (
    <p class="loading" role="status">
      {failed ? shell.networkError : shell.loading}
    </p>
  );
}
