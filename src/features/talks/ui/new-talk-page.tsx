import { useState } from 'preact/hooks';
import { shell } from '../../../content/shell.ts';
import { talk as words } from '../../../content/talks.ts';
import { navigate } from '../../../platform/web/navigation.ts';
import { useAction, useLoad } from '../../../platform/web/use-action.ts';
import { Button, LinkButton } from '../../../platform/web/ui/button.tsx';
import { ChoiceGroup } from '../../../platform/web/ui/choice-group.tsx';
import { Form } from '../../../platform/web/ui/form.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { TextArea } from '../../../platform/web/ui/text-area.tsx';
import { QuestionPicker, TalkGuide } from './question-picker.tsx';
import { talksApi } from './talks-api.ts';
import { OWN_QUESTION_MAX } from '../limits.ts';

export function NewTalkPage() {
  const offer = useLoad(talksApi.list);
  const [topicId, setTopicId] = useState<string | null>(null);
  const [own, setOwn] = useState('');
  const [first, setFirst] = useState<'me' | 'partner'>('me');
  const [problem, setProblem] = useState<string | null>(null);
  const start = useAction(() =>
    talksApi.start(
      own.trim()
        ? { ownQuestion: own.trim(), firstSpeaker: first }
        : { topicId: topicId!, firstSpeaker: first },
    ),
  );
  const questions = offer.data?.questions;
  return (
    <>
      <PageHeader shared title={words.newTitle} lead={words.newLead} />
      <TalkGuide />
      {offer.error ? <Notice tone="error">{offer.error.message}</Notice> : null}
      {!questions ? (
        offer.error ? null : (
          <p class="loading" role="status">
            {shell.loading}
          </p>
        )
      ) : (
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
          <ChoiceGroup
            legend={words.firstLegend}
            options={[
              { value: 'me', label: words.firstMe },
              { value: 'partner', label: words.firstPartner },
            ]}
            value={first}
            onChange={(value) => {
              setFirst(value);
              // A question offered to one first speaker may not be offered to the other.
              setTopicId(null);
            }}
          />
          <QuestionPicker
            offer={questions}
            first={first}
            topicId={topicId}
            own={own}
            onPick={(id) => {
              setTopicId(id);
              setOwn('');
            }}
          />
          <TextArea
            label={words.ownLabel}
            hint={words.ownHint}
            name="ownQuestion"
            value={own}
            onInput={setOwn}
            rows={2}
            maxLength={OWN_QUESTION_MAX}
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
      )}
    </>
  );
}
