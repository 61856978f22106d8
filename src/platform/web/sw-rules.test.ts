import { describe, expect, it } from 'vitest';
import { answersNavigation, isApi, precacheEntries } from './sw-rules.ts';

const ORIGIN = 'https://kintsugi.example';

describe('what the service worker keeps', () => {
  it('keeps the shell, every built file and the kept public files, and not the compressed copies', () => {
    expect(
      precacheEntries([
        { fileName: 'index.html', hash: 'h1' },
        { fileName: 'assets/index-abc.js', hash: 'h2' },
        { fileName: 'assets/index-abc.js.br', hash: 'h3' },
        { fileName: 'assets/chart-def.css', hash: 'h4' },
        { fileName: 'manifest.webmanifest', hash: 'h5' },
        { fileName: 'robots.txt', hash: 'h6' },
      ]),
    ).toEqual([
      { url: '/', revision: 'h1' },
      { url: '/assets/chart-def.css', revision: null },
      { url: '/assets/index-abc.js', revision: null },
      { url: '/manifest.webmanifest', revision: 'h5' },
    ]);
  });

  it('never keeps an /api address, and needs a shell', () => {
    expect(() =>
      precacheEntries([
        { fileName: 'index.html', hash: 'h' },
        { fileName: 'assets/../api/v1/me', hash: 'h' },
      ]),
    ).toThrow(/never keep/);
    expect(isApi('/api')).toBe(true);
    expect(isApi('/api/v1/session')).toBe(true);
    expect(isApi('/apiary')).toBe(false);
    expect(() => precacheEntries([{ fileName: 'assets/a.js', hash: 'h' }])).toThrow(/index.html/);
  });

  it('answers this site’s page loads, never an /api address or another site', () => {
    expect(answersNavigation(new URL('/journal', ORIGIN), ORIGIN)).toBe(true);
    expect(answersNavigation(new URL('/', ORIGIN), ORIGIN)).toBe(true);
    expect(answersNavigation(new URL('/api/v1/reminders/unsubscribe?t=x', ORIGIN), ORIGIN)).toBe(
      false,
    );
    expect(answersNavigation(new URL('/api', ORIGIN), ORIGIN)).toBe(false);
    expect(answersNavigation(new URL('/journal', 'https://elsewhere.example'), ORIGIN)).toBe(false);
  });
});
