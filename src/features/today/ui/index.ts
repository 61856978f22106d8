// What the Today feature offers the app's composition root.
export { TodayPage } from './today-page.tsx';
