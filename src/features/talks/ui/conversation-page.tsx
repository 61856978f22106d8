import styles from './talks.module.css';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { shell } from '../../../content/shell.ts';
import { talk as words } from '../../../content/talks.ts';
import type { ApiError } from '../../../platform/web/api.ts';
import { formatDateTime } from '../../../platform/web/format.ts';
import { takeHandoff } from '../../../platform/web/handoff.ts';
import { asApiError } from '../../../platform/web/use-action.ts';
import { Button, LinkButton } from '../../../platform/web/ui/button.tsx';
import { Confirm } from '../../../platform/web/ui/confirm.tsx';
import { ChoiceGroup } from '../../../platform/web/ui/choice-group.tsx';
import {
  DateTimeField,
  fromLocalInput,
  toLocalInput,
} from '../../../platform/web/ui/date-time-field.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import { questionForRound } from '../../../content/talk-questions.ts';
import { questionOf } from './talk-page.tsx';
import { talksApi, type Conversation } from './talks-api.ts';
import { useLive } from '../../../platform/web/use-live.ts';

type Turn = Conversation['turns'][number];

function nameOf(c: Conversation, personId: string): string {
  const p = c.people.find((x) => x.id === personId);
  return p?.isMe ? words.you : (p?.displayName ?? '');
}

function RoleBanner({ c, me }: { c: Conversation; me: string }) {
  const partner = nameOf(c, c.people.find((p) => !p.isMe)?.id ?? '');
  const speaking = c.speakerId === me;
  const next = c.next;
  let stepText = '';
  if (next) {
    if (next.does === 'answer')
      stepText = next.isMe ? words.steps.speakMine : words.steps.speakTheirs(partner);
    if (next.does === 'reflect')
      stepText = next.isMe ? words.steps.reflectMine(partner) : words.steps.reflectTheirs(partner);
    if (next.does === 'confirm')
      stepText = next.isMe ? words.steps.confirmMine(partner) : words.steps.confirmTheirs(partner);
  }
  return (
    <section
      class={`${styles.talkRole}${next?.isMe ? ` ${styles.talkRoleMine}` : ''}`}
      aria-labelledby="role-heading"
    >
      <h2 id="role-heading" class={styles.talkRoleName}>
        {speaking ? words.roleSpeaker : words.roleListener}
      </h2>
      <p class="item-meta">{words.round(c.round)}</p>
      {stepText ? (
        <p class={styles.talkRoleStep} data-testid="next-step">
          {next?.isMe ? <strong>{words.yourStep} </strong> : null}
          {stepText}
        </p>
      ) : null}
    </section>
  );
}

function PauseBanner({
  c,
  onResume,
  busy,
}: {
  c: Conversation;
  onResume: () => void;
  busy: boolean;
}) {
  if (!c.pause) return null;
  const when = formatDateTime(c.pause.until);
  const partner = nameOf(c, c.pause.byId);
  return (
    <section class={styles.talkPause} aria-labelledby="pause-heading">
      <h2 id="pause-heading">
        {c.pause.isMine ? words.pause.mineHeading : words.pause.theirsHeading(partner)}
      </h2>
      <p>{c.pause.isMine ? words.pause.mine(when) : words.pause.theirs(partner, when)}</p>
      {c.pause.isMine ? (
        <Button variant="secondary" busy={busy} onClick={onResume}>
          {words.pause.endEarly}
        </Button>
      ) : null}
    </section>
  );
}

type PauseChoice = 'in15' | 'in60' | 'tomorrow' | 'custom';

function untilFor(choice: PauseChoice, custom: string): string | null {
  const now = Date.now();
  if (choice === 'in15') return new Date(now + 15 * 60_000).toISOString();
  if (choice === 'in60') return new Date(now + 60 * 60_000).toISOString();
  if (choice === 'tomorrow') {
    const d = new Date(now + 86_400_000);
    d.setHours(Math.max(d.getHours(), 9), 0, 0, 0);
    return d.toISOString();
  }
  return fromLocalInput(custom);
}

function PauseForm({
  onPause,
  onCancel,
  busy,
  error,
}: {
  onPause: (until: string) => void;
  onCancel: () => void;
  busy: boolean;
  error?: string | undefined;
}) {
  const [choice, setChoice] = useState<PauseChoice>('in15');
  const [custom, setCustom] = useState(toLocalInput(new Date(Date.now() + 30 * 60_000)));
  const [problem, setProblem] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="card" aria-labelledby="pause-form-heading">
      <h2 id="pause-form-heading" tabIndex={-1} ref={heading}>
        {words.pause.heading}
      </h2>
      <p>{words.pause.body}</p>
      <ChoiceGroup
        legend={words.pause.whenLegend}
        options={[
          { value: 'in15', label: words.pause.in15 },
          { value: 'in60', label: words.pause.in60 },
          { value: 'tomorrow', label: words.pause.tomorrow },
          { value: 'custom', label: words.pause.custom },
        ]}
        value={choice}
        onChange={setChoice}
      />
      {choice === 'custom' ? (
        <DateTimeField
          label={words.pause.timeLabel}
          name="until"
          value={custom}
          onInput={setCustom}
          error={problem ?? error}
        />
      ) : null}
      <div class="actions">
        <Button
          busy={busy}
          onClick={() => {
            const until = untilFor(choice, custom);
            if (!until) {
              setProblem(words.pause.inPast);
              return;
            }
            setProblem(undefined);
            onPause(until);
          }}
        >
          {words.pause.start}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {words.pause.cancel}
        </Button>
      </div>
    </section>
  );
}

function History({ c }: { c: Conversation }) {
  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{words.historyHeading}</h2>
      {c.turns.length === 0 ? <p>{words.historyEmpty}</p> : null}
      <ol class={styles.talkTurns}>
        {c.turns.map((t: Turn) => (
          <li key={t.id} class={styles.talkTurn} data-kind={t.kind}>
            <p class={styles.talkTurnWho}>{words.kinds[t.kind](nameOf(c, t.authorId))}</p>
            {t.body ? <p class={styles.talkTurnBody}>{t.body}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ConversationPage({ id }: { id: string }) {
  const [c, setC] = useState<Conversation | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [draft, setDraft] = useState(() => takeHandoff('talk') ?? '');
  const [fromJournal] = useState(() => draft !== '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pausing, setPausing] = useState(false);
  const [ending, setEnding] = useState(false);
  const versionRef = useRef(0);

  const load = useCallback(
    async (announce = false) => {
      try {
        const next = await talksApi.get(id);
        if (announce && next.version > versionRef.current && versionRef.current > 0)
          setNotice(words.updated);
        versionRef.current = next.version;
        setC(next);
        setLoadError(null);
      } catch (caught) {
        setLoadError(asApiError(caught));
      }
    },
    [id],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const { connected } = useLive(
    talksApi.liveUrl(id),
    () => talksApi.version(id),
    (version) => {
      if (version > versionRef.current) void load(true);
    },
  );

  // A pause ends by itself at its time: look again then.
  const pauseUntil = c?.pause?.until;
  useEffect(() => {
    if (!pauseUntil) return;
    const wait = Math.max(0, new Date(pauseUntil).getTime() - Date.now()) + 500;
    const timer = setTimeout(() => void load(), Math.min(wait, 2_147_000_000));
    return () => clearTimeout(timer);
  }, [pauseUntil, load]);

  const act = async (fn: (version: number) => Promise<Conversation>, after?: () => void) => {
    if (busy || !c) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const next = await fn(c.version);
      versionRef.current = next.version;
      setC(next);
      after?.();
    } catch (caught) {
      const e = asApiError(caught);
      if (e.code === 'stale_version') {
        setNotice(words.stale);
        await load();
      } else {
        setError(e);
        if (e.status === 409) await load();
      }
    } finally {
      setBusy(false);
    }
  };

  if (loadError && !c) {
    return (
      <>
        <PageHeader title={words.conversationTitle} />
        <Notice tone="error">
          {loadError.status === 404 ? words.notFound : loadError.message}
        </Notice>
        <LinkButton href="/talk" variant="secondary">
          {words.back}
        </LinkButton>
      </>
    );
  }
  if (!c) {
    return (
      <>
        <PageHeader title={words.conversationTitle} />
        <p class="loading" role="status">
          {shell.loading}
        </p>
      </>
    );
  }

  const me = c.people.find((p) => p.isMe)?.id ?? '';
  const next = c.next;
  const lastReflection = [...c.turns].reverse().find((t) => t.kind === 'reflection');
  const canPause = !c.endedAt && (!c.pause || c.pause.isMine);
  const send = (kind: 'answer' | 'reflection') =>
    act(
      (v) => talksApi.turn(id, v, kind, draft),
      () => setDraft(''),
    );

  return (
    <>
      <PageHeader shared title={words.conversationTitle} />
      <section class="card" aria-labelledby="question-heading">
        <h2 id="question-heading" class="visually-hidden">
          {words.question}
        </h2>
        <p class={styles.talkQuestion}>{questionForRound(c)}</p>
        {questionForRound(c) !== questionOf(c) ? (
          <p class="muted">{words.startedWith(questionOf(c))}</p>
        ) : null}
      </section>
      <div class="talk-live">
        {notice ? <Notice>{notice}</Notice> : null}
        {!connected ? <p class="muted">{words.liveLost}</p> : null}
      </div>
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      {fromJournal && draft ? <Notice>{words.fromJournal}</Notice> : null}
      {c.endedAt ? <Notice tone="success">{words.end.done}</Notice> : null}
      <PauseBanner c={c} busy={busy} onResume={() => void act((v) => talksApi.resume(id, v))} />
      {!c.endedAt && !c.pause ? <RoleBanner c={c} me={me} /> : null}

      {next?.isMe && next.does !== 'confirm' ? (
        <section class="card" aria-labelledby="my-step-heading">
          <h2 id="my-step-heading">
            {next.does === 'answer' ? words.answerHeading : words.reflectHeading}
          </h2>
          {next.does === 'reflect' ? (
            <p class={styles.talkLast}>
              {
                [...c.turns].reverse().find((t) => t.kind === 'answer' || t.kind === 'clarify')
                  ?.body
              }
            </p>
          ) : null}
          <TextArea
            label={next.does === 'answer' ? words.answerLabel : words.reflectLabel}
            hint={next.does === 'reflect' ? words.reflectHint : undefined}
            name="body"
            value={draft}
            onInput={setDraft}
            rows={6}
            error={error?.fields.body}
          />
          <div class="actions">
            <Button
              busy={busy}
              busyLabel={words.sending}
              onClick={() => void send(next.does === 'answer' ? 'answer' : 'reflection')}
            >
              {words.send}
            </Button>
          </div>
        </section>
      ) : null}

      {next?.isMe && next.does === 'confirm' ? (
        <section class="card" aria-labelledby="confirm-heading">
          <h2 id="confirm-heading">{words.confirmHeading}</h2>
          {lastReflection ? <p class={styles.talkLast}>{lastReflection.body}</p> : null}
          <div class="actions">
            <Button
              busy={busy}
              busyLabel={words.sending}
              onClick={() => void act((v) => talksApi.turn(id, v, 'confirm'))}
            >
              {words.confirm}
            </Button>
          </div>
          <TextArea
            label={words.clarifyLabel}
            name="clarify"
            value={draft}
            onInput={setDraft}
            rows={3}
            error={error?.fields.body}
          />
          <div class="actions">
            <Button
              variant="secondary"
              busy={busy}
              onClick={() =>
                void act(
                  (v) => talksApi.turn(id, v, 'clarify', draft),
                  () => setDraft(''),
                )
              }
            >
              {words.clarify}
            </Button>
          </div>
        </section>
      ) : null}

      {pausing ? (
        <PauseForm
          busy={busy}
          error={error?.fields.until}
          onCancel={() => setPausing(false)}
          onPause={(until) =>
            void act(
              (v) => talksApi.pause(id, v, until),
              () => setPausing(false),
            )
          }
        />
      ) : null}

      {!c.endedAt ? (
        <div class="actions">
          {canPause && !pausing ? (
            <Button variant="secondary" onClick={() => setPausing(true)}>
              {words.pause.button}
            </Button>
          ) : null}
          {!ending && (!c.pause || c.pause.isMine) ? (
            <Button variant="quiet" onClick={() => setEnding(true)}>
              {words.end.button}
            </Button>
          ) : null}
        </div>
      ) : null}
      {ending && !c.endedAt ? (
        <Confirm
          class="card"
          title={words.end.button}
          yes={words.end.yes}
          busy={busy}
          onYes={() =>
            act(
              (v) => talksApi.end(id, v),
              () => setEnding(false),
            )
          }
          no={words.end.no}
          onNo={() => setEnding(false)}
        >
          <p>{words.end.confirm}</p>
        </Confirm>
      ) : null}

      <History c={c} />
      <LinkButton href="/talk" variant="quiet">
        {words.back}
      </LinkButton>
    </>
  );
}
