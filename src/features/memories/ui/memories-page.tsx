import styles from './memories.module.css';
import { useEffect, useState } from 'preact/hooks';
import {
  ideaCosts,
  ideaEnergies,
  ideaPlaces,
  ideaTimes,
  memoryIdeas,
  type MemoryIdea,
} from '../../../content/memories/ideas.ts';
import {
  ideaCostLabels,
  ideaEnergyLabels,
  ideaPlaceLabels,
  ideaTimeLabels,
  memories as words,
} from '../../../content/memories/words.ts';
import { shell } from '../../../content/shell.ts';
import { addDays } from '../../../platform/time/days.ts';
import { deviceDay } from '../../../platform/time/device.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { appendNew, usePaged } from '../../../platform/web/use-paged.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { ShowOlder } from '../../../platform/web/ui/show-older.tsx';
import { memoriesApi, type Memory, type MemoryList } from './memories-api.ts';
import { MemoryCard } from './memory-card.tsx';
import { WhenFields, whenValue } from './when-fields.tsx';

/** Ideas shown at first, and how many more each "show more" adds: the page stays short on a phone. */
const IDEAS_AT_FIRST = 3;
const IDEAS_MORE = 6;

interface Picked {
  idea: MemoryIdea;
  /** Bumped on every pick, so picking the same idea again still fills the form. */
  token: number;
}

function PlanForm({ picked, onPlanned }: { picked: Picked | null; onPlanned: () => void }) {
  const [title, setTitle] = useState('');
  const [ideaId, setIdeaId] = useState<string | undefined>(undefined);
  const [day, setDay] = useState(() => addDays(deviceDay(), 1));
  const [time, setTime] = useState('');
  const [done, setDone] = useState(false);
  const [invalid, setInvalid] = useState(0);
  useEffect(() => {
    if (!picked) return;
    setTitle(picked.idea.title);
    setIdeaId(picked.idea.id);
    setDone(false);
    // Once per pick (its token): a re-render with the same pick must not undo the person's edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [picked?.token]);
  const plan = useAction(() =>
    memoriesApi.plan({
      title,
      on: whenValue(day, time),
      ...(ideaId && title === memoryIdeas.find((i) => i.id === ideaId)?.title ? { ideaId } : {}),
    }),
  );
  const errors = plan.error?.fields ?? {};
  return (
    <section class="card" aria-labelledby="memory-plan-heading" id="memory-plan">
      <h2 id="memory-plan-heading" tabIndex={-1}>
        {words.planHeading}
      </h2>
      <Form
        error={plan.error && !errors.title && !errors.on ? plan.error.message : null}
        invalidToken={invalid}
        onSubmit={async () => {
          setDone(false);
          const result = await plan.run();
          if (result.ok) {
            setDone(true);
            setTitle('');
            setIdeaId(undefined);
            setTime('');
            onPlanned();
          } else if (result.error && Object.keys(result.error.fields).length)
            setInvalid((n) => n + 1);
        }}
      >
        <Field
          label={words.titleLabel}
          hint={words.titleHint}
          name="title"
          value={title}
          onInput={setTitle}
          error={errors.title}
        />
        <WhenFields
          day={day}
          time={time}
          onDay={setDay}
          onTime={setTime}
          error={errors.on}
          idPrefix="plan"
        />
        <div class="actions">
          <Button type="submit" busy={plan.busy} busyLabel={words.planning}>
            {words.plan}
          </Button>
        </div>
        <div role="status">{done ? <p>{words.planned}</p> : null}</div>
      </Form>
    </section>
  );
}

type Filter = { time: string; cost: string; energy: string; place: string };

function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (v: string) => void;
}) {
  return (
    <div class={`field ${styles.memoryFilter}`}>
      <label class="field-label" for={id}>
        {label}
      </label>
      <select
        id={id}
        class={styles.memorySelect}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{words.filterAny}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

function Ideas({
  canPlan,
  open,
  onOpen,
  onPick,
}: {
  canPlan: boolean;
  /** Shown at once while nothing is planned; behind a button once there are memories. */
  open: boolean;
  onOpen: () => void;
  onPick: (idea: MemoryIdea) => void;
}) {
  const [filter, setFilter] = useState<Filter>({ time: '', cost: '', energy: '', place: '' });
  const [count, setCount] = useState(IDEAS_AT_FIRST);
  const set = (key: keyof Filter) => (v: string) => setFilter((f) => ({ ...f, [key]: v }));
  const fits = memoryIdeas.filter(
    (i) =>
      (!filter.time || i.time === filter.time) &&
      (!filter.cost || i.cost === filter.cost) &&
      (!filter.energy || i.energy === filter.energy) &&
      (!filter.place || i.place === filter.place),
  );
  const shown = fits.slice(0, count);
  return (
    <section class="card" aria-labelledby="memory-ideas-heading">
      <h2 id="memory-ideas-heading">{words.ideasHeading}</h2>
      <p>{words.ideasLead}</p>
      {open ? null : (
        <Button variant="secondary" aria-expanded="false" onClick={onOpen}>
          {words.showIdeas}
        </Button>
      )}
      {open ? (
        <>
          <details class={styles.memoryFiltersBox}>
            <summary>{words.filterSummary}</summary>
            <div class={styles.memoryFilters}>
              <FilterSelect
                id="idea-time"
                label={words.filterTime}
                value={filter.time}
                options={ideaTimes.map((v) => [v, ideaTimeLabels[v]] as const)}
                onChange={set('time')}
              />
              <FilterSelect
                id="idea-cost"
                label={words.filterCost}
                value={filter.cost}
                options={ideaCosts.map((v) => [v, ideaCostLabels[v]] as const)}
                onChange={set('cost')}
              />
              <FilterSelect
                id="idea-energy"
                label={words.filterEnergy}
                value={filter.energy}
                options={ideaEnergies.map((v) => [v, ideaEnergyLabels[v]] as const)}
                onChange={set('energy')}
              />
              <FilterSelect
                id="idea-place"
                label={words.filterPlace}
                value={filter.place}
                options={ideaPlaces.map((v) => [v, ideaPlaceLabels[v]] as const)}
                onChange={set('place')}
              />
            </div>
          </details>
          <p role="status" class="muted">
            {fits.length ? words.ideasShown(fits.length) : words.ideasNone}
          </p>
          <ul class={`item-list ${styles.memoryIdeas}`}>
            {shown.map((idea) => (
              <li key={idea.id} class="item">
                <div class="item-text">
                  <p class="item-title">{idea.title}</p>
                  <p class="item-meta">{idea.how}</p>
                  <p class="item-meta">
                    {[
                      ideaTimeLabels[idea.time],
                      ideaCostLabels[idea.cost],
                      ideaEnergyLabels[idea.energy],
                      ideaPlaceLabels[idea.place],
                    ].join(' · ')}
                  </p>
                </div>
                {canPlan ? (
                  <Button variant="secondary" onClick={() => onPick(idea)}>
                    {words.pickIdeaShort}
                    <span class="visually-hidden">: {idea.title}</span>
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
          {fits.length > count ? (
            <Button variant="secondary" onClick={() => setCount((n) => n + IDEAS_MORE)}>
              {words.showMoreIdeas}
            </Button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function List({
  id,
  heading,
  items,
  view,
  onChange,
  empty,
}: {
  id: string;
  heading: string;
  items: Memory[];
  view: MemoryList;
  onChange: () => void;
  empty?: string;
}) {
  if (items.length === 0 && !empty) return null;
  return (
    <section aria-labelledby={id} class={styles.memoryList}>
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? <p class="muted">{empty}</p> : null}
      {items.map((m) => (
        <MemoryCard
          key={m.id}
          memory={m}
          partnerName={view.partnerName ?? ''}
          canShare={view.canShare}
          onChange={onChange}
        />
      ))}
    </section>
  );
}

const byWhen = (a: Memory, b: Memory) => a.on.localeCompare(b.on);

export function MemoriesPage() {
  const paged = usePaged(memoriesApi.list, (shown, older) => ({
    ...shown,
    memories: appendNew(shown.memories, older.memories),
    next: older.next,
  }));
  const [picked, setPicked] = useState<Picked | null>(null);
  // While nothing is planned the form and the ideas are open; after, each is a button away.
  const [planOpen, setPlanOpen] = useState(false);
  const [ideasOpen, setIdeasOpen] = useState(false);
  const view = paged.data;
  const empty = view?.memories.length === 0;
  const planShown = planOpen || empty;
  const ideasShown = ideasOpen || empty;
  useEffect(() => {
    if (!picked) return;
    const heading = document.getElementById('memory-plan-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
    // Once per pick (its token), not on every render that carries the same pick.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [picked?.token]);
  const waiting = view?.memories.filter((m) => !m.happened && m.status === 'proposed') ?? [];
  const coming = view?.memories.filter((m) => !m.happened && m.status === 'confirmed') ?? [];
  const past = view?.memories.filter((m) => m.happened) ?? [];
  return (
    <>
      <PageHeader shared title={words.heading} lead={words.lead} />
      {paged.error ? <Notice tone="error">{paged.error.message}</Notice> : null}
      {!view ? (
        paged.error ? null : (
          <p class="loading" role="status">
            {shell.loading}
          </p>
        )
      ) : (
        <>
          {view.canShare ? null : (
            <Notice tone="info">
              <p>{view.partnerName ? words.pausedNotice : words.aloneNotice}</p>
            </Notice>
          )}
          {view.memories.length === 0 ? (
            <section class="card" aria-labelledby="memories-empty-heading">
              <h2 id="memories-empty-heading">{words.emptyHeading}</h2>
              {words.emptyBody.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </section>
          ) : (
            <>
              <List
                id="memories-waiting"
                heading={words.waitingHeading}
                items={[...waiting].sort(byWhen)}
                view={view}
                onChange={paged.reload}
              />
              <List
                id="memories-coming"
                heading={words.plannedHeading}
                items={[...coming].sort(byWhen)}
                view={view}
                onChange={paged.reload}
              />
              <List
                id="memories-past"
                heading={words.pastHeading}
                items={[...past].sort((a, b) => byWhen(b, a))}
                view={view}
                onChange={paged.reload}
                empty={words.pastEmpty}
              />
              <ShowOlder
                older={paged.older}
                label={words.olderLabel}
                loaded={words.olderLoaded}
                countOf={(page) => page.memories.length}
                firstIdOf={(page) => page.memories[0] && `card-${page.memories[0].id}`}
              />
            </>
          )}
          {view.canShare ? (
            planShown ? (
              <PlanForm
                picked={picked}
                onPlanned={() => {
                  // The form and the ideas stay open for the one using them.
                  setPlanOpen(true);
                  setIdeasOpen(ideasShown);
                  paged.reload();
                }}
              />
            ) : (
              <div class="actions">
                <Button aria-expanded="false" onClick={() => setPlanOpen(true)}>
                  {words.planHeading}
                </Button>
              </div>
            )
          ) : null}
          <Ideas
            canPlan={view.canShare}
            open={ideasShown}
            onOpen={() => setIdeasOpen(true)}
            onPick={(idea) => {
              setPlanOpen(true);
              setPicked((p) => ({ idea, token: (p?.token ?? 0) + 1 }));
            }}
          />
        </>
      )}
    </>
  );
}
