// What time apart offers the app's composition root for the first page; its section on "Our
// space" comes from later.ts, in a chunk of its own (decision 165).
export { timeApartApi } from './time-apart-api.ts';
