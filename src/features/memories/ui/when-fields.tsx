import { memories as words } from '../../../content/memories/words.ts';
import { fromLocalInput } from '../../../platform/time/device.ts';

/** A whole day (`YYYY-MM-DD`), or that day at a time on this device, as an ISO instant. */
export function whenValue(day: string, time: string): string {
  if (!time) return day;
  return fromLocalInput(`${day}T${time}`) ?? `${day}T${time}`;
}

interface WhenFieldsProps {
  day: string;
  time: string;
  onDay: (v: string) => void;
  onTime: (v: string) => void;
  error?: string | undefined;
  idPrefix: string;
}

/** Which day, and a time if you like: the browser's own pickers, with one message for both. */
export function WhenFields({ day, time, onDay, onTime, error, idPrefix }: WhenFieldsProps) {
  const dayId = `${idPrefix}-day`;
  const timeId = `${idPrefix}-time`;
  const errorId = `${idPrefix}-error`;
  return (
    <div class={`memory-when-fields${error ? ' field--invalid' : ''}`}>
      {error ? (
        <p id={errorId} class="field-error">
          {error}
        </p>
      ) : null}
      <div class="field">
        <label class="field-label" for={dayId}>
          {words.dayLabel}
        </label>
        <div class="field-control">
          <input
            id={dayId}
            name="day"
            type="date"
            value={day}
            onInput={(e) => onDay(e.currentTarget.value)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
      </div>
      <div class="field">
        <label class="field-label" for={timeId}>
          {words.timeLabel}
        </label>
        <div class="field-control">
          <input
            id={timeId}
            name="time"
            type="time"
            value={time}
            onInput={(e) => onTime(e.currentTarget.value)}
          />
        </div>
      </div>
    </div>
  );
}
