import styles from './reflection.module.css';
import { useState } from 'preact/hooks';
import { levelWords, patternById } from '../../../content/patterns.ts';
import { reflection as words } from '../../../content/reflection.ts';
import { shell } from '../../../content/shell.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Confirm } from '../../../platform/web/ui/confirm.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { Seam } from '../../../platform/web/ui/seam.tsx';
import { PartnerShared } from './partner-shared.tsx';
import { reflectionApi, type Take } from './reflection-api.ts';
import { ReflectionForm } from './reflection-form.tsx';
import { StanceCard } from './stance-card.tsx';
import { TakeResult } from './take-result.tsx';

function History({ takes, onDeleted }: { takes: Take[]; onDeleted: () => void }) {
  const [asking, setAsking] = useState<string | null>(null);
  const remove = useAction(reflectionApi.remove);
  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{words.history.heading}</h2>
      {takes.length === 0 ? <p>{words.history.none}</p> : null}
      {remove.error ? <Notice tone="error">{remove.error.message}</Notice> : null}
      <ul class="item-list">
        {takes.map((take) => {
          const when = formatDateTime(take.takenAt);
          return (
            <li key={take.id} class="item">
              <div class="item-text">
                <p class="item-title">{words.history.item(when)}</p>
                <ul class={styles.plainList}>
                  {take.patterns.map((p) => (
                    <li key={p.pattern}>
                      {patternById(p.pattern).name}: {levelWords[p.level].short.toLowerCase()}
                    </li>
                  ))}
                </ul>
                {asking === take.id ? (
                  <Confirm
                    title={words.history.confirm}
                    yes={words.history.confirmYes}
                    yesVariant="danger"
                    busy={remove.busy}
                    onYes={async () => {
                      if ((await remove.run(take.id)).ok) {
                        setAsking(null);
                        onDeleted();
                      }
                    }}
                    no={words.history.keep}
                    onNo={() => setAsking(null)}
                  >
                    <p>{words.history.confirm}</p>
                  </Confirm>
                ) : null}
              </div>
              {asking === take.id ? null : (
                <Button
                  variant="secondary"
                  aria-label={words.history.deleteLabel(when)}
                  onClick={() => setAsking(take.id)}
                >
                  {words.history.delete}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ReflectionPage() {
  const mine = useLoad(reflectionApi.mine);
  const partner = useLoad(reflectionApi.partner);
  const [answering, setAnswering] = useState(false);

  const data = mine.data;
  const [latest, ...earlier] = data?.takes ?? [];
  return (
    <>
      <PageHeader shared title={words.heading} lead={words.lead} />
      {mine.error ? <Notice tone="error">{mine.error.message}</Notice> : null}
      {!data ? (
        mine.error ? null : (
          <p class="loading" role="status">
            {shell.loading}
          </p>
        )
      ) : answering ? (
        <ReflectionForm
          onCancel={() => setAnswering(false)}
          onDone={() => {
            setAnswering(false);
            mine.reload();
          }}
        />
      ) : (
        <>
          {latest ? (
            <TakeResult take={latest} canShare={data.canShare} onChange={() => mine.reload()} />
          ) : (
            <section class="card" aria-labelledby="intro-heading">
              <Seam />
              <h2 id="intro-heading">{words.intro.heading}</h2>
              {words.intro.body.map((p) => (
                <p key={p}>{p}</p>
              ))}
            </section>
          )}
          <div class="actions">
            <Button onClick={() => setAnswering(true)}>
              {latest ? words.intro.again : words.intro.start}
            </Button>
            {latest ? <a href="/path">{words.toPath}</a> : null}
          </div>
          <StanceCard current={data.stance} canShare={data.canShare} />
          {partner.data ? <PartnerShared view={partner.data} /> : null}
          {/* Earlier results, once there are some: nothing to list after the first. */}
          {latest && earlier.length > 0 ? (
            <History takes={earlier} onDeleted={() => mine.reload()} />
          ) : null}
        </>
      )}
    </>
  );
}
