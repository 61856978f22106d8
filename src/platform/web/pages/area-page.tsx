import type { Area } from '../../../content/areas.ts';
import { notBuiltYet } from '../../../content/areas.ts';
import { EmptyState } from '../ui/empty-state.tsx';
import { PageHeader } from '../ui/page-header.tsx';

/** A place whose screens are not built yet: what will live there, honestly. */
export function AreaPage({ area }: { area: Area }) {
  return (
    <>
      <PageHeader title={area.heading} />
      {area.empty ? (
        <EmptyState heading={area.empty.heading} body={area.empty.body} note={notBuiltYet} />
      ) : null}
    </>
  );
}
