import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { shell } from '../../content/shell.ts';
import { SideNav, PhoneNav, type NavItem } from './nav.tsx';
import { offlineStore } from './offline.ts';
import { appLockStore, lockNow } from './app-lock.ts';
import { quickExit } from './quick-exit.ts';
import { appLockWords } from '../../content/app-lock.ts';
import { useStore } from './store.ts';
import { setTheme, themeStore } from './theme.ts';
import { Icon } from './ui/icon.tsx';

interface ShellProps {
  /** Places to navigate to; none when signed out. */
  nav?: readonly NavItem[] | undefined;
  currentPath: string;
  /**
   * Changes whenever a different screen is shown: focus then moves to its heading. Pass '' while
   * nothing settled is shown (loading, redirecting): the next screen then keeps focus at the top.
   */
  screenKey: string;
  homeHref: string;
  children: ComponentChildren;
}

function ThemeToggle() {
  const theme = useStore(themeStore);
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button type="button" class="icon-button" onClick={() => setTheme(next)}>
      <Icon name={next === 'dark' ? 'moon' : 'sun'} />
      <span class="visually-hidden">
        {next === 'dark' ? shell.themeToDark : shell.themeToLight}
      </span>
    </button>
  );
}

/** "Lock now", beside the quick exit, while signed in with an app lock set (decision 132). */
function LockButton() {
  const choice = useStore(appLockStore);
  if (!choice) return null;
  return (
    <button
      type="button"
      class="icon-button lock-now"
      onClick={() => void lockNow()}
      title={appLockWords.lockNowHint}
    >
      <Icon name="lock" />
      <span>{appLockWords.lockNow}</span>
    </button>
  );
}

function OfflineBanner() {
  const offline = useStore(offlineStore);
  // The live region is always there, so its text is announced when it appears.
  return (
    <div class="offline-region" role="status">
      {offline ? <p class="offline-banner">{shell.offline}</p> : null}
    </div>
  );
}

function focusHeading(): void {
  const heading = document.querySelector<HTMLElement>('#main h1');
  (heading ?? document.getElementById('main'))?.focus({ preventScroll: true });
}

export function Shell({ nav, currentPath, screenKey, homeHref, children }: ShellProps) {
  const previousKey = useRef('');
  // In the commit that shows the new page, so that focus is on its heading as soon as it is there.
  useLayoutEffect(() => {
    const before = previousKey.current;
    previousKey.current = screenKey;
    // Not on first load: the page has just opened and focus belongs at its top.
    if (before === '' || screenKey === '' || before === screenKey) return;
    focusHeading();
  }, [screenKey]);

  return (
    <div class={`app${nav ? ' app--signed-in' : ''}`}>
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          focusHeading();
        }}
      >
        {shell.skipLink}
      </a>
      <header class="top-bar">
        <a href={homeHref} class="brand">
          <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <circle cx="16" cy="16" r="13" />
            <path d="M9 7l4 7-3 5 5 4-1 5M13 14l6-1 4-5" />
          </svg>
          <span aria-hidden="true">Kintsugi</span>
          <span class="visually-hidden">{shell.homeLink}</span>
        </a>
        <div class="top-actions">
          <ThemeToggle />
          {nav ? <LockButton /> : null}
          <button type="button" class="quick-exit" onClick={quickExit} title={shell.quickExitHint}>
            <Icon name="exit" />
            <span>{shell.quickExit}</span>
          </button>
        </div>
      </header>
      <OfflineBanner />
      {nav ? <SideNav items={nav} currentPath={currentPath} /> : null}
      <main id="main" tabIndex={-1} class="main">
        {children}
      </main>
      <footer class="footer">
        <p>{shell.footerQuickExit}</p>
        <p>
          <a href="/support">{shell.footerSupport}</a>
        </p>
      </footer>
      {nav ? <PhoneNav items={nav} currentPath={currentPath} /> : null}
    </div>
  );
}
