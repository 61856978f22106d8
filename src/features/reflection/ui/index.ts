// What the reflection feature offers the app's composition root.
export { ReflectionPage } from './reflection-page.tsx';
