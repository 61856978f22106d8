export { TimeApartSection } from './time-apart-section.tsx';
export { timeApartApi } from './time-apart-api.ts';
