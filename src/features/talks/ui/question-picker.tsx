import { talkGuide } from '../../../content/talk-questions.ts';
import { topicGroups, topics, type Topic } from '../../../content/talks.ts';
import type { QuestionOffer } from './talks-api.ts';

interface PickerProps {
  offer: QuestionOffer;
  first: 'me' | 'partner';
  topicId: string | null;
  own: string;
  onPick: (id: string) => void;
}

function TopicChoice({
  topic,
  on,
  onPick,
}: {
  topic: Topic;
  on: boolean;
  onPick: (id: string) => void;
}) {
  return (
    <label class={`talk-topic${on ? ' talk-topic--on' : ''}`}>
      <input
        type="radio"
        name="topic"
        value={topic.id}
        checked={on}
        onChange={() => onPick(topic.id)}
      />
      <span>{topic.question}</span>
    </label>
  );
}

/** What helps and what hurts, before anyone chooses. */
export function TalkGuide() {
  return (
    <section class="card talk-guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading">{talkGuide.heading}</h2>
      <h3>{talkGuide.helpsHeading}</h3>
      <ul>
        {talkGuide.helps.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{talkGuide.hurtsHeading}</h3>
      <ul>
        {talkGuide.hurts.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{talkGuide.beforeAsking}</p>
    </section>
  );
}

/**
 * Only the questions offered to whoever speaks first: mine fit the part I said I carry, my
 * partner's fit only what they shared. The server refuses anything else.
 */
export function QuestionPicker({ offer, first, topicId, own, onPick }: PickerProps) {
  const allowed = new Set(first === 'me' ? offer.forMe : offer.forPartner);
  const shown = topics.filter((t) => allowed.has(t.id));
  const isOn = (t: Topic) => topicId === t.id && !own.trim();
  const later = shown.filter((t) => t.from);
  return (
    <>
      <p class="talk-set-note">
        {first === 'me' ? talkGuide.yourSet[offer.set] : talkGuide.partnerFirst}
      </p>
      {topicGroups.map((group) => {
        const inGroup = shown.filter((t) => t.group === group.id && !t.from);
        if (inGroup.length === 0) return null;
        return (
          <fieldset key={group.id} class="talk-topic-group">
            <legend>{group.label}</legend>
            <p class="field-hint">{group.intro}</p>
            {inGroup.map((t) => (
              <TopicChoice key={t.id} topic={t} on={isOn(t)} onPick={onPick} />
            ))}
          </fieldset>
        );
      })}
      {later.length > 0 ? (
        <fieldset class="talk-topic-group talk-own-part">
          <legend>{talkGuide.ownPartHeading}</legend>
          <p class="field-hint">{talkGuide.ownPart}</p>
          {later.map((t) => (
            <TopicChoice key={t.id} topic={t} on={isOn(t)} onPick={onPick} />
          ))}
        </fieldset>
      ) : first === 'me' && offer.ownPartLater ? (
        <p class="muted">{talkGuide.ownPartLater}</p>
      ) : null}
    </>
  );
}
