import { shell } from '../../../content/shell.ts';
import { useAction } from '../use-action.ts';
import { Button } from '../ui/button.tsx';
import { PageHeader } from '../ui/page-header.tsx';

/** Shown when we could not reach the server to learn who is signed in. */
export function UnreachablePage({ onRetry }: { onRetry: () => Promise<void> }) {
  const retry = useAction(onRetry);
  const words = shell.unreachable;
  return (
    <>
      <PageHeader title={words.heading} lead={words.body} />
      <div class="actions">
        <Button onClick={() => retry.run()} busy={retry.busy}>
          {words.retry}
        </Button>
        <a href="/support">{words.support}</a>
      </div>
    </>
  );
}
