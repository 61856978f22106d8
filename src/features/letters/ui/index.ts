// What letters offer the app's composition root (loaded lazily).
export { LettersPage } from './letters-page.tsx';
export { LetterPage, NewLetterPage } from './letter-page.tsx';
