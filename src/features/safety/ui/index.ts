// What the safety feature offers the app's composition root.
export { SafetyPage } from './safety-page.tsx';
