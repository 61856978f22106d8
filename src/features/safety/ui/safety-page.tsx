import { useEffect, useState } from 'preact/hooks';
import { safety as words } from '../../../content/safety.ts';
import { shell } from '../../../content/shell.ts';
import { navigate } from '../../../platform/web/navigation.ts';
import { setSolo } from '../../../platform/web/solo.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { ChoiceGroup } from '../../../platform/web/ui/choice-group.tsx';
import { EarlierList } from '../../../platform/web/ui/earlier-list.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import type { SafetyAnswer, SafetyDomain } from '../safety.schema.ts';
import { DangerPanel } from './danger-panel.tsx';
import { safetyApi, type SafetyCheck, type SafetyView } from './safety-api.ts';
import { SoloCard } from './solo-card.tsx';

// The lists come from the words, not the schema: the schema module would bring zod into the bundle.
const safetyDomains = words.questions.map((q) => q.id);
const options = (Object.keys(words.answers) as SafetyAnswer[]).map((a) => ({
  value: a,
  label: words.answers[a],
}));
type Answers = Record<SafetyDomain, SafetyAnswer | null>;
const blank: Answers = { humiliated: null, afraid: null, forced: null, hurt: null };

function CheckForm({
  onDone,
  offered,
}: {
  onDone: (check: SafetyCheck) => void;
  offered: boolean;
}) {
  const [answers, setAnswers] = useState<Answers>(blank);
  const [missing, setMissing] = useState(false);
  const take = useAction(safetyApi.take);
  const setAside = useAction(safetyApi.setAside);

  async function submit() {
    if (safetyDomains.some((d) => answers[d] === null)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const outcome = await take.run(answers as Record<SafetyDomain, SafetyAnswer>);
    if (outcome.ok) onDone(outcome.value);
  }

  return (
    <section class="card" aria-labelledby="check-heading">
      <h2 id="check-heading">{words.heading}</h2>
      <p>{words.why}</p>
      {missing ? <Notice tone="error">{words.missing}</Notice> : null}
      {words.questions.map((q) => (
        <ChoiceGroup
          key={q.id}
          legend={q.text}
          options={options}
          inline
          value={answers[q.id]}
          error={missing && answers[q.id] === null ? words.missing : undefined}
          onChange={(value) => setAnswers({ ...answers, [q.id]: value })}
        />
      ))}
      {take.error ? <Notice tone="error">{take.error.message}</Notice> : null}
      <div class="actions">
        <Button onClick={submit} busy={take.busy} busyLabel={words.busy}>
          {words.submit}
        </Button>
        {offered ? null : (
          <Button
            variant="quiet"
            onClick={async () => {
              if ((await setAside.run()).ok) navigate('/today');
            }}
          >
            {words.notNow}
          </Button>
        )}
      </div>
      {offered ? null : <p class="muted">{words.notNowNote}</p>}
    </section>
  );
}

function History({ checks, onDeleted }: { checks: SafetyCheck[]; onDeleted: () => void }) {
  if (checks.length === 0) return null;
  return (
    <EarlierList
      headingId="checks-heading"
      words={words.history}
      items={checks}
      detail={(check) => (
        <p class="item-meta">{check.signalsDanger ? words.history.danger : words.history.calm}</p>
      )}
      remove={safetyApi.remove}
      onDeleted={onDeleted}
    />
  );
}

export function SafetyPage() {
  const load = useLoad(safetyApi.get);
  const [view, setView] = useState<SafetyView | undefined>(undefined);
  const [result, setResult] = useState<SafetyCheck | null>(null);
  const [answering, setAnswering] = useState(true);
  useEffect(() => {
    if (load.data) setView(load.data);
  }, [load.data]);
  const solo = view ? view.solo !== null : undefined;
  useEffect(() => {
    if (solo !== undefined) setSolo(solo);
  }, [solo]);
  useEffect(() => {
    if (result?.signalsDanger) document.getElementById('danger-heading')?.focus();
  }, [result]);

  return (
    <>
      <PageHeader title={words.heading} lead={words.lead} />
      {load.error ? <Notice tone="error">{load.error.message}</Notice> : null}
      {!view ? (
        load.error ? null : (
          <p class="loading" role="status">
            {shell.loading}
          </p>
        )
      ) : (
        <>
          {result?.signalsDanger ? <DangerPanel /> : null}
          {result && !result.signalsDanger ? (
            <section class="card" aria-labelledby="calm-heading">
              <h2 id="calm-heading">{words.calm.heading}</h2>
              <p>{words.calm.body}</p>
            </section>
          ) : null}
          {result?.signalsDanger || view.solo ? (
            <SoloCard solo={view.solo} onChange={setView} />
          ) : null}
          {answering && !result ? (
            <CheckForm
              offered={view.offered}
              onDone={(check) => {
                setResult(check);
                setAnswering(false);
                load.reload();
              }}
            />
          ) : (
            <div class="actions">
              <Button
                variant="secondary"
                onClick={() => {
                  setResult(null);
                  setAnswering(true);
                }}
              >
                {words.again}
              </Button>
            </div>
          )}
          {result?.signalsDanger || view.solo ? null : (
            <SoloCard solo={view.solo} onChange={setView} />
          )}
          <History checks={view.checks} onDeleted={load.reload} />
        </>
      )}
    </>
  );
}
