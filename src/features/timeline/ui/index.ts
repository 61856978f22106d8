// What the timeline feature offers the app (loaded lazily through lazy.tsx).
export { TimelinePage } from './timeline-page.tsx';
