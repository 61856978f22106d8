// What the path feature offers the app's composition root.
export { PathPage } from './path-page.tsx';
export { StagePage } from './stage-page.tsx';
