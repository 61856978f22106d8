import styles from './talks.module.css';
import { useState } from 'preact/hooks';
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
    <label
      class={`${styles.talkTopic}${on ? ` ${styles.talkTopicOn}` : ''}`}
      data-testid="talk-topic"
    >
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
    <section class={`card ${styles.talkGuide}`} aria-labelledby="guide-heading">
      <h2 id="guide-heading">{talkGuide.heading}</h2>
      <p>{talkGuide.beforeAsking}</p>
      <details class="fold">
        <summary>{talkGuide.more}</summary>
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
      </details>
    </section>
  );
}

const OWN_PART = 'own-part';

/**
 * Only the questions offered to whoever speaks first: mine fit the part I said I carry, my
 * partner's fit only what they shared. The server refuses anything else. First a theme, then
 * the few questions in it, so a phone never shows the whole bank at once (decision 140).
 */
export function QuestionPicker({ offer, first, topicId, own, onPick }: PickerProps) {
  const allowed = new Set(first === 'me' ? offer.forMe : offer.forPartner);
  const shown = topics.filter((t) => allowed.has(t.id));
  const isOn = (t: Topic) => topicId === t.id && !own.trim();
  const later = shown.filter((t) => t.from);
  const groups = [
    ...topicGroups
      .map((g) => ({
        id: g.id,
        label: g.label,
        intro: g.intro,
        items: shown.filter((t) => t.group === g.id && !t.from),
      }))
      .filter((g) => g.items.length > 0),
    ...(later.length > 0
      ? [{ id: OWN_PART, label: talkGuide.ownPartHeading, intro: talkGuide.ownPart, items: later }]
      : []),
  ];
  const [groupId, setGroupId] = useState<string | null>(null);
  const chosen = groups.find((g) => g.items.some((t) => t.id === topicId));
  const open = groups.find((g) => g.id === (groupId ?? chosen?.id)) ?? null;
  return (
    <>
      <p class={styles.talkSetNote}>
        {first === 'me' ? talkGuide.yourSet[offer.set] : talkGuide.partnerFirst}
      </p>
      <fieldset class={`${styles.talkTopicGroup} talk-themes`}>
        <legend>{talkGuide.themeLegend}</legend>
        <div class={styles.talkThemeList}>
          {groups.map((g) => (
            <label
              key={g.id}
              class={`${styles.talkTheme}${open?.id === g.id ? ` ${styles.talkThemeOn}` : ''}`}
            >
              <input
                type="radio"
                name="talk-theme"
                value={g.id}
                checked={open?.id === g.id}
                onChange={() => setGroupId(g.id)}
              />
              <span>{g.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {open ? (
        <fieldset key={open.id} class={styles.talkTopicGroup}>
          <legend>{open.label}</legend>
          <p class="field-hint">{open.intro}</p>
          {open.items.map((t) => (
            <TopicChoice key={t.id} topic={t} on={isOn(t)} onPick={onPick} />
          ))}
        </fieldset>
      ) : (
        <p class="muted">{talkGuide.chooseTheme}</p>
      )}
      {later.length === 0 && first === 'me' && offer.ownPartLater ? (
        <p class="muted">{talkGuide.ownPartLater}</p>
      ) : null}
    </>
  );
}
