import { shell } from '../../../content/shell.ts';
import { LinkButton } from '../ui/button.tsx';
import { PageHeader } from '../ui/page-header.tsx';

export function NotFoundPage({ homeHref }: { homeHref: string }) {
  return (
    <>
      <PageHeader title={shell.notFound.heading} lead={shell.notFound.body} />
      <div class="actions">
        <LinkButton href={homeHref}>{shell.notFound.home}</LinkButton>
      </div>
    </>
  );
}
