export { PromisesScreen } from './lazy.tsx';
