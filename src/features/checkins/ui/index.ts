// What the check-ins feature offers the app (loaded lazily through lazy.tsx).
export { CheckinsPage } from './checkins-page.tsx';
