import { useEffect, useRef } from 'preact/hooks';
import { questionsApi } from './questions-api.ts';

const POLL_MS = 5_000;

/**
 * Calls `onChange` whenever something about today’s question changes for me (my partner answered): server-sent events while they get
 * through, a plain check every few seconds when they don't, and once when the tab comes back.
 */
export function useQuestionLive(onChange: () => void) {
  const changeRef = useRef(onChange);
  changeRef.current = onChange;

  useEffect(() => {
    let stopped = false;
    let known: number | null = null;
    let poll: ReturnType<typeof setInterval> | undefined;
    let source: EventSource | null = null;
    const seen = (version: number) => {
      if (stopped) return;
      if (known !== null && version !== known) changeRef.current();
      known = version;
    };
    const check = () =>
      questionsApi.version().then(
        (v) => seen(v.version),
        () => {},
      );
    const startPolling = () => {
      poll ??= setInterval(check, POLL_MS);
    };
    if (typeof EventSource === 'undefined') startPolling();
    else {
      source = new EventSource('/api/v1/questions/live');
      source.addEventListener('open', () => {
        clearInterval(poll);
        poll = undefined;
      });
      source.addEventListener('change', (event) => {
        try {
          const data = JSON.parse((event as MessageEvent<string>).data) as { version?: unknown };
          if (typeof data.version === 'number') seen(data.version);
        } catch {
          // A malformed event is ignored; the next one or the poll catches up.
        }
      });
      source.addEventListener('gone', () => source?.close());
      source.addEventListener('error', startPolling);
    }
    const onVisible = () => {
      if (document.visibilityState === 'visible') void check();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      source?.close();
      clearInterval(poll);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
}
