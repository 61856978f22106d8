import { pausedWords as words } from '../../../content/time-apart.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import type { TodayView } from './today-api.ts';

/** Time apart on Today, for both partners: that it is on and until when. Never why. */
export function TimeApartCard({ pause }: { pause: NonNullable<TodayView['timeApart']> }) {
  return (
    <section class="card" aria-labelledby="time-apart-today-heading">
      <h2 id="time-apart-today-heading">{words.heading}</h2>
      <p>{pause.startedByMe ? words.byMe : words.byPartner}</p>
      <p>{pause.endsAt ? words.until(formatDateTime(pause.endsAt)) : words.open}</p>
      <p>
        <a href="/space">{words.manage}</a>
      </p>
    </section>
  );
}
