// The account page (its sections inside it), for the app's account screen, which is loaded in a
// chunk of its own (decision 165). Never import this from the first page's modules.
export { AccountPage } from './account-page.tsx';
