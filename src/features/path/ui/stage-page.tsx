import styles from './path.module.css';
import { path as words } from '../../../content/path.ts';
import { shell } from '../../../content/shell.ts';
import type { StageId } from '../../../content/stages.ts';
import { stageById } from '../../../content/stages.ts';
import { useLoad } from '../../../platform/web/use-action.ts';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { ToolList } from '../../../platform/web/ui/tool-list.tsx';
import { pathApi } from './path-api.ts';
import { StageHistory } from './stage-history.tsx';
import { StageMarker } from './stage-marker.tsx';

export function StagePage({ stageId }: { stageId: StageId }) {
  const stage = stageById(stageId);
  const view = useLoad(() => pathApi.stage(stageId), [stageId]);
  const data = view.data;
  return (
    <>
      <p class={styles.backLink}>
        <a href="/path">{words.back}</a>
      </p>
      <PageHeader shared title={stage.name} lead={stage.summary} />
      <section class="card" aria-labelledby="mark-heading">
        <h2 id="mark-heading">{words.markLegend(stage.name)}</h2>
        {view.error ? <Notice tone="error">{view.error.message}</Notice> : null}
        {!data ? (
          view.error ? null : (
            <p class="loading" role="status">
              {shell.loading}
            </p>
          )
        ) : (
          <>
            {!data.hasSpace ? (
              <Notice>{words.noSpace}</Notice>
            ) : !data.canChange ? (
              <Notice>{words.paused}</Notice>
            ) : null}
            <p>{words.ownLead}</p>
            <StageMarker
              state={data.stage}
              partnerName={data.partnerName}
              canChange={data.hasSpace && data.canChange}
              onChanged={view.reload}
            />
            <p class="muted">{words.goingBack}</p>
          </>
        )}
      </section>
      <section class="section" aria-labelledby="about-heading">
        <h2 id="about-heading">{words.about}</h2>
        {stage.about.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>
      <section class="section" aria-labelledby="helps-heading">
        <h2 id="helps-heading">{words.helps}</h2>
        <ul>
          {stage.helps.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section class="section" aria-labelledby="questions-heading">
        <h2 id="questions-heading">{words.questions}</h2>
        <ul>
          {stage.questions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section class="section" aria-labelledby="tools-heading">
        <h2 id="tools-heading">{words.tools}</h2>
        <ToolList ids={stage.tools} />
      </section>
      {data?.hasSpace ? <StageHistory changes={data.history} oneStage /> : null}
    </>
  );
}
