// What the first-week feature offers the app's composition root.
export { FirstWeekCard } from './first-week-card.tsx';
export { FirstWeekScreen } from './lazy.ts';
