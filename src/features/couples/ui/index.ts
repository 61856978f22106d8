// What the couples feature offers the app's composition root for the first page; "Our space"
// comes from later.ts, in a chunk of its own (decision 165).
export { SpaceStatus } from './space-status.tsx';
export { JoinPage, type AuthMode } from './join-page.tsx';
export { resetCouple, refreshCouple } from './couple-store.ts';
