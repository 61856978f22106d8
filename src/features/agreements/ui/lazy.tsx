import { useEffect, useState } from 'preact/hooks';
import { shell } from '../../../content/shell.ts';
import type * as ScreensModule from './index.ts';

// The agreement screens live in their own chunk: the first page's JS budget stays small.
type Screens = typeof ScreensModule;
let loaded: Screens | null = null;

function useScreens(): { screens: Screens | null; failed: boolean } {
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
  return { screens, failed };
}

function Loading({ failed }: { failed: boolean }) {
  return (
    <p class="loading" role="status">
      {failed ? shell.networkError : shell.loading}
    </p>
  );
}

export function AgreementsScreen() {
  const { screens, failed } = useScreens();
  return screens ? <screens.AgreementsPage /> : <Loading failed={failed} />;
}

export function AgreementScreen({ id }: { id: string }) {
  const { screens, failed } = useScreens();
  return screens ? <screens.AgreementPage key={id} id={id} /> : <Loading failed={failed} />;
}
