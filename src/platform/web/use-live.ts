import { useEffect, useRef, useState } from 'preact/hooks';

const POLL_MS = 5_000;

/**
 * Keeps a screen in step with a conversation: server-sent events while they get through, and
 * a plain check every few seconds whenever they don't (a proxy that blocks streams, a dropped
 * connection, a sleeping phone). `onChange` is called with the version now known.
 */
export function useLive(
  url: string,
  fetchVersion: () => Promise<{ version: number }>,
  onChange: (version: number) => void,
) {
  const [connected, setConnected] = useState(true);
  const changeRef = useRef(onChange);
  changeRef.current = onChange;

  useEffect(() => {
    let stopped = false;
    let poll: ReturnType<typeof setInterval> | undefined;
    let source: EventSource | null = null;

    const startPolling = () => {
      if (poll || stopped) return;
      setConnected(false);
      poll = setInterval(() => {
        fetchVersion().then(
          (v) => !stopped && changeRef.current(v.version),
          () => {},
        );
      }, POLL_MS);
    };
    const stopPolling = () => {
      clearInterval(poll);
      poll = undefined;
      setConnected(true);
    };

    if (typeof EventSource === 'undefined') {
      startPolling();
    } else {
      source = new EventSource(url);
      source.addEventListener('open', () => {
        stopPolling();
      });
      source.addEventListener('change', (event) => {
        try {
          const data = JSON.parse((event as MessageEvent<string>).data) as { version?: unknown };
          if (typeof data.version === 'number') changeRef.current(data.version);
        } catch {
          // A malformed event is ignored; the next one or the poll catches up.
        }
      });
      source.addEventListener('gone', () => {
        source?.close();
        changeRef.current(Number.MAX_SAFE_INTEGER);
      });
      // EventSource reconnects by itself; meanwhile, we check by hand.
      source.addEventListener('error', () => startPolling());
    }
    // Back from the background: catch up at once.
    const onVisible = () => {
      if (document.visibilityState === 'visible')
        fetchVersion().then(
          (v) => !stopped && changeRef.current(v.version),
          () => {},
        );
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      source?.close();
      clearInterval(poll);
      document.removeEventListener('visibilitychange', onVisible);
    };
    // One connection per address; the caller passes a new fetchVersion on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url]);

  return { connected };
}

/**
 * The same connection for a screen that only needs to know *that* something changed (a wave,
 * my partner's answer): `onChange` runs when the version moves, never for the first one seen.
 */
export function useLiveChanges(
  url: string,
  fetchVersion: () => Promise<{ version: number }>,
  onChange: () => void,
) {
  const known = useRef<number | null>(null);
  return useLive(url, fetchVersion, (version) => {
    if (known.current !== null && version !== known.current) onChange();
    known.current = version;
  });
}
