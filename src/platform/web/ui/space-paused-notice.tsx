import { pausedWords } from '../../../content/time-apart.ts';
import { formatDateTime } from '../format.ts';
import { useSpacePause } from '../space-pause.ts';
import { Notice } from './notice.tsx';

/**
 * Said at the top of every place that writes to the partner, before anyone types: time apart
 * is on, until when, and that what you write for yourself still works. Nothing when it is off.
 */
export function SpacePausedNotice() {
  const pause = useSpacePause();
  if (!pause) return null;
  return (
    <div class="space-paused">
      <Notice tone="info">
        <p>{pausedWords.shared(pause.endsAt ? formatDateTime(pause.endsAt) : null)}</p>
      </Notice>
    </div>
  );
}
