import styles from './promises.module.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { promiseActions as words, promiseList } from '../../../content/promises.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Confirm } from '../../../platform/web/ui/confirm.tsx';
import { Field } from '../../../platform/web/ui/field.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import type { PromiseActionInput } from '../promises.schema.ts';
import { toLocalInput } from '../../../platform/time/device.ts';
import { promisesApi, type PromiseView } from './promises-api.ts';

type Open = null | 'late' | 'renegotiate' | 'miss' | 'repair' | 'notice';

/** "2026-11-23T18:30" for a datetime-local input, in this device's time; empty without a time. */
const inputValue = (iso: string | null): string => (iso ? toLocalInput(new Date(iso)) : '');

/** Past its time: "I kept it" then asks whether it happened by then (decision 120). */
function isPast(dueAt: string | null): boolean {
  return dueAt !== null && Date.now() > Date.parse(dueAt);
}

export function PromiseItem({
  p,
  onChanged,
}: {
  p: PromiseView;
  onChanged: (next: PromiseView, message: string) => void;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [note, setNote] = useState('');
  const [text, setText] = useState(p.text);
  const [when, setWhen] = useState(inputValue(p.dueAt));
  const act = useAction((body: PromiseActionInput) => promisesApi.act(p.id, body));
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('textarea, input, button')?.focus();
  }, [open]);

  const run = async (body: Omit<PromiseActionInput, 'version'>, message: string) => {
    const outcome = await act.run({ ...body, version: p.version });
    if (outcome.ok) {
      setOpen(null);
      setNote('');
      onChanged(outcome.value, message);
    } else if (outcome.error?.code === 'stale_version') {
      setOpen(null);
      onChanged(await promisesApi.get(p.id), words.stale);
    }
  };
  const withNote = () => (note.trim() ? { note: note.trim() } : {});
  // The way back from every step below.
  const cancel = { no: words.cancel, noVariant: 'quiet', onNo: () => setOpen(null) } as const;

  const meta = [
    p.dueAt ? promiseList.due(formatDateTime(p.dueAt)) : null,
    p.renegotiations ? promiseList.renegotiated(p.renegotiations) : null,
    p.visibility === 'private' ? promiseList.private : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li class={`item ${styles.promise}`} id={`promise-${p.id}`} tabIndex={-1}>
      <div class="item-text">
        <p class={`item-title ${styles.promiseText}`}>
          {p.text}
          <span class={`tag ${styles.promiseStatus}`} data-status={p.status}>
            {promiseList.status[p.status]}
          </span>
        </p>
        {meta ? <p class="item-meta">{meta}</p> : null}
        {p.repair ? (
          <p class={styles.promiseRepair}>
            <strong>{promiseList.repair}</strong> {p.repair}
          </p>
        ) : null}
        {p.noticed.map((n) => (
          <p key={n.at} class={styles.promiseNoticed}>
            <strong>{n.byMe ? promiseList.noticedByMe : promiseList.noticedByPartner}</strong>
            {n.word ? `: ${n.word}` : ''}
          </p>
        ))}
        {act.error &&
        act.error.code !== 'stale_version' &&
        Object.keys(act.error.fields).length === 0 ? (
          <Notice tone="error">{act.error.message}</Notice>
        ) : null}
        <div ref={panel}>
          {open === 'late' && p.dueAt ? (
            <Confirm
              title={words.lateHeading}
              yes={words.lateYes}
              busy={act.busy}
              busyLabel={words.busy}
              onYes={() => run({ action: 'keep' }, words.done.keep)}
              more={
                <Button variant="secondary" onClick={() => setOpen('miss')}>
                  {words.lateNo}
                </Button>
              }
              {...cancel}
            >
              <p>{words.lateAsk(formatDateTime(p.dueAt))}</p>
            </Confirm>
          ) : null}
          {open === 'renegotiate' ? (
            <Confirm
              title={words.renegotiateHeading}
              yes={words.renegotiateSend}
              busy={act.busy}
              busyLabel={words.busy}
              onYes={() =>
                run(
                  {
                    action: 'renegotiate',
                    text: text.trim(),
                    dueAt: when ? new Date(when).toISOString() : null,
                    ...withNote(),
                  },
                  words.done.renegotiate,
                )
              }
              {...cancel}
            >
              <p>{words.renegotiateHint}</p>
              <TextArea
                label={words.renegotiateText}
                name="text"
                value={text}
                onInput={setText}
                error={act.error?.fields.text}
                rows={2}
              />
              <div class="field">
                <label class="field-label" for={`when-${p.id}`}>
                  {words.renegotiateWhen}
                </label>
                {act.error?.fields.dueAt ? (
                  <p class="field-error">{act.error.fields.dueAt}</p>
                ) : null}
                <input
                  id={`when-${p.id}`}
                  class={styles.promiseWhen}
                  type="datetime-local"
                  value={when}
                  onInput={(e) => setWhen(e.currentTarget.value)}
                />
              </div>
              <TextArea
                label={words.renegotiateNote}
                name="note"
                value={note}
                onInput={setNote}
                rows={2}
              />
            </Confirm>
          ) : null}
          {open === 'miss' || open === 'repair' ? (
            <Confirm
              title={open === 'miss' ? words.missHeading : words.repair}
              yes={open === 'miss' ? words.missSend : words.repairSend}
              busy={act.busy}
              busyLabel={words.busy}
              onYes={() =>
                run(
                  { action: open, ...withNote() },
                  open === 'miss' ? words.done.miss : words.done.repair,
                )
              }
              {...cancel}
            >
              <p>{words.missHint}</p>
              <TextArea
                label={open === 'miss' ? words.missNote : words.repairNote}
                name="note"
                value={note}
                onInput={setNote}
                error={act.error?.fields.note}
              />
            </Confirm>
          ) : null}
          {open === 'notice' ? (
            <Confirm
              title={words.notice}
              yes={words.noticeSend}
              busy={act.busy}
              busyLabel={words.busy}
              onYes={() => run({ action: 'notice', ...withNote() }, words.done.notice)}
              {...cancel}
            >
              <p>{words.noticeHint}</p>
              <Field
                label={words.noticeWord}
                name="word"
                value={note}
                onInput={setNote}
                error={act.error?.fields.note}
              />
            </Confirm>
          ) : null}
        </div>
        {open === null && Object.values(p.can).some(Boolean) ? (
          <div class={`actions ${styles.promiseActions}`}>
            {p.can.keep ? (
              <Button
                busy={act.busy}
                busyLabel={words.busy}
                onClick={() =>
                  isPast(p.dueAt) ? setOpen('late') : run({ action: 'keep' }, words.done.keep)
                }
              >
                {words.keep}
              </Button>
            ) : null}
            {p.can.renegotiate ? (
              <Button variant="secondary" onClick={() => setOpen('renegotiate')}>
                {p.dueAt ? words.renegotiate : words.renegotiateUntimed}
              </Button>
            ) : null}
            {p.can.miss ? (
              <Button variant="quiet" onClick={() => setOpen('miss')}>
                {words.miss}
              </Button>
            ) : null}
            {p.can.repair ? (
              <Button variant="secondary" onClick={() => setOpen('repair')}>
                {words.repair}
              </Button>
            ) : null}
            {p.can.notice ? (
              <Button onClick={() => setOpen('notice')}>{words.notice}</Button>
            ) : null}
          </div>
        ) : null}
      </div>
    </li>
  );
}
