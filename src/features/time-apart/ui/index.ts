export { TimeApartSection } from './time-apart-section.tsx';
