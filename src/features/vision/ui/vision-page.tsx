import styles from './vision.module.css';
import { useRef, useState } from 'preact/hooks';
import { areaById } from '../../../content/areas.ts';
import { shell } from '../../../content/shell.ts';
import { vision as words, visionPrompts } from '../../../content/vision.ts';
import { diffWords, withGaps } from '../../../platform/text/word-diff.ts';
import { formatDay } from '../../../platform/time/days.ts';
import { addDays } from '../../../platform/time/days.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Confirm } from '../../../platform/web/ui/confirm.tsx';
import { EmptyState } from '../../../platform/web/ui/empty-state.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import { MAX_LINE } from '../vision-limits.ts';
import { lineChanges, sameLines } from '../vision-draft.ts';
import {
  visionApi,
  type VisionLine,
  type VisionProposal,
  type VisionVersion,
  type VisionView,
} from './vision-api.ts';

type Update = (view: VisionView) => void;

/** Added and taken-out words, also read out (not only shown by colour). */
function Diff({ before, after }: { before: string; after: string }) {
  return (
    <p class={`${styles.visionLineText} ${styles.visionDiff}`}>
      {withGaps(diffWords(before, after)).map((part, i) =>
        part.kind === 'same' || part.kind === 'gap' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={i}>
            <span class="visually-hidden">{`[${words.addedWords}: `}</span>
            {part.text}
            <span class="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={i}>
            <span class="visually-hidden">{`[${words.removedWords}: `}</span>
            {part.text}
            <span class="visually-hidden">]</span>
          </del>
        ),
      )}
    </p>
  );
}

/** One line's words in a small form: a new line, new words for a line, or a rewording. */
function LineForm(props: {
  label: string;
  hint?: string;
  submit: string;
  initial?: string;
  send: (text: string) => Promise<VisionView>;
  onDone: Update;
  onCancel?: () => void;
  prompts?: boolean;
  sentNote?: string;
}) {
  const [text, setText] = useState(props.initial ?? '');
  const [sent, setSent] = useState(false);
  const [invalid, setInvalid] = useState(0);
  const [promptsOpen, setPromptsOpen] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const action = useAction(() => props.send(text));
  const fieldError = action.error?.fields.text;
  return (
    <Form
      error={action.error && !fieldError ? action.error.message : null}
      invalidToken={invalid}
      onSubmit={async () => {
        setSent(false);
        const result = await action.run();
        if (result.ok) {
          setText('');
          setSent(true);
          props.onDone(result.value);
        } else if (result.error && Object.keys(result.error.fields).length)
          setInvalid((n) => n + 1);
      }}
    >
      {props.prompts ? (
        <details open={promptsOpen} onToggle={(e) => setPromptsOpen(e.currentTarget.open)}>
          <summary>{words.promptsHeading}</summary>
          <p class="muted">{words.promptsLead}</p>
          <div class={styles.visionPrompts}>
            {visionPrompts.map((prompt) => (
              <Button
                key={prompt}
                variant="quiet"
                aria-label={words.promptUse(prompt)}
                onClick={() => {
                  // The prompt begins the line; the list folds away so the line stays in view.
                  setText(`${prompt}: `);
                  setPromptsOpen(false);
                  input.current?.focus();
                }}
              >
                {prompt}
              </Button>
            ))}
          </div>
        </details>
      ) : null}
      <TextArea
        label={props.label}
        hint={props.hint}
        name="text"
        value={text}
        onInput={setText}
        error={fieldError}
        maxLength={MAX_LINE}
        rows={2}
        inputRef={input}
      />
      <div class="actions">
        <Button type="submit" busy={action.busy} busyLabel={words.proposing}>
          {props.submit}
        </Button>
        {props.onCancel ? (
          <Button variant="secondary" onClick={props.onCancel}>
            {words.cancelEdit}
          </Button>
        ) : null}
      </div>
      {props.sentNote ? <div role="status">{sent ? <p>{props.sentNote}</p> : null}</div> : null}
    </Form>
  );
}

function pendingTitle(p: VisionProposal, name: string): string {
  if (p.isMine)
    return p.kind === 'add'
      ? words.pendingMineNew
      : p.kind === 'change'
        ? words.pendingMineChange
        : words.pendingMineRemove;
  return p.kind === 'add'
    ? words.pendingTheirsNew(name)
    : p.kind === 'change'
      ? words.pendingTheirsChange(name)
      : words.pendingTheirsRemove(name);
}

function PendingItem({
  p,
  view,
  onDone,
  onStale,
}: {
  p: VisionProposal;
  view: VisionView;
  onDone: Update;
  onStale: () => void;
}) {
  const [mode, setMode] = useState<'idle' | 'reword' | 'decline' | 'withdraw'>('idle');
  const act = useAction((call: () => Promise<VisionView>) => call());
  const run = async (call: () => Promise<VisionView>) => {
    const result = await act.run(call);
    if (result.ok) onDone(result.value);
    else if (result.error?.status === 409 || result.error?.status === 404) onStale();
  };
  const title = pendingTitle(p, view.partnerName ?? '');
  return (
    <li class={`item ${styles.visionPending}`}>
      <p class="item-title">{title}</p>
      {p.kind === 'change' && p.before !== null ? (
        <Diff before={p.before} after={p.text} />
      ) : p.kind === 'remove' ? (
        <p class={styles.visionLineText}>
          <del>{p.before ?? ''}</del>
        </p>
      ) : (
        <p class={styles.visionLineText}>{p.text}</p>
      )}
      {p.rewordOf !== null ? (
        <p class="muted">
          {words.rewordedFrom} <span class={styles.visionLineText}>{p.rewordOf}</span>
        </p>
      ) : null}
      {act.error ? <Notice tone="error">{act.error.message}</Notice> : null}
      {!view.canShare ? null : p.isMine ? (
        mode === 'withdraw' ? (
          <Confirm
            title={words.withdrawConfirm.title}
            showTitle
            yes={words.withdrawConfirm.confirm}
            onYes={() => run(() => visionApi.withdraw(p.id))}
            busy={act.busy}
            busyLabel={words.busy}
            no={words.withdrawConfirm.cancel}
            onNo={() => setMode('idle')}
          >
            <p>{words.withdrawConfirm.body}</p>
          </Confirm>
        ) : (
          <>
            <p class="muted">{words.waitingForPartner}</p>
            <div class={styles.visionLineActions}>
              <Button variant="secondary" onClick={() => setMode('withdraw')}>
                {words.withdraw}
              </Button>
            </div>
          </>
        )
      ) : mode === 'reword' ? (
        <LineForm
          label={words.rewordLabel}
          submit={words.rewordSend}
          initial={p.text}
          send={(text) => visionApi.reword(p.id, text)}
          onDone={onDone}
          onCancel={() => setMode('idle')}
        />
      ) : mode === 'decline' ? (
        <Confirm
          title={words.declineConfirm.title}
          showTitle
          yes={words.declineConfirm.confirm}
          onYes={() => run(() => visionApi.decline(p.id))}
          busy={act.busy}
          busyLabel={words.busy}
          no={words.declineConfirm.cancel}
          onNo={() => setMode('idle')}
        >
          <p>{words.declineConfirm.body}</p>
        </Confirm>
      ) : (
        <div class={styles.visionLineActions}>
          <Button
            busy={act.busy}
            busyLabel={words.busy}
            onClick={() => run(() => visionApi.accept(p.id))}
          >
            {words.accept}
          </Button>
          {p.kind === 'remove' ? null : (
            <Button variant="secondary" onClick={() => setMode('reword')}>
              {words.reword}
            </Button>
          )}
          <Button variant="secondary" onClick={() => setMode('decline')}>
            {words.decline}
          </Button>
        </div>
      )}
    </li>
  );
}

function LineItem({
  line,
  canShare,
  onDone,
  onStale,
}: {
  line: VisionLine;
  canShare: boolean;
  onDone: Update;
  onStale: () => void;
}) {
  const [mode, setMode] = useState<'idle' | 'change' | 'remove'>('idle');
  const remove = useAction(() => visionApi.propose({ lineId: line.id, remove: true }));
  return (
    <li>
      <p class={styles.visionLineText}>{line.text}</p>
      {!canShare ? null : mode === 'change' ? (
        <LineForm
          label={words.changeLabel}
          submit={words.changeSend}
          initial={line.text}
          send={(text) => visionApi.propose({ lineId: line.id, text })}
          onDone={(v) => {
            setMode('idle');
            onDone(v);
          }}
          onCancel={() => setMode('idle')}
        />
      ) : mode === 'remove' ? (
        <Confirm
          title={words.removeConfirm.title}
          showTitle
          yes={words.removeConfirm.confirm}
          onYes={async () => {
            const result = await remove.run();
            if (result.ok) {
              setMode('idle');
              onDone(result.value);
            } else if (result.error?.status === 404) onStale();
          }}
          busy={remove.busy}
          busyLabel={words.busy}
          no={words.removeConfirm.cancel}
          onNo={() => setMode('idle')}
        >
          <p>{words.removeConfirm.body}</p>
          {remove.error ? <Notice tone="error">{remove.error.message}</Notice> : null}
        </Confirm>
      ) : (
        <div class={styles.visionLineActions}>
          <Button variant="quiet" onClick={() => setMode('change')}>
            {words.changeLine}
          </Button>
          <Button variant="quiet" onClick={() => setMode('remove')}>
            {words.removeLine}
          </Button>
        </div>
      )}
    </li>
  );
}

function SignSection({
  view,
  onDone,
  onStale,
}: {
  view: VisionView;
  onDone: Update;
  onStale: () => void;
}) {
  const sign = useAction(() => visionApi.sign(view.draft));
  const latest = view.versions[0];
  const holdsDraft = latest !== undefined && sameLines(latest.lines, view.lines);
  const settled = holdsDraft && latest.ours;
  return (
    <section class="card" aria-labelledby="vision-sign-heading">
      <h2 id="vision-sign-heading">
        {settled ? words.currentHeading(latest.number) : words.signHeading}
      </h2>
      {settled ? (
        <p>{words.nothingNewToSign}</p>
      ) : holdsDraft && latest.signedByMe ? (
        <p>
          {words.signedByMe} {words.signedWaiting}
        </p>
      ) : (
        <>
          <p>
            {holdsDraft && latest.signedByPartner
              ? words.partnerSigned(view.partnerName ?? '')
              : words.signLead}
          </p>
          {sign.error ? <Notice tone="error">{sign.error.message}</Notice> : null}
          {view.canShare ? (
            <div class="actions">
              <Button
                busy={sign.busy}
                busyLabel={words.signing}
                onClick={async () => {
                  const result = await sign.run();
                  if (result.ok) onDone(result.value);
                  else if (result.error?.status === 409) onStale();
                }}
              >
                {words.sign}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

function RevisitSection({ view, onDone }: { view: VisionView; onDone: Update }) {
  const [day, setDay] = useState(view.revisit?.on ?? '');
  const save = useAction((on: string | null) => visionApi.revisit(on));
  const error = save.error?.fields.on ?? save.error?.message;
  return (
    <section class="card" aria-labelledby="vision-revisit-heading">
      <h2 id="vision-revisit-heading">{words.revisitHeading}</h2>
      <p>{words.revisitLead}</p>
      <div role="status">
        <p>
          {view.revisit
            ? words.revisitOn(formatDay(view.revisit.on, 'long'), view.revisit.setByMe)
            : words.revisitNone}
          {view.revisit?.due ? ` ${words.revisitDue}` : ''}
        </p>
      </div>
      {view.canShare ? (
        <Form
          error={error}
          onSubmit={async () => {
            const result = await save.run(day);
            if (result.ok) onDone(result.value);
          }}
        >
          <label class="review-date">
            <span class="field-label">{words.revisitLabel}</span>
            <input
              type="date"
              name="revisit"
              value={day}
              min={addDays(view.today, 1)}
              onInput={(e) => setDay(e.currentTarget.value)}
            />
          </label>
          <div class="actions">
            <Button type="submit" busy={save.busy} busyLabel={words.busy}>
              {words.revisitSave}
            </Button>
            {view.revisit ? (
              <Button
                variant="secondary"
                onClick={async () => {
                  const result = await save.run(null);
                  if (result.ok) {
                    setDay('');
                    onDone(result.value);
                  }
                }}
              >
                {words.revisitClear}
              </Button>
            ) : null}
          </div>
        </Form>
      ) : null}
    </section>
  );
}

function VersionChanges({ version, before }: { version: VisionVersion; before?: VisionVersion }) {
  if (!before) return <p class="muted">{words.versionFirst}</p>;
  const changes = lineChanges(before.lines, version.lines).filter((c) => c.kind !== 'same');
  if (changes.length === 0) return <p class="muted">{words.noChanges}</p>;
  return (
    <ul class={`${styles.visionLines} ${styles.visionChanges}`} aria-label={words.versionChanges}>
      {changes.map((c) => (
        <li key={c.id}>
          {c.kind === 'changed' ? (
            <Diff before={c.before} after={c.text} />
          ) : c.kind === 'added' ? (
            <ins>
              <span class="visually-hidden">{`[${words.addedWords}: `}</span>
              {c.text}
              <span class="visually-hidden">]</span>
            </ins>
          ) : (
            <del>
              <span class="visually-hidden">{`[${words.removedWords}: `}</span>
              {c.text}
              <span class="visually-hidden">]</span>
            </del>
          )}
        </li>
      ))}
    </ul>
  );
}

function History({ view }: { view: VisionView }) {
  if (view.versions.length === 0) return null;
  const tag = (v: VisionVersion) =>
    v.ours ? words.versionOurs : v.signedByMe ? words.versionMine : words.versionTheirs;
  return (
    <section class="card" aria-labelledby="vision-history-heading">
      <h2 id="vision-history-heading">{words.historyHeading}</h2>
      {view.versions.map((v, i) => (
        <details key={v.number} class={styles.visionVersion}>
          <summary>
            {words.versionLabel(v.number)} · {tag(v)}
          </summary>
          <ol class={styles.visionLines}>
            {v.lines.map((l) => (
              <li key={l.id}>
                <p class={styles.visionLineText}>{l.text}</p>
              </li>
            ))}
          </ol>
          <h3>{words.versionChanges}</h3>
          <VersionChanges version={v} before={view.versions[i + 1]} />
        </details>
      ))}
    </section>
  );
}

function Body({
  view,
  onDone,
  onStale,
}: {
  view: VisionView;
  onDone: Update;
  onStale: () => void;
}) {
  if (!view.hasSpace)
    return (
      <Notice tone="info">
        <p>{words.noSpaceNotice}</p>
        <p>
          <a href={areaById('space').path}>{words.noSpaceLink}</a>
        </p>
      </Notice>
    );
  const empty = view.lines.length === 0 && view.pending.length === 0;
  return (
    <>
      {view.canShare ? null : (
        <Notice tone="info">
          <p>{view.partnerName ? words.pausedNotice : words.aloneNotice}</p>
        </Notice>
      )}
      {empty ? <EmptyState heading={words.emptyHeading} body={words.emptyBody} /> : null}
      {view.pending.length ? (
        <section class="card" aria-labelledby="vision-pending-heading">
          <h2 id="vision-pending-heading">{words.pendingHeading}</h2>
          <ul class="item-list">
            {view.pending.map((p) => (
              <PendingItem key={p.id} p={p} view={view} onDone={onDone} onStale={onStale} />
            ))}
          </ul>
        </section>
      ) : null}
      {view.lines.length ? (
        <section class="card" aria-labelledby="vision-lines-heading">
          <h2 id="vision-lines-heading">{words.linesHeading}</h2>
          <p class="muted">{words.linesLead}</p>
          <ol class={styles.visionLines}>
            {view.lines.map((l) => (
              <LineItem
                key={l.id}
                line={l}
                canShare={view.canShare}
                onDone={onDone}
                onStale={onStale}
              />
            ))}
          </ol>
        </section>
      ) : null}
      {view.lines.length ? <SignSection view={view} onDone={onDone} onStale={onStale} /> : null}
      {view.canShare ? (
        <section class="card" aria-labelledby="vision-add-heading">
          <h2 id="vision-add-heading">{words.addHeading}</h2>
          <LineForm
            label={words.addLabel}
            hint={words.addHint}
            submit={words.propose}
            send={(text) => visionApi.propose({ text })}
            onDone={onDone}
            prompts
            sentNote={words.proposed}
          />
        </section>
      ) : null}
      <RevisitSection view={view} onDone={onDone} />
      <History view={view} />
    </>
  );
}

export function VisionPage() {
  const load = useLoad(visionApi.view);
  const [fresh, setFresh] = useState<VisionView | null>(null);
  const view = fresh ?? load.data;
  const stale = () => {
    setFresh(null);
    load.reload();
  };
  return (
    <>
      <PageHeader title={words.title} lead={words.lead} />
      {load.error ? <Notice tone="error">{load.error.message}</Notice> : null}
      {!view ? (
        load.error ? null : (
          <p class="loading" role="status">
            {shell.loading}
          </p>
        )
      ) : (
        <Body view={view} onDone={setFresh} onStale={stale} />
      )}
    </>
  );
}
