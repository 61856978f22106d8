import styles from './timeline.module.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { emotionLabels, scaleWords, type Emotion } from '../../../content/checkins.ts';
import { shell } from '../../../content/shell.ts';
import { timeline as words } from '../../../content/timeline.ts';
import { formatDay } from '../../../platform/time/days.ts';
import { api } from '../../../platform/web/http.ts';
import { useLoad } from '../../../platform/web/use-action.ts';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { Seam } from '../../../platform/web/ui/seam.tsx';
import type { TimelineRange, TimelineSeries, TimelineView } from '../timeline.schema.ts';
import {
  chartStart,
  metrics,
  smooth,
  smoothingWindow,
  summarise,
  topEmotions,
} from './timeline-data.ts';

const ranges: TimelineRange[] = ['month', 'quarter', 'year', 'all'];
const labels = {
  safety: scaleWords.safety.short,
  trust: scaleWords.trust.short,
  connection: scaleWords.connection.short,
};

function whoOf(series: TimelineSeries): string {
  return series.who === 'me' ? words.you : series.name;
}

function bucketLabel(at: string, granularity: TimelineView['granularity']): string {
  return granularity === 'month' ? formatDay(at, 'month') : formatDay(at, 'medium');
}

function Chart({
  series,
  view,
  smoothed,
}: {
  series: TimelineSeries;
  view: TimelineView;
  smoothed: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');
  // The canvas takes its colours when drawn: draw again when the theme changes.
  const [theme, setTheme] = useState(0);
  useEffect(() => {
    const bump = () => setTheme((n) => n + 1);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', bump);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', bump);
    };
  }, []);
  useEffect(() => {
    let destroy: (() => void) | undefined;
    let live = true;
    const window = smoothingWindow(view.granularity);
    const values = Object.fromEntries(
      metrics.map((m) => {
        const raw = series.points.map((p) => p[m]);
        return [m, smoothed ? smooth(raw, window) : raw];
      }),
    ) as Record<(typeof metrics)[number], number[]>;
    import('./chart.ts').then(
      ({ drawChart }) => {
        if (!live || !box.current) return;
        box.current.replaceChildren();
        destroy = drawChart(box.current, {
          at: series.points.map((p) => p.at),
          values,
          labels,
          marks: view.events.map((e) => e.at),
          from: chartStart(view),
          to: view.to,
        });
        setState('drawn');
      },
      () => live && setState('failed'),
    );
    return () => {
      live = false;
      destroy?.();
    };
  }, [series, view, smoothed, theme]);
  const who = series.who === 'me' ? words.yours : words.partners(series.name);
  return (
    <figure class={styles.chart} aria-label={words.chartLabel(who)}>
      {state === 'loading' ? (
        <p class="loading" role="status">
          {words.loadingChart}
        </p>
      ) : null}
      {state === 'failed' ? <Notice tone="error">{words.chartFailed}</Notice> : null}
      <div
        ref={box}
        class={styles.chartCanvas}
        role="img"
        aria-label={`${words.chartLabel(who)}. ${words.tableShow}.`}
      />
      <figcaption class={styles.chartLegend}>
        {metrics.map((m) => (
          <span key={m} class={styles.legendItem} data-metric={m}>
            <span class={styles.legendSwatch} aria-hidden="true" />
            {labels[m]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

function DataTable({ series, view }: { series: TimelineSeries; view: TimelineView }) {
  const first =
    view.granularity === 'day'
      ? words.columns.at
      : view.granularity === 'week'
        ? words.columns.week
        : words.columns.month;
  return (
    <div
      class={styles.tableScroll}
      tabIndex={0}
      role="region"
      aria-label={words.tableCaption(whoOf(series), words.ranges[view.range])}
    >
      <table class={styles.dataTable} data-testid={`table-${series.who}`}>
        <caption>{words.tableCaption(whoOf(series), words.ranges[view.range])}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col">{words.columns.safety}</th>
            <th scope="col">{words.columns.trust}</th>
            <th scope="col">{words.columns.connection}</th>
            {view.granularity === 'day' ? null : <th scope="col">{words.columns.days}</th>}
          </tr>
        </thead>
        <tbody>
          {series.points.map((p) => (
            <tr key={p.at}>
              <th scope="row">{bucketLabel(p.at, view.granularity)}</th>
              <td>{p.safety}</td>
              <td>{p.trust}</td>
              <td>{p.connection}</td>
              {view.granularity === 'day' ? null : <td>{p.days}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Summary({ series }: { series: TimelineSeries }) {
  const summary = summarise(series.points);
  return (
    <ul class={styles.summaryList}>
      {summary.map((s) => (
        <li key={s.metric}>
          {words.summary(labels[s.metric], s.average.toLocaleString(), s.low, s.high)}
          {s.direction ? ` ${words.direction[s.direction]}` : ''}
        </li>
      ))}
    </ul>
  );
}

function Emotions({ series, view }: { series: TimelineSeries; view: TimelineView }) {
  const buckets = series.emotions.filter((b) => topEmotions(b.counts).length > 0);
  if (buckets.length === 0) return <p class="muted">{words.emotionsEmpty}</p>;
  const label = (e: string) => emotionLabels[e as Emotion] ?? e;
  return (
    <div
      class={styles.tableScroll}
      tabIndex={0}
      role="region"
      aria-label={words.emotionsCaption(
        series.who === 'me' ? words.you.toLowerCase() : series.name,
      )}
    >
      <table class={styles.dataTable}>
        <caption>
          {words.emotionsCaption(series.who === 'me' ? words.you.toLowerCase() : series.name)}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {view.emotionGranularity === 'week' ? words.columns.week : words.columns.month}
            </th>
            <th scope="col">{words.summaryHeading}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.at}>
              <th scope="row">
                {view.emotionGranularity === 'week' ? formatDay(b.at) : formatDay(b.at, 'month')}
              </th>
              <td>
                {topEmotions(b.counts)
                  .map(([e, n]) => `${label(e)} ×${n}`)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PersonSection({
  series,
  view,
  smoothed,
  showTable,
}: {
  series: TimelineSeries;
  view: TimelineView;
  smoothed: boolean;
  showTable: boolean;
}) {
  const headingId = `person-${series.who}`;
  const empty = series.points.length === 0;
  return (
    <section class={`card ${styles.timelinePerson}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{whoOf(series)}</h2>
      {series.who === 'partner' ? <p class="muted">{words.partnerNote(series.name)}</p> : null}
      {empty ? (
        <p>{series.who === 'me' ? words.empty : words.emptyPartner(series.name)}</p>
      ) : (
        <>
          <Chart series={series} view={view} smoothed={smoothed} />
          {showTable ? <DataTable series={series} view={view} /> : null}
        </>
      )}
      {/* The same, in words, one tap away: the charts of two people fit a phone (decision 140). */}
      <details class="fold">
        <summary>{words.inWordsFold}</summary>
        {empty ? null : (
          <>
            <h3>{words.summaryHeading}</h3>
            <Summary series={series} />
          </>
        )}
        <h3>
          {view.emotionGranularity === 'week' ? words.emotionsHeading : words.emotionsHeadingMonth}
        </h3>
        <Emotions series={series} view={view} />
      </details>
    </section>
  );
}

export function TimelinePage() {
  const [range, setRange] = useState<TimelineRange>('month');
  const [smoothed, setSmoothed] = useState(false);
  const [showTable, setShowTable] = useState(false);
  const load = useLoad(() => api.get<TimelineView>(`/api/v1/timeline?range=${range}`), [range]);
  const view = load.data;
  return (
    <>
      <PageHeader title={words.heading} lead={words.lead} />
      <section class="card waves" aria-label={words.waves[0]}>
        <Seam />
        {words.waves.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>
      <div class={styles.timelineControls}>
        <fieldset class={styles.rangeSwitch}>
          <legend class="field-label">{words.rangeLegend}</legend>
          <div class={styles.rangeOptions}>
            {ranges.map((r) => (
              <label
                key={r}
                class={`${styles.rangeOption}${range === r ? ` ${styles.rangeOptionChecked}` : ''}`}
              >
                <input
                  type="radio"
                  name="range"
                  value={r}
                  checked={range === r}
                  onChange={() => setRange(r)}
                />
                <span>{words.ranges[r]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label class="check-line">
          <input
            type="checkbox"
            checked={smoothed}
            onChange={(e) => setSmoothed(e.currentTarget.checked)}
            aria-describedby="smooth-hint"
          />
          <span>
            {words.smooth}
            <span id="smooth-hint" class="option-hint">
              {words.smoothHint}
            </span>
          </span>
        </label>
        <button
          type="button"
          class="btn btn--secondary"
          aria-pressed={showTable ? 'true' : 'false'}
          onClick={() => setShowTable(!showTable)}
        >
          {showTable ? words.tableHide : words.tableShow}
        </button>
      </div>
      {load.error ? <Notice tone="error">{load.error.message}</Notice> : null}
      {load.loading && !view ? (
        <p class="loading" role="status">
          {shell.loading}
        </p>
      ) : null}
      {view ? (
        <div class={styles.timelinePeople} aria-busy={load.loading ? 'true' : 'false'}>
          {view.series.map((s) => (
            <PersonSection
              key={s.who}
              series={s}
              view={view}
              smoothed={smoothed}
              showTable={showTable}
            />
          ))}
        </div>
      ) : null}
      {view ? (
        <section class="card" aria-labelledby="events-heading">
          <h2 id="events-heading">{words.eventsHeading}</h2>
          {view.events.length === 0 ? (
            <p class="muted">{words.eventsEmpty}</p>
          ) : (
            <ul class="item-list">
              {view.events.map((e) => (
                <li key={e.id} class="item">
                  <p class="item-text">
                    <span class="item-meta">
                      {view.granularity === 'month' ? formatDay(e.at, 'month') : formatDay(e.at)}
                    </span>{' '}
                    {e.label}
                    {e.count > 1 ? ` ${words.times(e.count)}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}
