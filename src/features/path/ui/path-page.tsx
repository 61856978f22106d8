import styles from './path.module.css';
import { path as words } from '../../../content/path.ts';
import { shell } from '../../../content/shell.ts';
import { stageById } from '../../../content/stages.ts';
import { useState } from 'preact/hooks';
import type { StageId } from '../../../content/stages.ts';
import { useLoad } from '../../../platform/web/use-action.ts';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { Seam } from '../../../platform/web/ui/seam.tsx';
import { pathApi } from './path-api.ts';
import { StageHistory } from './stage-history.tsx';
import { StageMarker } from './stage-marker.tsx';

export function PathPage({ heading }: { heading: string }) {
  const view = useLoad(pathApi.get);
  const data = view.data;
  // One stage shows its choices at a time, so seven stages fit a phone (decision 140).
  const [open, setOpen] = useState<StageId | null>(null);
  return (
    <>
      <PageHeader shared title={heading} lead={words.lead} />
      {view.error ? <Notice tone="error">{view.error.message}</Notice> : null}
      {!data ? (
        view.error ? null : (
          <p class="loading" role="status">
            {shell.loading}
          </p>
        )
      ) : (
        <>
          <section class="card focus-card" aria-labelledby="focus-heading">
            <Seam />
            <h2 id="focus-heading">{words.focusHeading}</h2>
            <p class={styles.focusStage}>
              <a href={`/path/${data.focus.stage}`}>{stageById(data.focus.stage).name}</a>
            </p>
            <p>{data.focus.reason}</p>
            <p class="muted">
              {words.reflectionLead} <a href="/reflection">{words.reflection}</a>
            </p>
          </section>
          {!data.hasSpace ? (
            <Notice>{words.noSpace}</Notice>
          ) : !data.canChange ? (
            <Notice>{words.paused}</Notice>
          ) : null}
          <section aria-labelledby="stages-heading" class="section">
            <h2 id="stages-heading">{words.stagesHeading}</h2>
            <p>{words.ownLead}</p>
            <p>{words.goingBack}</p>
            <ol class={styles.stageList}>
              {data.stages.map((state) => {
                const stage = stageById(state.stage);
                return (
                  <li
                    key={state.stage}
                    class={`card ${styles.stageItem}`}
                    data-status={state.mine.status}
                  >
                    <h3 class={styles.stageName}>
                      <span class={`muted ${styles.stageNumber}`}>
                        {words.stageNumber(stage.number)} ·{' '}
                      </span>
                      <a href={`/path/${stage.id}`}>{stage.name}</a>
                    </h3>
                    <StageMarker
                      state={state}
                      partnerName={data.partnerName}
                      canChange={data.hasSpace && data.canChange}
                      onChanged={view.reload}
                      folded={open !== state.stage}
                      onOpen={() => setOpen(state.stage)}
                    />
                  </li>
                );
              })}
            </ol>
          </section>
          {data.hasSpace ? <StageHistory changes={data.history} /> : null}
        </>
      )}
    </>
  );
}
