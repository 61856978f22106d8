import { useEffect, useState } from 'preact/hooks';
import { shell } from '../../../content/shell.ts';
import type * as Screens from './index.ts';

// The check-in screens live in their own chunk: the first page's JS budget stays small.
type Screens = typeof Screens;
let loaded: Screens | null = null;

export function CheckinsScreen() {
  const [screens, setScreens] = useState<Screens | null>(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    import('./index.ts').then(
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
  if (screens) return <screens.CheckinsPage />;
  return (
    <p class="loading" role="status">
      {failed ? shell.networkError : shell.loading}
    </p>
  );
}
