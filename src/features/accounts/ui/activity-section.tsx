import { activityWords as words } from '../../../content/data-rights.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { FoldSection } from '../../../platform/web/ui/fold-section.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { accountSafetyApi, type ActivityItem } from './account-safety-api.ts';

function ActivityList({ items }: { items: ActivityItem[] }) {
  return (
    <ul class="item-list">
      {items.map((item) => (
        <li key={item.id} class="item">
          <div class="item-text">
            <p class="item-title">
              {words.kinds[item.kind]}
              {item.via
                ? `${item.kind === 'new_device_signed_in' ? ',' : ''} ${words.via[item.via]}`
                : ''}
            </p>
            <p class="item-meta">
              {formatDateTime(item.at)} · {item.device}
              {item.isThisDevice ? ` (${words.thisDevice})` : ''}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** What happened while I was away: shown after signing in, until I say I've seen it. */
export function NewActivityNotice() {
  const activity = useLoad(accountSafetyApi.activity);
  const seen = useAction(accountSafetyApi.markSeen);
  const fresh = activity.data?.items.filter((i) => i.isNew) ?? [];
  if (fresh.length === 0) return null;
  return (
    <section class="card" aria-labelledby="new-activity-heading">
      <h2 id="new-activity-heading">{words.newHeading}</h2>
      <p>{words.newLead}</p>
      <ActivityList items={fresh} />
      <div class="actions">
        <Button
          variant="secondary"
          busy={seen.busy}
          onClick={async () => {
            if ((await seen.run()).ok) activity.reload();
          }}
        >
          {words.seen}
        </Button>
      </div>
    </section>
  );
}

/** The owner's own account activity, on the account page. */
export function ActivitySection() {
  const activity = useLoad(accountSafetyApi.activity);
  const items = activity.data?.items ?? [];
  return (
    <FoldSection id="activity" headingId="activity-heading" heading={words.heading}>
      <p>{words.lead}</p>
      {activity.error ? <Notice tone="error">{activity.error.message}</Notice> : null}
      {activity.data && items.length === 0 ? <p class="muted">{words.empty}</p> : null}
      {items.length > 0 ? <ActivityList items={items} /> : null}
    </FoldSection>
  );
}
