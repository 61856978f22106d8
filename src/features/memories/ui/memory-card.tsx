import styles from './memories.module.css';
import { useState } from 'preact/hooks';
import { memories as words } from '../../../content/memories/words.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { formatDay } from '../../../platform/time/days.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Confirm } from '../../../platform/web/ui/confirm.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { memoriesApi, type Memory } from './memories-api.ts';
import { WhenFields, whenValue } from './when-fields.tsx';

/** When, as a person says it: "Sat 5 Dec 2026, the whole day" or "5 Dec 2026, 18:30". */
export const whenText = (m: Memory) =>
  m.allDay ? `${formatDay(m.on, 'full')}, ${words.allDay}` : formatDateTime(m.on);

interface CardProps {
  memory: Memory;
  partnerName: string;
  canShare: boolean;
  onChange: () => void;
}

function Status({ memory, partnerName }: { memory: Memory; partnerName: string }) {
  if (memory.status === 'confirmed') return <span class="tag">{words.confirmedTag}</span>;
  if (memory.waitingForMe) return <p>{words.waitingForMe(partnerName)}</p>;
  if (memory.proposedBy === 'me')
    return <p class="muted">{words.waitingForPartner(partnerName)}</p>;
  return null;
}

function SuggestForm({ memory, onDone }: { memory: Memory; onDone: (changed: boolean) => void }) {
  const [day, setDay] = useState(memory.allDay ? memory.on : '');
  const [time, setTime] = useState('');
  const [invalid, setInvalid] = useState(0);
  const suggest = useAction(() => memoriesApi.suggest(memory.id, { on: whenValue(day, time) }));
  const errors = suggest.error?.fields ?? {};
  return (
    <Form
      label={words.suggestHeading}
      error={suggest.error && !errors.on ? suggest.error.message : null}
      invalidToken={invalid}
      onSubmit={async () => {
        const result = await suggest.run();
        if (result.ok) onDone(true);
        else if (result.error?.fields.on) setInvalid((n) => n + 1);
      }}
    >
      <WhenFields
        day={day}
        time={time}
        onDay={setDay}
        onTime={setTime}
        error={errors.on}
        idPrefix={`suggest-${memory.id}`}
      />
      <div class="actions">
        <Button type="submit" busy={suggest.busy} busyLabel={words.suggesting}>
          {words.suggest}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {words.cancelSuggest}
        </Button>
      </div>
    </Form>
  );
}

function KeepLine({ memory, onChange }: { memory: Memory; onChange: () => void }) {
  const [text, setText] = useState(memory.lines.mine ?? '');
  const [editing, setEditing] = useState(memory.lines.mine === null);
  const [saved, setSaved] = useState(false);
  const [invalid, setInvalid] = useState(0);
  const save = useAction(() => memoriesApi.keepLine(memory.id, { text }));
  const errors = save.error?.fields ?? {};
  if (!editing)
    return (
      <>
        <p class={styles.memoryLine}>{memory.lines.mine}</p>
        <div role="status">{saved ? <p class="muted">{words.keepSaved}</p> : null}</div>
        <Button variant="quiet" onClick={() => setEditing(true)}>
          {words.keepEdit}
        </Button>
      </>
    );
  return (
    <Form
      error={save.error && !errors.text ? save.error.message : null}
      invalidToken={invalid}
      onSubmit={async () => {
        const result = await save.run();
        if (result.ok) {
          setSaved(true);
          setEditing(false);
          onChange();
        } else if (result.error?.fields.text) setInvalid((n) => n + 1);
      }}
    >
      <Field
        label={words.keepLabel}
        hint={words.keepHint}
        name="line"
        value={text}
        onInput={setText}
        error={errors.text}
      />
      <div class="actions">
        <Button type="submit" busy={save.busy} busyLabel={words.keepSaving}>
          {words.keepSave}
        </Button>
      </div>
    </Form>
  );
}

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable'));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });

function Photo({ memory, partnerName, canShare, onChange }: CardProps) {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const add = useAction(async (chosen: File) =>
    memoriesApi.addPhoto(memory.id, await readAsDataUrl(chosen)),
  );
  const remove = useAction(() => memoriesApi.removePhoto(memory.id));
  const inputId = `photo-${memory.id}`;
  const photo = memory.photo;
  return (
    <div class={styles.memoryPhoto}>
      <h4>{words.photoHeading}</h4>
      {photo ? (
        <>
          <img
            src={memoriesApi.photoUrl(memory.id)}
            alt={words.photoAlt(memory.title)}
            width={photo.width}
            height={photo.height}
            loading="lazy"
          />
          <p class="muted">{photo.byMe ? words.photoByMe : words.photoByPartner(partnerName)}</p>
          {photo.byMe && canShare ? (
            removing ? (
              <Confirm
                title={words.photoRemoveTitle}
                showTitle
                yes={words.photoRemoveYes}
                yesVariant="danger"
                busy={remove.busy}
                busyLabel={words.photoRemoving}
                onYes={async () => {
                  const result = await remove.run();
                  if (result.ok) {
                    setRemoving(false);
                    onChange();
                  }
                }}
                no={words.photoRemoveNo}
                onNo={() => setRemoving(false)}
              >
                <p>{words.photoRemoveBody}</p>
                {remove.error ? <Notice tone="error">{remove.error.message}</Notice> : null}
              </Confirm>
            ) : (
              <Button variant="quiet" onClick={() => setRemoving(true)}>
                {words.photoRemove}
              </Button>
            )
          ) : null}
        </>
      ) : canShare ? (
        <Form
          error={problem ?? add.error?.message ?? null}
          onSubmit={async () => {
            setProblem(null);
            if (!file) return setProblem(words.photoChoose);
            if (file.size > 5 * 1024 * 1024) return setProblem(words.photoTooBig);
            const result = await add.run(file);
            if (result.ok) {
              setFile(null);
              onChange();
            }
          }}
        >
          <div class="field">
            <label class="field-label" for={inputId}>
              {words.photoLabel}
            </label>
            <p class="field-hint" id={`${inputId}-hint`}>
              {words.photoHint}
            </p>
            <input
              id={inputId}
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif,image/avif,image/heic,image/heif"
              aria-describedby={`${inputId}-hint`}
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          </div>
          <div class="actions">
            <Button type="submit" variant="secondary" busy={add.busy} busyLabel={words.photoAdding}>
              {words.photoAdd}
            </Button>
          </div>
        </Form>
      ) : null}
    </div>
  );
}

function Remembering(props: CardProps) {
  const { memory, partnerName, canShare, onChange } = props;
  return (
    <>
      <h4>{words.keepHeading}</h4>
      <dl class={styles.memoryLines}>
        <dt>{words.keepMine}</dt>
        <dd>
          {canShare ? (
            <KeepLine memory={memory} onChange={onChange} />
          ) : (
            (memory.lines.mine ?? <span class="muted">{words.keepNone}</span>)
          )}
        </dd>
        <dt>{words.keepPartner(partnerName)}</dt>
        <dd>
          {memory.lines.partner ?? (
            <span class="muted">{words.keepPartnerNotYet(partnerName)}</span>
          )}
        </dd>
      </dl>
      {memory.photo || canShare ? <Photo {...props} /> : null}
    </>
  );
}

/** One memory: when, whose turn, the answers it allows, and once it happened, the lines and photo. */
export function MemoryCard(props: CardProps) {
  const { memory, partnerName, canShare, onChange } = props;
  const [suggesting, setSuggesting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const confirm = useAction(() => memoriesApi.confirm(memory.id));
  const cancel = useAction(() => memoriesApi.cancel(memory.id));
  const headingId = `memory-${memory.id}`;
  // Called off only by its planner, and never once it holds the partner's line or photo.
  const canCancel =
    canShare &&
    memory.plannedByMe &&
    memory.lines.partner === null &&
    (memory.photo === null || memory.photo.byMe);
  return (
    <article class={`card ${styles.memory}`} aria-labelledby={headingId} id={`card-${memory.id}`}>
      <h3 id={headingId} class={styles.memoryTitle}>
        {memory.title}
      </h3>
      <p class={styles.memoryWhen}>{whenText(memory)}</p>
      <Status memory={memory} partnerName={partnerName} />
      {confirm.error ? <Notice tone="error">{confirm.error.message}</Notice> : null}
      {memory.happened ? (
        <Remembering {...props} />
      ) : (
        <>
          {canShare && !suggesting ? (
            <div class="actions">
              {memory.waitingForMe ? (
                <Button
                  busy={confirm.busy}
                  busyLabel={words.confirming}
                  onClick={async () => {
                    const result = await confirm.run();
                    if (result.ok) onChange();
                  }}
                >
                  {words.confirm}
                </Button>
              ) : null}
              {memory.waitingForMe || memory.status === 'confirmed' ? (
                <Button variant="secondary" onClick={() => setSuggesting(true)}>
                  {words.suggestOther}
                </Button>
              ) : null}
            </div>
          ) : null}
          {suggesting ? (
            <SuggestForm
              memory={memory}
              onDone={(changed) => {
                setSuggesting(false);
                if (changed) onChange();
              }}
            />
          ) : null}
          {
            <div class={styles.memoryCalendar}>
              <a class="btn btn--secondary" href={memoriesApi.calendarUrl(memory.id)} download>
                {words.calendar}
              </a>
              <p class="muted">
                {words.calendarHint}{' '}
                <a href={memoriesApi.calendarUrl(memory.id, true)} download>
                  {words.calendarWithTitle}
                </a>
              </p>
            </div>
          }
        </>
      )}
      {canCancel ? (
        cancelling ? (
          <Confirm
            title={words.removeTitle}
            showTitle
            yes={words.removeYes}
            yesVariant="danger"
            busy={cancel.busy}
            busyLabel={words.removing}
            onYes={async () => {
              const result = await cancel.run();
              if (result.ok) onChange();
            }}
            no={words.removeNo}
            onNo={() => setCancelling(false)}
          >
            <p>{words.removeBody}</p>
            {cancel.error ? <Notice tone="error">{cancel.error.message}</Notice> : null}
          </Confirm>
        ) : (
          <Button variant="quiet" onClick={() => setCancelling(true)}>
            {words.remove}
          </Button>
        )
      ) : null}
    </article>
  );
}
