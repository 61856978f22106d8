export { NoticesPanel } from './notices-panel.tsx';
export { YourDataSection } from './your-data-section.tsx';
