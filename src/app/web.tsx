// The web app's composition root: every feature's screens go into the router and the nav here.
import './../platform/web/styles/base.css';
import './../platform/web/styles/shell.css';
import './../platform/web/styles/ui.css';

import { render, type ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { areas, areaById, type Area } from '../content/areas.ts';
import {
  signIn as signInWords,
  signUp as signUpWords,
  welcome,
  account,
} from '../content/accounts.ts';
import { join as joinWords, space as spaceWords } from '../content/couples.ts';
import { APP_NAME, pageTitle, shell } from '../content/shell.ts';
import { support } from '../content/support.ts';
import { recovery } from '../content/recovery.ts';
import { reminders as reminderWords } from '../content/reminders.ts';
import { emailConfirmation } from '../content/email-confirmation.ts';
import {
  NewActivityNotice,
  ResetPasswordPage,
  ConfirmEmailPage,
  loadSession,
  sessionStore,
  SignInForm,
  SignInPage,
  SignUpForm,
  SignUpPage,
  WelcomePage,
  type Session,
} from '../features/accounts/ui/index.ts';
import { CheckEmailPage, ForgotPasswordPage, LockScreen } from '../features/accounts/ui/lazy.ts';
import { JoinPage, resetCouple, SpaceStatus } from '../features/couples/ui/index.ts';
import { AccountScreen, SpaceScreen } from './lazy-screens.ts';
import { CheckinsScreen } from '../features/checkins/ui/lazy.tsx';
import { TimelineScreen } from '../features/timeline/ui/lazy.tsx';
import { timeApartApi } from '../features/time-apart/ui/index.ts';
import { AgreementScreen, AgreementsScreen } from '../features/agreements/ui/lazy.tsx';
import { UnsubscribePage } from '../features/reminders/ui/index.ts';
import { PromisesScreen } from '../features/promises/ui/index.ts';
import { talkAreaScreen, talkSubScreen } from './talk-routes.tsx';
import { PathScreen, StageScreen } from '../features/path/ui/lazy.ts';
import { ReflectionScreen } from '../features/reflection/ui/lazy.ts';
import { SafetyScreen } from '../features/safety/ui/lazy.ts';
import { TodayPage } from '../features/today/ui/index.ts';
import { FirstWeekCard, FirstWeekScreen } from '../features/first-week/ui/index.ts';
import { firstWeek as firstWeekWords } from '../content/first-week.ts';
import { WavesScreen, WaveTodayCardLazy } from '../features/waves/ui/index.ts';
import { QuestionsScreen } from '../features/questions/ui/index.ts';
import { VisionScreen } from '../features/vision/ui/index.ts';
import { MemoriesScreen } from '../features/memories/ui/index.ts';
import { isStageId, stageById } from '../content/stages.ts';
import { reflection as reflectionWords } from '../content/reflection.ts';
import { safety as safetyWords } from '../content/safety.ts';
import { matchPath } from '../platform/web/router.ts';
import { navigate, startNavigation, useLocation } from '../platform/web/navigation.ts';
import type { NavItem } from '../platform/web/nav.tsx';
import { startOfflineWatch } from '../platform/web/offline.ts';
import { NotFoundPage } from '../platform/web/pages/not-found-page.tsx';
import { SupportPage } from '../platform/web/pages/support-page.tsx';
import { UnreachablePage } from '../platform/web/pages/unreachable-page.tsx';
import { neverRestoreFromCache, startQuickExitKeys } from '../platform/web/quick-exit.ts';
import { listenToOtherTabs, startIdleLock } from '../platform/web/app-lock.ts';
import { appLockWords } from '../content/app-lock.ts';
import { registerServiceWorker } from '../platform/web/service-worker.ts';
import { Shell } from '../platform/web/shell.tsx';
import { useStore } from '../platform/web/store.ts';
import { startTheme } from '../platform/web/theme.ts';
import { soloStore } from '../platform/web/solo.ts';
import { registerSpacePauseLoader, resetSpacePause } from '../platform/web/space-pause.ts';

const HOME_SIGNED_IN = '/today';
/** Where a person lands the moment they have signed up: their first steps (decision 140). */
const FIRST_RUN = '/first-week';
const SIGNED_OUT_ONLY = new Set(['/', '/sign-in', '/sign-up']);

const navItems: NavItem[] = areas.map((a) => ({
  href: a.path,
  label: a.label,
  icon: a.icon,
  onPhoneBar: a.onPhoneBar,
  group: a.group,
}));

// Using Kintsugi alone (after the safety check, or by choice): the shared places step aside for
// that person only. Their journal, reflection, path (to read) and support stay.
const SHARED_PLACES = new Set([
  '/check-ins',
  '/agreements',
  '/promises',
  '/talk',
  '/letters',
  '/timeline',
  '/vision',
  '/memories',
]);
const soloNavItems = navItems.filter((item) => !SHARED_PLACES.has(item.href));

/** The page for a signed-in area. */
function areaScreen(area: Area): ComponentChildren {
  switch (area.id) {
    case 'today':
      return (
        <TodayPage
          heading={area.heading}
          top={(shown) => <FirstWeekCard onShown={shown} />}
          wave={<WaveTodayCardLazy />}
          space={
            <>
              <NewActivityNotice />
              <SpaceStatus />
            </>
          }
        />
      );
    case 'path':
      return <PathScreen heading={area.heading} />;
    case 'support':
      return <SupportPage />;
    case 'space':
      return <SpaceScreen />;
    case 'account':
      return <AccountScreen />;
    case 'check-ins':
      return <CheckinsScreen />;
    case 'timeline':
      return <TimelineScreen />;
    case 'agreements':
      return <AgreementsScreen />;
    case 'promises':
      return <PromisesScreen />;
    case 'waves':
      return <WavesScreen />;
    case 'questions':
      return <QuestionsScreen />;
    case 'vision':
      return <VisionScreen />;
    case 'memories':
      return <MemoriesScreen />;
    default:
      return talkAreaScreen(area.id);
  }
}

interface Screen {
  title: string;
  view: ComponentChildren;
  redirect?: string;
}

function normalise(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}

function resolve(pathname: string, session: Session): Screen | null {
  if (session.status === 'loading') return null;
  const signedIn = session.status === 'signed-in';
  const path = normalise(pathname);

  // Help is reachable in every state, offline included.
  if (path === '/support') return { title: support.title, view: <SupportPage /> };
  // The app lock holds (decision 132): nothing but the lock screen, whatever the address.
  if (session.status === 'locked')
    return { title: appLockWords.screen.title, view: <LockScreen /> };
  if (session.status === 'unreachable') {
    return { title: shell.unreachable.title, view: <UnreachablePage onRetry={loadSession} /> };
  }
  // Account recovery works signed in or out: the link in the mail may open in either.
  if (path === '/forgot-password')
    return { title: recovery.forgot.title, view: <ForgotPasswordPage /> };
  if (path === '/reset-password')
    return { title: recovery.reset.title, view: <ResetPasswordPage /> };
  if (path === '/unsubscribe')
    return {
      title: reminderWords.unsubscribe.title,
      view: <UnsubscribePage signedIn={signedIn} />,
    };
  // Confirming an address (decision 085): the link may open signed in or out.
  if (path === '/check-your-email')
    return { title: emailConfirmation.checkEmail.title, view: <CheckEmailPage /> };
  if (path === '/confirm-email')
    return { title: emailConfirmation.confirm.title, view: <ConfirmEmailPage /> };
  if (path === '/join') {
    return {
      title: joinWords.title,
      view: (
        <JoinPage
          signedIn={signedIn}
          renderAuth={(mode, switchMode) =>
            mode === 'sign-up' ? (
              <SignUpForm onSwitch={switchMode} />
            ) : (
              <SignInForm onSwitch={switchMode} />
            )
          }
        />
      ),
    };
  }
  if (SIGNED_OUT_ONLY.has(path)) {
    // Signed in on the sign-up page means just signed up: the first steps come first; Today after.
    if (signedIn) {
      const redirect = path === '/sign-up' ? FIRST_RUN : HOME_SIGNED_IN;
      return { title: APP_NAME, view: null, redirect };
    }
    if (path === '/sign-in') return { title: signInWords.title, view: <SignInPage /> };
    if (path === '/sign-up') return { title: signUpWords.title, view: <SignUpPage /> };
    return { title: welcome.title, view: <WelcomePage /> };
  }
  // The method: a stage of the path, the private reflection, the private safety check.
  const stage = matchPath('/path/:stage', path);
  if ((stage && isStageId(stage.stage!)) || path === '/reflection' || path === '/support/safety') {
    if (!signedIn) return { title: signInWords.title, view: <SignInPage protectedPage /> };
    if (path === '/reflection') return { title: reflectionWords.title, view: <ReflectionScreen /> };
    if (path === '/support/safety') return { title: safetyWords.title, view: <SafetyScreen /> };
    const stageId = stage!.stage!;
    if (isStageId(stageId))
      return { title: stageById(stageId).name, view: <StageScreen stageId={stageId} /> };
  }
  // The first steps, one at a time (decision 140).
  if (path === '/first-week') {
    if (!signedIn) return { title: signInWords.title, view: <SignInPage protectedPage /> };
    return { title: firstWeekWords.title, view: <FirstWeekScreen /> };
  }
  // One agreement: the page title names the place, never the agreement's own words.
  const agreement = matchPath('/agreements/:id', path);
  if (agreement) {
    if (!signedIn) return { title: signInWords.title, view: <SignInPage protectedPage /> };
    return { title: areaById('agreements').label, view: <AgreementScreen id={agreement.id!} /> };
  }
  const talkPage = talkSubScreen(path);
  if (talkPage) {
    if (!signedIn) return { title: signInWords.title, view: <SignInPage protectedPage /> };
    return { title: areaById(talkPage.area).label, view: talkPage.view };
  }
  const area = areas.find((a) => a.path === path);
  if (area) {
    if (!signedIn) return { title: signInWords.title, view: <SignInPage protectedPage /> };
    const title =
      area.id === 'space' ? spaceWords.title : area.id === 'account' ? account.title : area.label;
    return { title, view: areaScreen(area) };
  }
  return {
    title: shell.notFound.title,
    view: <NotFoundPage homeHref={signedIn ? HOME_SIGNED_IN : '/'} />,
  };
}

function App() {
  const session = useStore(sessionStore);
  const location = useLocation();
  const screen = resolve(location.pathname, session);
  const signedIn = session.status === 'signed-in';
  const solo = useStore(soloStore);

  useEffect(() => {
    if (screen?.redirect) navigate(screen.redirect);
  }, [screen?.redirect]);

  const title = screen ? pageTitle(screen.title) : APP_NAME;
  // Set in the same commit as the page it names, so the heading is never on screen under the
  // previous page's title (a screen reader announces the title when focus moves to the heading).
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);

  const settled = screen !== null && !screen.redirect;
  return (
    <Shell
      nav={signedIn ? (solo ? soloNavItems : navItems) : undefined}
      currentPath={normalise(location.pathname)}
      screenKey={settled ? `${normalise(location.pathname)}|${session.status}` : ''}
      homeHref={signedIn ? HOME_SIGNED_IN : '/'}
    >
      {settled ? (
        screen.view
      ) : (
        <p class="loading" role="status">
          {shell.loading}
        </p>
      )}
    </Shell>
  );
}

// Forget the shared space the moment the person is signed out.
sessionStore.subscribe(() => {
  if (sessionStore.get().status === 'signed-out') {
    resetCouple();
    soloStore.set(false);
    resetSpacePause();
  }
});

// Shared places say when time apart is on; the time-apart feature is who knows.
registerSpacePauseLoader(timeApartApi.pause);

startTheme();
startNavigation();
startQuickExitKeys();
neverRestoreFromCache();
startIdleLock(() => sessionStore.get().status === 'signed-in');
listenToOtherTabs();
startOfflineWatch();
registerServiceWorker();
void loadSession();

const root = document.getElementById('app');
if (root) render(<App />, root);
