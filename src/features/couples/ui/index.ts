// What the couples feature offers the app's composition root.
export { SpaceStatus } from './space-status.tsx';
export { OurSpacePage } from './our-space-page.tsx';
export { JoinPage, type AuthMode } from './join-page.tsx';
export { resetCouple, refreshCouple } from './couple-store.ts';
