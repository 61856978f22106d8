// The agreement screens, loaded on demand by lazy.tsx so they stay out of the first page's JS.
export { AgreementsPage } from './agreements-page.tsx';
export { AgreementPage } from './agreement-page.tsx';
