// Recognises proposals that read like one-sided monitoring, control or isolation, so the author
// sees a calm note before sending. It warns; it never forbids. Mutual, offered or scoped
// transparency gets at most a quiet information note. The shapes are in guard-shapes.ts; the
// words people read are in content/agreements.ts.
import type { GuardConcern } from '../../content/agreements.ts';
import { freeing, partnerLed, readSentence, type SentenceReading } from './guard-shapes.ts';

export type Concern = GuardConcern;

const order: Concern[] = [
  'location',
  'messages',
  'passwords',
  'isolation',
  'curfew',
  'money',
  'permission',
  'one-sided',
];
const monitoring = new Set<Concern>(['location', 'messages', 'passwords']);
const onOne =
  /\b(?:not allowed|isn't allowed|aren't allowed|may not|must not|mustn't|must never|stop going|give up|quit|are not to|'re not to|aren't to|is not to)\b/;
const deadline =
  /\bcurfew\b|\b(?:by|before) (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|dark|half|it gets dark|sunset|sundown)|\b(?:straight|directly|right) (?:home|back)\b|\b(?:home|back|in)\b(?: for \w+)? (?:at|by|before) (?:\d|six|seven|eight|nine|ten|eleven|midnight)|\bhome (?:straight|directly|right) after\b|\bnowhere\b/;

/** Kept in: "you stay in on weekends", "you stay at home". Only when laid on the partner. */
const confined = /\bstay(?:s|ing)? (?:in|home|at home|indoors|in the house)\b/;
/** Laid on as a duty or a limit: "you must come home for lunch", "you only leave for work". */
const obliged = /\b(?:must|have to|has to|need to|needs to|are to|is to|'re to|only)\b/;

/** Lower case, plain apostrophes and spaces: the shapes read one form only. */
export function normaliseForRules(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      // Typed fast, without apostrophes: "you cant", "youre", "dont".
      .replace(
        /\b(can|don|won|doesn|isn|aren|wasn|weren|didn|shouldn|mustn|couldn|wouldn|haven|hasn)t\b/g,
        "$1't",
      )
      .replace(/\b(you|we|they)(re|ll|ve)\b/g, "$1'$2")
      .replace(/\bi(m|ve)\b/g, "i'$1")
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function concernsIn(
  sentence: string,
  r: SentenceReading,
): { raised: Concern[]; transparency: boolean } {
  const raised: Concern[] = [];
  let transparency = false;
  const onPartner = r.direction === 'partner';
  for (const topic of r.topics) {
    if (monitoring.has(topic)) {
      if (r.isNegatedMonitoring) continue;
      // Monitoring that nobody offers, and nobody shares, reads as laid on the reader.
      // "It's your choice whether we share locations": left to the partner, not laid on them.
      const freed = r.direction === 'none' && freeing.test(sentence) && !r.isProhibition;
      if ((onPartner || r.direction === 'none') && !r.isScoped && !freed) raised.push(topic);
      else transparency = true;
    } else if (onPartner || r.direction === 'none') {
      const isControl = r.isProhibition || r.needsPermission || r.isAbsolute;
      if (topic === 'isolation' && (onPartner || isControl)) raised.push(topic);
      else if (
        topic === 'curfew' &&
        (isControl ||
          deadline.test(sentence) ||
          (onPartner && (confined.test(sentence) || obliged.test(sentence))))
      )
        raised.push(topic);
      else if (topic === 'money' && (isControl || /\bonly\b|\b(?:me|my)\b/.test(sentence)))
        raised.push(topic);
    }
  }
  if (onPartner && r.needsPermission) raised.push('permission');
  if (
    onPartner &&
    raised.length === 0 &&
    !(freeing.test(sentence) && !r.isProhibition) &&
    (r.isAbsolute ||
      onOne.test(sentence) ||
      r.isControlShape ||
      (partnerLed(sentence) && !freeing.test(sentence) && !/\?$/.test(sentence)))
  )
    raised.push('one-sided');
  return { raised, transparency };
}

type Draft = { title?: string; dailyLife?: string; whySafe?: string } | string;

/** What a draft raises: concerns that get the warning, and whether it touches transparency. */
export function readAgreementDraft(draft: Draft): { concerns: Concern[]; transparency: boolean } {
  const raw =
    typeof draft === 'string' ? draft : [draft.title, draft.dailyLife].filter(Boolean).join('. ');
  // Sentences one at a time, so "we both" in one sentence does not quiet a demand in another.
  const sentences = normaliseForRules(raw)
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.replace(/[.!?;]+$/, ''))
    .filter((s) => s !== '');
  const found = new Set<Concern>();
  let transparency = false;
  for (const sentence of sentences) {
    const { raised, transparency: t } = concernsIn(sentence, readSentence(sentence));
    raised.forEach((c) => found.add(c));
    transparency ||= t;
  }
  const concerns = order.filter((c) => found.has(c));
  return { concerns, transparency: transparency && concerns.length === 0 };
}

/** Which concerns a draft raises, in a stable order; empty when it reads as fine. */
export function findConcerns(draft: Draft): Concern[] {
  return readAgreementDraft(draft).concerns;
}
