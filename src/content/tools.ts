// The tools of the method, by name, and where each one lives in the app. A tool whose place is
// not built yet is listed by name only (see `toolHref`): no link that leads nowhere.

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
  'memories',
  'support',
] as const;
export type ToolId = (typeof toolIds)[number];

export interface Tool {
  id: ToolId;
  name: string;
  /** What it does, in a few words. */
  what: string;
  /** The area it lives in, when it has one. */
  area?: AreaId;
  /** Its own page, when it is not an area. */
  path?: string;
}

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
  memories: {
    id: 'memories',
    name: 'New memories',
    what: 'time together, planned and remembered',
    area: 'memories',
  },
  support: {
    id: 'support',
    name: 'Support',
    what: 'a therapist, a counsellor, or help if you are not safe',
    area: 'support',
  },
};

/**
 * Where a tool lives, or null while its place is not built yet. `isBuilt` says which areas have
 * their screens (the app knows; see src/app/web.tsx): no link ever leads to an empty place.
 */
export function toolHref(id: ToolId, isBuilt: (area: AreaId) => boolean): string | null {
  const tool = tools[id];
  if (tool.path) return tool.path;
  if (!tool.area || !isBuilt(tool.area)) return null;
  return areas.find((a) => a.id === tool.area)?.path ?? null;
}
