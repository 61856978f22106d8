// The words of the app's frame: header, navigation, quick exit, offline notice, page titles.
// Components import these; no paragraph is written inside a component.

export const APP_NAME = 'Kintsugi';

/**
 * Where quick exit sends the tab: an ordinary, busy website that says nothing about us.
 * The e2e harness answers this address with a tiny page, so keep it a plain https URL.
 */
export const NEUTRAL_URL = 'https://www.wikipedia.org/';

/** How a page title is built. Only ever a fixed page name, never anything a person wrote. */
export function pageTitle(name: string): string {
  return `${name} · ${APP_NAME}`;
}

export const shell = {
  skipLink: 'Skip to main content',
  homeLink: 'Kintsugi, home',
  mainNavLabel: 'Main',
  moreButton: 'More',
  moreTitle: 'Everything in Kintsugi',
  moreClose: 'Close',
  quickExit: 'Quick exit',
  quickExitHint: 'Leave this site now. You can also press Esc three times.',
  footerQuickExit:
    'To leave quickly, press Esc three times, or use the Quick exit button at the top.',
  footerSupport: 'Support and safety',
  themeToDark: 'Use dark theme',
  themeToLight: 'Use light theme',
  offline: "You're offline. Nothing is lost; we'll be here when you're back.",
  loading: 'One moment…',
  notFound: {
    title: 'Page not found',
    heading: "We couldn't find that page",
    body: 'The link may be old, or the address may have a small typo. Nothing you wrote has been lost.',
    home: 'Go to the start',
  },
  unreachable: {
    title: 'Offline',
    heading: 'Waiting for a connection',
    body: 'Kintsugi will open your space as soon as you are back online. You can still read the support page.',
    retry: 'Try again',
    support: 'Support and safety',
  },
  genericError: 'Something went wrong on our side. Please try again in a moment.',
  networkError: "We couldn't reach Kintsugi. Check your connection and try again.",
} as const;
