import { createStore } from './store.ts';
import { THEME_COLORS, THEME_KEY, type Theme } from './theme-boot.ts';

// Light and dark themes. With no choice made we follow the system; a choice is remembered in
// localStorage (which quick exit clears). The CSS reads <html data-theme>; a remembered choice
// is already set there before the first paint (theme-boot.ts).

export type { Theme };

const KEY = THEME_KEY;

function storedChoice(): Theme | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export const themeStore = createStore<Theme>('light');

function apply(theme: Theme, remembered: boolean): void {
  const root = document.documentElement;
  if (remembered) root.dataset.theme = theme;
  else delete root.dataset.theme;
  themeStore.set(theme);
  const meta = document.querySelector('meta[name="theme-color"]:not([media])');
  meta?.setAttribute('content', THEME_COLORS[theme]);
}

export function startTheme(): void {
  const choice = storedChoice();
  apply(choice ?? systemTheme(), choice !== null);
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (storedChoice() === null) apply(systemTheme(), false);
  });
}

export function setTheme(theme: Theme): void {
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    /* not remembered, still applied */
  }
  apply(theme, true);
}
