import styles from './reflection.module.css';
import { useState } from 'preact/hooks';
import { levelWords, patternById } from '../../../content/patterns.ts';
import { reflection as words } from '../../../content/reflection.ts';
import { shell } from '../../../content/shell.ts';
import { useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { EarlierList } from '../../../platform/web/ui/earlier-list.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { Seam } from '../../../platform/web/ui/seam.tsx';
import { PartnerShared } from './partner-shared.tsx';
import { reflectionApi } from './reflection-api.ts';
import { ReflectionForm } from './reflection-form.tsx';
import { StanceCard } from './stance-card.tsx';
import { TakeResult } from './take-result.tsx';

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
            <EarlierList
              headingId="history-heading"
              words={words.history}
              items={earlier}
              detail={(take) => (
                <ul class={styles.plainList}>
                  {take.patterns.map((p) => (
                    <li key={p.pattern}>
                      {patternById(p.pattern).name}: {levelWords[p.level].short.toLowerCase()}
                    </li>
                  ))}
                </ul>
              )}
              remove={reflectionApi.remove}
              onDeleted={() => mine.reload()}
            />
          ) : null}
        </>
      )}
    </>
  );
}
