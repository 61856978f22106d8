import { notices as words } from '../../../content/data-rights.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { dataRightsApi } from './data-rights-api.ts';

/** "Your partner left the shared space." Plain, calm, no reasons; put away with one press. */
export function NoticesPanel() {
  const list = useLoad(dataRightsApi.notices);
  const dismiss = useAction(dataRightsApi.dismiss);
  const notices = list.data?.notices ?? [];
  if (notices.length === 0) return null;
  return (
    <section class="card" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{words.heading}</h2>
      {notices.map((n) => (
        <div key={n.id} class="notice notice--info" role="status">
          <p>
            <strong>{n.message}</strong>
          </p>
          <p>{n.kind === 'partner_deleted' ? words.afterDeleted : words.after}</p>
          <div class="actions">
            <Button
              variant="secondary"
              busy={dismiss.busy}
              onClick={async () => {
                if ((await dismiss.run(n.id)).ok) list.reload();
              }}
            >
              {words.dismiss}
            </Button>
          </div>
        </div>
      ))}
    </section>
  );
}
