import { exportWords as words } from '../../../content/data-rights.ts';
import { FoldSection } from '../../../platform/web/ui/fold-section.tsx';

/** Downloads of everything I wrote and everything shared with me (plain links: the server sends files). */
export function YourDataSection() {
  return (
    <FoldSection id="your-data" headingId="your-data-heading" heading={words.heading}>
      <p>{words.lead}</p>
      <div class="actions">
        <a class="btn btn--secondary" href="/api/v1/export/html" download>
          {words.html}
        </a>
        <a class="btn btn--secondary" href="/api/v1/export" download>
          {words.json}
        </a>
      </div>
      <p class="muted">{words.htmlNote}</p>
    </FoldSection>
  );
}
