// The part of the theme that must run before the first paint. vite.config.ts writes
// `themeBootScript` as an asset of its own and loads it with a blocking <script> in <head> (the
// CSP allows no inline script). Without it, a remembered dark theme on a light system would
// flash light until the app's code had loaded. Kept free of imports: the build config reads it.

export type Theme = 'light' | 'dark';

/** Where a chosen theme is remembered (quick exit clears it with the rest of localStorage). */
export const THEME_KEY = 'kintsugi.theme';

/** The browser bar's colour for each theme (the page background). */
export const THEME_COLORS: Readonly<Record<Theme, string>> = { light: '#f6f3ec', dark: '#0e1620' };

export const themeBootScript =
  `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});` +
  `if(t==='light'||t==='dark'){document.documentElement.dataset.theme=t;` +
  `var m=document.querySelector('meta[name="theme-color"]:not([media])');` +
  `if(m)m.setAttribute('content',t==='dark'?${JSON.stringify(THEME_COLORS.dark)}:${JSON.stringify(THEME_COLORS.light)})}}catch(e){}`;
