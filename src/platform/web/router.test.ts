import { describe, expect, it } from 'vitest';
import {
  createRouter,
  matchPath,
  readHashParam,
  shouldIntercept,
  type AnchorLike,
  type ClickLike,
} from './router.ts';

function fakeWindow(start: string) {
  const url = new URL(start);
  const calls: { method: string; url: string | undefined }[] = [];
  const win = {
    location: {
      origin: url.origin,
      pathname: url.pathname,
      search: url.search,
      hash: url.hash,
    },
    history: {
      replaceState(_data: unknown, _unused: string, next?: string) {
        calls.push({ method: 'replaceState', url: next });
        const u = new URL(next ?? '', url.origin);
        win.location.pathname = u.pathname;
        win.location.search = u.search;
        win.location.hash = u.hash;
      },
      // The router must never call this; if it does, the test sees it.
      pushState(_data: unknown, _unused: string, next?: string) {
        calls.push({ method: 'pushState', url: next });
      },
    },
  };
  return { win, calls };
}

const click = (over: Partial<ClickLike> = {}): ClickLike => ({
  button: 0,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
  ...over,
});

const anchor = (href: string, attrs: Record<string, string> = {}, target = ''): AnchorLike => ({
  href: new URL(href, 'https://app.test').href,
  target,
  hasAttribute: (name) => name in attrs || (name === 'href' && true),
  getAttribute: (name) => (name === 'href' ? href : (attrs[name] ?? null)),
});

describe('matchPath', () => {
  it('matches fixed paths, ignoring trailing slashes', () => {
    expect(matchPath('/today', '/today')).toEqual({});
    expect(matchPath('/today', '/today/')).toEqual({});
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/today', '/todays')).toBeNull();
    expect(matchPath('/today', '/')).toBeNull();
  });

  it('reads named parts and decodes them', () => {
    expect(matchPath('/letters/:id', '/letters/a%20b')).toEqual({ id: 'a b' });
    expect(matchPath('/letters/:id', '/letters')).toBeNull();
    expect(matchPath('/letters/:id', '/letters/1/2')).toBeNull();
    expect(matchPath('/letters/:id', '/letters/%E0%A4%A')).toBeNull();
  });

  it('has a catch-all', () => {
    expect(matchPath('*', '/anything/at/all')).toEqual({});
  });
});

describe('readHashParam', () => {
  it('reads the invite code from the fragment', () => {
    expect(readHashParam('#code=ABC-123', 'code')).toBe('ABC-123');
    expect(readHashParam('code=x&y=1', 'y')).toBe('1');
    expect(readHashParam('', 'code')).toBeNull();
  });
});

describe('createRouter', () => {
  it('navigates with replaceState only, so the tab keeps one entry', () => {
    const { win, calls } = fakeWindow('https://app.test/');
    const router = createRouter(win);
    router.navigate('/sign-up');
    router.navigate('/today?x=1#top');
    expect(calls.map((c) => c.method)).toEqual(['replaceState', 'replaceState']);
    expect(calls.map((c) => c.url)).toEqual(['/sign-up', '/today?x=1#top']);
    expect(router.current()).toEqual({ pathname: '/today', search: '?x=1', hash: '#top' });
  });

  it('tells listeners about changes, once, and stops when unsubscribed', () => {
    const { win } = fakeWindow('https://app.test/today');
    const router = createRouter(win);
    let heard = 0;
    const stop = router.subscribe(() => heard++);
    router.navigate('/path');
    router.navigate('/path'); // same place: no news
    expect(heard).toBe(1);
    stop();
    router.navigate('/talk');
    expect(heard).toBe(1);
  });

  it('refuses to navigate off the app', () => {
    const { win, calls } = fakeWindow('https://app.test/');
    const router = createRouter(win);
    expect(() => router.navigate('https://elsewhere.test/')).toThrow();
    expect(calls).toEqual([]);
  });

  it('syncs with the address bar when it changes underneath', () => {
    const { win } = fakeWindow('https://app.test/join');
    const router = createRouter(win);
    let heard = 0;
    router.subscribe(() => heard++);
    win.location.hash = '#code=1';
    router.sync();
    router.sync();
    expect(heard).toBe(1);
    expect(router.current().hash).toBe('#code=1');
  });
});

describe('shouldIntercept', () => {
  const origin = 'https://app.test';
  it('keeps plain in-app link clicks inside the app', () => {
    expect(shouldIntercept(click(), anchor('/today'), origin)).toBe(true);
    expect(shouldIntercept(click(), anchor('https://app.test/support'), origin)).toBe(true);
  });

  it('leaves other clicks and links to the browser', () => {
    expect(shouldIntercept(click({ metaKey: true }), anchor('/today'), origin)).toBe(false);
    expect(shouldIntercept(click({ ctrlKey: true }), anchor('/today'), origin)).toBe(false);
    expect(shouldIntercept(click({ shiftKey: true }), anchor('/today'), origin)).toBe(false);
    expect(shouldIntercept(click({ button: 1 }), anchor('/today'), origin)).toBe(false);
    expect(shouldIntercept(click({ defaultPrevented: true }), anchor('/today'), origin)).toBe(
      false,
    );
    expect(shouldIntercept(click(), anchor('/today', {}, '_blank'), origin)).toBe(false);
    expect(shouldIntercept(click(), anchor('/file', { download: '' }), origin)).toBe(false);
    expect(shouldIntercept(click(), anchor('tel:988', { 'data-native': '' }), origin)).toBe(false);
    expect(shouldIntercept(click(), anchor('tel:988'), origin)).toBe(false);
    expect(shouldIntercept(click(), anchor('https://elsewhere.test/'), origin)).toBe(false);
    expect(shouldIntercept(click(), anchor('/api/openapi.json'), origin)).toBe(false);
    expect(shouldIntercept(click(), anchor('#main'), origin)).toBe(false);
  });
});
