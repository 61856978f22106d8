// The tools of the method, by name, and where each one lives in the app: every tool has its
// place, so every tool named on the path or in the reflection is a link.

import { areas, type AreaId } from './areas.ts';

export const toolIds = [
  'reflection',
  'today',
  'check-ins',
  'agreements',
  'promises',
  'talk',
  'ownership',
  'letters',
  'journal',
  'timeline',
  'questions',
  'memories',
  'vision',
  'support',
] as const;
export type ToolId = (typeof toolIds)[number];

export type Tool = {
  id: ToolId;
  name: string;
  /** What it does, in a few words. */
  what: string;
} & (
  | {
      /** The area it lives in. */
      area: AreaId;
    }
  | {
      /** Its own page, when it is not an area. */
      path: string;
    }
);

export const tools: Record<ToolId, Tool> = {
  reflection: {
    id: 'reflection',
    name: 'Private reflection',
    what: 'your own look at the four patterns',
    path: '/reflection',
  },
  today: { id: 'today', name: 'Small acts', what: 'one small thing to do each day', area: 'today' },
  'check-ins': {
    id: 'check-ins',
    name: 'Check-ins',
    what: 'how each of you is, day by day and week by week',
    area: 'check-ins',
  },
  agreements: {
    id: 'agreements',
    name: 'Agreements',
    what: 'what you both need to feel safe, agreed together',
    area: 'agreements',
  },
  promises: {
    id: 'promises',
    name: 'Promises',
    what: 'small promises, made and kept',
    area: 'promises',
  },
  talk: {
    id: 'talk',
    name: 'Hard conversations',
    what: 'guided questions, one turn at a time',
    area: 'talk',
  },
  ownership: {
    id: 'ownership',
    name: 'Owning it',
    what: 'what I did, how it hurt you, what I will do differently',
    // Statements live under Talk, beside the conversations.
    area: 'talk',
  },
  letters: { id: 'letters', name: 'Letters', what: 'words that need more room', area: 'letters' },
  journal: {
    id: 'journal',
    name: 'Private journal',
    what: 'a place that is only yours',
    area: 'journal',
  },
  timeline: {
    id: 'timeline',
    name: 'Timeline',
    what: 'how you have been over time, waves and all',
    area: 'timeline',
  },
  questions: {
    id: 'questions',
    name: 'A question a day',
    what: 'one small question to answer, each in your own words',
    path: '/questions',
  },
  memories: {
    id: 'memories',
    name: 'New memories',
    what: 'time together, planned and remembered',
    area: 'memories',
  },
  vision: {
    id: 'vision',
    name: 'Our future',
    what: 'a shared picture of what you want, written together line by line',
    area: 'vision',
  },
  support: {
    id: 'support',
    name: 'Support',
    what: 'a therapist, a counsellor, or help if you are not safe',
    area: 'support',
  },
};

/** Where a tool lives: its own page, or its area's. */
export function toolHref(id: ToolId): string {
  const tool = tools[id];
  if ('path' in tool) return tool.path;
  return areas.find((a) => a.id === tool.area)!.path;
}
