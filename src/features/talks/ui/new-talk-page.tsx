import './talks.css';
import { useState } from 'preact/hooks';
import { talk as words, topicGroups, topics } from '../../../content/talks.ts';
import { navigate } from '../../../platform/web/navigation.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { Button, LinkButton } from '../../../platform/web/ui/button.tsx';
import { ChoiceGroup } from '../../../platform/web/ui/choice-group.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import { talksApi } from './talks-api.ts';

export function NewTalkPage() {
  const [topicId, setTopicId] = useState<string | null>(null);
  const [own, setOwn] = useState('');
  const [first, setFirst] = useState<'me' | 'partner'>('me');
  const [problem, setProblem] = useState<string | null>(null);
  const start = useAction(() =>
    talksApi.start(own.trim() ? { ownQuestion: own.trim(), firstSpeaker: first } : { topicId: topicId!, firstSpeaker: first }),
  );
  return (
    <>
      <PageHeader title={words.newTitle} lead={words.newLead} />
      <Form
        error={problem ?? start.error?.message}
        onSubmit={async () => {
          setProblem(null);
          if (!topicId && !own.trim()) {
            setProblem(words.chooseOne);
            return;
          }
          const outcome = await start.run();
          if (outcome.ok) navigate(`/talk/${outcome.value.id}`);
        }}
      >
        {topicGroups.map((group) => (
          <fieldset key={group.id} class="talk-topic-group">
            <legend>{group.label}</legend>
            <p class="field-hint">{group.intro}</p>
            {topics
              .filter((t) => t.group === group.id)
              .map((t) => (
                <label key={t.id} class={`talk-topic${topicId === t.id && !own.trim() ? ' talk-topic--on' : ''}`}>
                  <input
                    type="radio"
                    name="topic"
                    value={t.id}
                    checked={topicId === t.id && !own.trim()}
                    onChange={() => {
                      setTopicId(t.id);
                      setOwn('');
                    }}
                  />
                  <span>{t.question}</span>
                </label>
              ))}
          </fieldset>
        ))}
        <TextArea label={words.ownLabel} hint={words.ownHint} name="ownQuestion" value={own} onInput={setOwn} rows={2} maxLength={500} />
        <ChoiceGroup
          legend={words.firstLegend}
          options={[
            { value: 'me', label: words.firstMe },
            { value: 'partner', label: words.firstPartner },
          ]}
          value={first}
          onChange={setFirst}
        />
        <div class="actions">
          <Button type="submit" busy={start.busy} busyLabel={words.beginning}>
            {words.begin}
          </Button>
          <LinkButton href="/talk" variant="quiet">
            {words.back}
          </LinkButton>
        </div>
      </Form>
    </>
  );
}
