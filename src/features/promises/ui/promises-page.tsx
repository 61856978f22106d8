import { useEffect, useState } from 'preact/hooks';
import {
  promiseForm as formWords,
  promiseList,
  promisesPage as words,
} from '../../../content/promises.ts';
import { shell } from '../../../content/shell.ts';
import { paging } from '../../../content/paging.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { appendNew, usePaged } from '../../../platform/web/use-paged.ts';
import { ShowOlder } from '../../../platform/web/ui/show-older.tsx';
import { Button } from '../../../platform/web/ui/button.tsx';
import { FoldSection } from '../../../platform/web/ui/fold-section.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import type { MakePromiseInput } from '../promises.schema.ts';
import { LedgerSection } from './ledger-section.tsx';
import { PromiseItem } from './promise-item.tsx';
import { promisesApi, type PromiseView } from './promises-api.ts';
import { PROMISE_MAX } from '../limits.ts';
import styles from './promises.module.css';

/**
 * The form folds so that the promises themselves come first on a phone (decision 140); it is open
 * for someone who has made none yet, and by its address `#make-a-promise`.
 */
function MakePromise({ onMade, open }: { onMade: (p: PromiseView) => void; open: boolean }) {
  const [text, setText] = useState('');
  const [hasTime, setHasTime] = useState(false);
  const [when, setWhen] = useState('');
  const [visibility, setVisibility] = useState<'shared' | 'private'>('shared');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [token, setToken] = useState(0);
  const make = useAction((input: MakePromiseInput) => promisesApi.make(input));
  const fields = { ...make.error?.fields, ...local };

  const submit = async () => {
    const found: Record<string, string> = {};
    if (!text.trim()) found.text = 'Say what you promise.';
    if (hasTime && (!when || new Date(when).getTime() <= Date.now()))
      found.dueAt = formWords.whenPast;
    setLocal(found);
    if (Object.keys(found).length > 0) {
      setToken((n) => n + 1);
      return;
    }
    const outcome = await make.run({
      text: text.trim(),
      visibility,
      ...(hasTime ? { dueAt: new Date(when).toISOString() } : {}),
    });
    if (outcome.ok) {
      setText('');
      setWhen('');
      setHasTime(false);
      onMade(outcome.value);
    }
  };

  return (
    <FoldSection
      id="make-a-promise"
      headingId="make-heading"
      heading={formWords.heading}
      open={open}
    >
      <Form
        onSubmit={submit}
        error={
          make.error && Object.keys(make.error.fields).length === 0 ? make.error.message : null
        }
        invalidToken={token}
        label={formWords.heading}
      >
        <TextArea
          label={formWords.text}
          name="text"
          hint={formWords.textHint}
          value={text}
          onInput={setText}
          error={fields.text}
          rows={2}
          maxLength={PROMISE_MAX}
        />
        <label class={styles.promiseChoice}>
          <input
            type="checkbox"
            checked={hasTime}
            onChange={(e) => setHasTime(e.currentTarget.checked)}
          />
          {formWords.hasTime}
        </label>
        {hasTime ? (
          <div class={`field${fields.dueAt ? ' field--invalid' : ''}`}>
            <label class="field-label" for="promise-when">
              {formWords.when}
            </label>
            <p class="field-hint" id="promise-when-hint">
              {formWords.whenHint}
            </p>
            {fields.dueAt ? (
              <p class="field-error" id="promise-when-error">
                {fields.dueAt}
              </p>
            ) : null}
            <input
              id="promise-when"
              class={styles.promiseWhen}
              type="datetime-local"
              value={when}
              onInput={(e) => setWhen(e.currentTarget.value)}
              aria-invalid={fields.dueAt ? 'true' : undefined}
              aria-describedby={
                fields.dueAt ? 'promise-when-error promise-when-hint' : 'promise-when-hint'
              }
            />
          </div>
        ) : null}
        <fieldset class={styles.promiseChoices}>
          <legend class="field-label">{formWords.visibility}</legend>
          <label class={styles.promiseChoice}>
            <input
              type="radio"
              name="visibility"
              checked={visibility === 'shared'}
              onChange={() => setVisibility('shared')}
            />
            <span>
              {formWords.shared} <span class="muted">— {formWords.sharedHint}</span>
            </span>
          </label>
          <label class={styles.promiseChoice}>
            <input
              type="radio"
              name="visibility"
              checked={visibility === 'private'}
              onChange={() => setVisibility('private')}
            />
            <span>
              {formWords.private} <span class="muted">— {formWords.privateHint}</span>
            </span>
          </label>
        </fieldset>
        {make.error?.code === 'no_space' ? <Notice>{words.noSpace}</Notice> : null}
        <div class="actions">
          <Button type="submit" busy={make.busy} busyLabel={formWords.busy}>
            {formWords.send}
          </Button>
        </div>
      </Form>
    </FoldSection>
  );
}

function PromiseList({
  heading,
  id,
  items,
  empty,
  onChanged,
  allDone = false,
}: {
  heading: string;
  id: string;
  items: PromiseView[];
  empty: string;
  onChanged: (p: PromiseView, m: string) => void;
  /** Every finished promise at once (older ones were asked for). */
  allDone?: boolean;
}) {
  const [showMore, setShowAll] = useState(false);
  const showAll = showMore || allDone;
  const open = items.filter((p) => p.status === 'open' || p.can.notice || p.can.repair);
  const done = items.filter((p) => !open.includes(p));
  const shownDone = showAll ? done : done.slice(0, 5);
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? <p class="muted">{empty}</p> : null}
      {open.length > 0 ? (
        <ul class="item-list">
          {open.map((p) => (
            <PromiseItem key={`${p.id}:${p.version}`} p={p} onChanged={onChanged} />
          ))}
        </ul>
      ) : null}
      {done.length > 0 ? (
        <>
          {open.length > 0 ? (
            <h3 class={styles.promiseSubheading}>{promiseList.doneHeading}</h3>
          ) : null}
          <ul class="item-list">
            {shownDone.map((p) => (
              <PromiseItem key={`${p.id}:${p.version}`} p={p} onChanged={onChanged} />
            ))}
          </ul>
          {done.length > shownDone.length ? (
            <Button variant="quiet" onClick={() => setShowAll(true)}>
              {promiseList.more}
            </Button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function newestNoticeOnMine(mine: PromiseView[] | undefined): string | null {
  let newest: string | null = null;
  for (const p of mine ?? [])
    for (const n of p.noticed) if (!n.byMe && (newest === null || n.at > newest)) newest = n.at;
  return newest;
}

export function PromisesPage() {
  const list = usePaged(promisesApi.list, (shown, older) => ({
    mine: appendNew(shown.mine, older.mine),
    partner: appendNew(shown.partner, older.partner),
    next: older.next,
  }));
  // A promise changed on an older page: the answer to the change is the newest word on it.
  const [fresh, setFresh] = useState<Record<string, PromiseView>>({});
  const latest = (items: PromiseView[]) =>
    items.map((p) => (fresh[p.id] && fresh[p.id]!.version > p.version ? fresh[p.id]! : p));
  const olderShown = list.older.pages > 0;
  const ledger = useLoad(() => promisesApi.ledger(12));
  const [message, setMessage] = useState<string | null>(null);
  // Today links to one promise as /promises#promise-<id>: bring it into view once it is here.
  const loaded = list.data !== undefined;
  useEffect(() => {
    if (!loaded || !location.hash.startsWith('#promise-')) return;
    document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'center' });
  }, [loaded]);
  // Seeing my promises here is seeing my partner's "I noticed" on them: Today stops listing
  // them, up to the newest one this list showed (a later one stays until it is shown too).
  const newestNotice = newestNoticeOnMine(list.data?.mine);
  useEffect(() => {
    if (newestNotice) void promisesApi.noticesSeen(newestNotice).catch(() => {});
  }, [newestNotice]);
  const changed = (p: PromiseView, text: string) => {
    setFresh((known) => ({ ...known, [p.id]: p }));
    setMessage(text);
    list.reload();
    ledger.reload();
  };
  return (
    <>
      <PageHeader shared title={words.heading} lead={words.lead} />
      {message ? <Notice tone="success">{message}</Notice> : null}
      <MakePromise
        onMade={(p) => changed(p, formWords.done)}
        open={list.data !== undefined && list.data.mine.length === 0}
      />
      {list.error ? <Notice tone="error">{list.error.message}</Notice> : null}
      {!list.data && !list.error ? (
        <p class="loading" role="status">
          {shell.loading}
        </p>
      ) : null}
      {list.data ? (
        <>
          <PromiseList
            heading={promiseList.mineHeading}
            id="mine-heading"
            items={latest(list.data.mine)}
            allDone={olderShown}
            empty={promiseList.emptyMine}
            onChanged={changed}
          />
          <PromiseList
            heading={promiseList.partnerHeading}
            id="partner-heading"
            items={latest(list.data.partner)}
            allDone={olderShown}
            empty={promiseList.emptyPartner}
            onChanged={changed}
          />
          <ShowOlder
            older={list.older}
            label={paging.promises.label}
            loaded={paging.promises.loaded}
            countOf={(page) => page.mine.length + page.partner.length}
            firstIdOf={(page) => {
              const first = page.mine[0] ?? page.partner[0];
              return first && `promise-${first.id}`;
            }}
          />
        </>
      ) : null}
      <LedgerSection data={ledger.data} error={ledger.error} onChanged={ledger.reload} />
    </>
  );
}
