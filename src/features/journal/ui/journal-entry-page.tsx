import styles from './journal.module.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  emotionLabels,
  emotions,
  journal as words,
  journalPrompts,
  type Emotion,
} from '../../../content/journal.ts';
import { shell } from '../../../content/shell.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { handOff } from '../../../platform/web/handoff.ts';
import { navigate } from '../../../platform/web/navigation.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button, LinkButton } from '../../../platform/web/ui/button.tsx';
import { DeleteCard } from '../../../platform/web/ui/delete-card.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import { journalApi, type JournalEntry } from './journal-api.ts';

function Feelings({ value, onChange }: { value: Emotion[]; onChange: (next: Emotion[]) => void }) {
  return (
    <fieldset class={styles.feelings}>
      <legend class="field-label">{words.emotionsLegend}</legend>
      <div class={styles.feelingsOptions}>
        {emotions.map((e) => {
          const on = value.includes(e);
          return (
            <label key={e} class={`${styles.feeling}${on ? ` ${styles.feelingOn}` : ''}`}>
              <input
                type="checkbox"
                checked={on}
                onChange={() => onChange(on ? value.filter((x) => x !== e) : [...value, e])}
              />
              <span>{emotionLabels[e]}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

function ShareExcerpt({
  bodyRef,
  body,
}: {
  bodyRef: { current: HTMLTextAreaElement | null };
  body: string;
}) {
  const [excerpt, setExcerpt] = useState('');
  const [error, setError] = useState<string | undefined>();
  const send = (target: 'letter' | 'talk') => {
    const text = excerpt.trim();
    if (!text) {
      setError(words.shareEmpty);
      return;
    }
    // A copy: the entry itself is untouched and stays private.
    handOff(target, text);
    navigate(target === 'letter' ? '/letters/new' : '/talk');
  };
  const takeSelection = () => {
    const el = bodyRef.current;
    if (el && el.selectionEnd > el.selectionStart)
      setExcerpt(body.slice(el.selectionStart, el.selectionEnd));
  };
  return (
    <section class="card" aria-labelledby="share-heading">
      <h2 id="share-heading">{words.shareHeading}</h2>
      <p>{words.shareBody}</p>
      <div class="actions">
        <Button variant="secondary" onMouseDown={(e) => e.preventDefault()} onClick={takeSelection}>
          {words.useSelection}
        </Button>
      </div>
      <TextArea
        label={words.shareLabel}
        hint={words.shareHint}
        name="excerpt"
        value={excerpt}
        onInput={(v) => {
          setExcerpt(v);
          setError(undefined);
        }}
        error={error}
        rows={3}
      />
      <div class="actions">
        <Button variant="secondary" onClick={() => send('letter')}>
          {words.shareToLetter}
        </Button>
        <Button variant="secondary" onClick={() => send('talk')}>
          {words.shareToTalk}
        </Button>
      </div>
    </section>
  );
}

function EntryForm({ entry }: { entry: JournalEntry | null }) {
  const [body, setBody] = useState(entry?.body ?? '');
  const [promptId, setPromptId] = useState<string>(entry?.promptId ?? '');
  const [feelings, setFeelings] = useState<Emotion[]>((entry?.emotions ?? []) as Emotion[]);
  const [saved, setSaved] = useState(false);
  const [invalid, setInvalid] = useState(0);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const save = useAction(() => {
    const input = { body, promptId: promptId || null, emotions: feelings };
    return entry ? journalApi.update(entry.id, input) : journalApi.create(input);
  });
  const prompt = journalPrompts.find((p) => p.id === promptId);
  const fieldError = save.error?.fields.body;

  return (
    <>
      {saved ? <Notice tone="success">{words.saved}</Notice> : null}
      <Form
        error={save.error && !fieldError ? save.error.message : null}
        invalidToken={invalid}
        onSubmit={async () => {
          setSaved(false);
          const outcome = await save.run();
          if (outcome.ok) {
            setSaved(true);
            if (!entry) navigate(`/journal/${outcome.value.id}`);
          } else if (outcome.error?.fields.body) setInvalid((n) => n + 1);
        }}
      >
        <div class="field">
          <label class="field-label" for="journal-prompt">
            {words.promptLabel}
          </label>
          <select
            id="journal-prompt"
            class={styles.select}
            value={promptId}
            onChange={(e) => setPromptId(e.currentTarget.value)}
          >
            <option value="">{words.promptNone}</option>
            {journalPrompts.map((p) => (
              <option key={p.id} value={p.id}>
                {p.text}
              </option>
            ))}
          </select>
        </div>
        <TextArea
          label={prompt ? prompt.text : words.bodyLabel}
          hint={words.bodyHint}
          name="body"
          value={body}
          onInput={(v) => {
            setBody(v);
            setSaved(false);
          }}
          error={fieldError}
          rows={10}
          inputRef={bodyRef}
        />
        <Feelings value={feelings} onChange={setFeelings} />
        <div class="actions">
          <Button type="submit" busy={save.busy} busyLabel={words.saving}>
            {words.save}
          </Button>
          <LinkButton href="/journal" variant="quiet">
            {words.back}
          </LinkButton>
        </div>
      </Form>
      {entry ? (
        <>
          <ShareExcerpt bodyRef={bodyRef} body={body} />
          <DeleteCard
            headingId="delete-heading"
            words={words}
            remove={() => journalApi.remove(entry.id)}
            onDeleted={() => navigate('/journal')}
          />
        </>
      ) : null}
    </>
  );
}

export function JournalEntryPage({ id }: { id: string | null }) {
  const loaded = useLoad(() => (id ? journalApi.get(id) : Promise.resolve(null)), [id]);
  useEffect(() => window.scrollTo(0, 0), [id]);
  const entry = loaded.data ?? null;
  return (
    <>
      <PageHeader
        title={id ? words.editTitle : words.newTitle}
        lead={
          entry
            ? `${words.written(formatDateTime(entry.createdAt))}. ${words.privateNote}`
            : words.privateNote
        }
      />
      {loaded.error ? (
        <>
          <Notice tone="error">
            {loaded.error.status === 404 ? words.notFound : loaded.error.message}
          </Notice>
          <LinkButton href="/journal" variant="secondary">
            {words.back}
          </LinkButton>
        </>
      ) : loaded.loading ? (
        <p class="loading" role="status">
          {shell.loading}
        </p>
      ) : (
        <EntryForm key={entry?.id ?? 'new'} entry={entry} />
      )}
    </>
  );
}
