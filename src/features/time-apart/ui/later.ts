// Time apart's section on "Our space", for the app's screen loaded in a chunk of its own
// (decision 165). Never import this from the first page's modules.
export { TimeApartSection } from './time-apart-section.tsx';
