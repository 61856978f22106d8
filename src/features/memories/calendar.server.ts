import type { DateArray, EventAttributes } from 'ics';
import { addDays } from '../../platform/time/days.ts';
import { ideaMinutes, memoryIdeaById } from '../../content/memories/ideas.ts';
import { memories as words } from '../../content/memories/words.ts';
import type { Memory } from './memories.schema.ts';

/** How long a moment lasts in a calendar when no idea says otherwise. */
const DEFAULT_MINUTES = 120;

const dayArray = (day: string): DateArray => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};
/**
 * The .ics file for a memory (RFC 5545, written by the `ics` package). A calendar may sync to a
 * cloud or show on a shared screen, so by default the event says only "Time together": no title,
 * no names, no app, no link, no place. `withTitle` names it by the title both were shown. The
 * id keeps the event one event when the file is added again after a new time.
 */
export async function calendarFile(memory: Memory, withTitle: boolean): Promise<string> {
  const idea = memory.ideaId ? memoryIdeaById(memory.ideaId) : undefined;
  const base: Pick<EventAttributes, 'title' | 'uid' | 'productId' | 'busyStatus' | 'status'> = {
    title: withTitle ? memory.title : words.calendarSummary,
    uid: memory.id,
    productId: 'calendar',
    busyStatus: 'BUSY',
    status: memory.status === 'confirmed' ? 'CONFIRMED' : 'TENTATIVE',
  };
  const event: EventAttributes = memory.allDay
    ? { ...base, start: dayArray(memory.on), end: dayArray(addDays(memory.on, 1)) }
    : {
        ...base,
        start: new Date(memory.on).getTime(),
        startInputType: 'utc',
        startOutputType: 'utc',
        duration: { minutes: idea ? ideaMinutes[idea.time] : DEFAULT_MINUTES },
      };
  // Loaded at the first calendar file, not at start (decision 174).
  const { createEvent } = await import('ics');
  const { error, value } = createEvent(event);
  if (error || !value) throw error ?? new Error('no calendar file');
  return value;
}
