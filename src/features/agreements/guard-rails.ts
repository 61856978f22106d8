// Recognises proposals that read like surveillance or control, so the author sees a calm note
// before sending. It warns; it never forbids. The words people read are in content/agreements.ts.
// Rules are plain regular expressions over normalised text, each with the phrasings that should
// NOT count (a healthy version of the same topic). Tested with examples both ways.

export type Concern = 'location' | 'messages' | 'passwords' | 'isolation' | 'curfew' | 'one-sided';

interface Rule {
  concern: Concern;
  match: RegExp[];
  /** When one of these matches, the rule stays quiet (mutual, self-chosen, or about one named person). */
  unless?: RegExp[];
}

const OTHER = String.raw`(?:you|your|he|his|she|her|they|their|them|him|my partner|my partner's)`;
const PHONE_THINGS = String.raw`(?:messages?|texts?|emails?|e-mails?|chats?|dms?|whatsapps?|inbox|conversations?|call logs?|browser history|search history|social media|instagram|facebook|snapchat|phone)`;

const rules: Rule[] = [
  {
    concern: 'location',
    match: [
      /\blocation\b.*\b(?:on|shar\w*|sent|send|visible|tracking|turned on)\b/,
      /\b(?:shar\w*|send\w*|turn\w* on|keep\w* on)\b.*\blocation\b/,
      /\b(?:track\w*|gps|life360|find my (?:iphone|friends|phone)|tracker)\b/,
      /\b(?:always|constantly|at all times|24\/7|every minute|every hour)\b.*\bknow where\b/,
      /\bknow where\b.*\b(?:always|constantly|at all times|24\/7|every minute|every hour)\b/,
      /\b(?:photo|picture|selfie)s? (?:of|to prove|showing) where\b/,
      /\b(?:check|checking) in every (?:hour|30 minutes|half hour|few minutes)\b/,
    ],
    unless: [/\b(?:don't|do not|never|won't|will not|no) (?:track|share (?:our|my|your) location)\b/, /\bno (?:tracking|location sharing)\b/],
  },
  {
    concern: 'messages',
    match: [
      new RegExp(String.raw`\b(?:read|see|check|go through|look through|look at|scroll through|access|monitor|show me)\b.*\b(?:all|every|any|whole)?\s*(?:of )?${OTHER}?\s*${PHONE_THINGS}`),
      /\b(?:forward|screenshot)\w*\b.*\b(?:all|every)\b.*\b(?:messages?|texts?|emails?|chats?|conversations?)\b/,
      /\b(?:unlocked|open) phone\b/,
      /\bphone (?:stays?|is|left|kept|remains?) (?:unlocked|open)\b/,
      /\bhand (?:over|me) (?:your|his|her|their) phone\b/,
      /\bphone (?:checks?|searches?)\b/,
    ],
    unless: [
      /\b(?:never|don't|do not|won't|will not|not)\b.{0,20}\b(?:read|check|go through|look through|look at|monitor|access)\b/,
      /\b(?:i(?:'ll| will)|i can) show you\b/,
      /\bif (?:he|she|they|[a-z]+) (?:contacts?|messages?|texts?|emails?|calls?)\b/,
      /\b(?:tell|let) you know\b/,
    ],
  },
  {
    concern: 'passwords',
    match: [
      /\b(?:passwords?|passcodes?|pin codes?|pins?|log-?ins?|login details|credentials|passphrases?)\b/,
      /\b(?:face id|fingerprint)\b.*\b(?:add|register|enrol|enroll|set up)\b/,
      /\b(?:add|register|enrol|enroll|set up)\b.*\b(?:face id|fingerprints?)\b/,
      new RegExp(String.raw`\baccess to ${OTHER} (?:accounts?|email|e-mail|phone|laptop|social media|bank)`),
    ],
    unless: [
      /\b(?:own|each|separate|private)\b.{0,25}\b(?:passwords?|passcodes?|pins?)\b.{0,30}\b(?:private|to (?:ourselves|themselves|myself|yourself)|our own|secret)\b/,
      /\b(?:never|not|don't|do not|won't|will not|no one|nobody)\b.{0,30}\b(?:ask|asks|asking|share|sharing|give|giving|hand|need)\b.{0,25}\b(?:passwords?|passcodes?|pins?)\b/,
      /\bkeep\w* (?:my|your|our|their) (?:own )?(?:passwords?|passcodes?|pins?)\b/,
    ],
  },
  {
    concern: 'isolation',
    match: [
      /\b(?:stop|quit|no longer|never again|never|not|no more|cut|cuts|cutting|give up|drop)\b.{0,30}\b(?:see|seeing|meet|meeting|talk to|talking to|speak to|speaking to|call|calling|visit|visiting|contact|contacting|hang out with|go out with|going out with|off from|off|contact with|ties with)?\b.{0,20}\b(?:(?:any|all|your|his|her|their|my) )?(?:friends?|family|parents|mother|mum|mom|father|dad|sisters?|brothers?|siblings|colleagues|coworkers|co-workers|friend group|mates|relatives)\b/,
      /\b(?:cut|cutting|cuts) (?:off|out)\b/,
      /\b(?:unfriend|block|delete)\w*\b.{0,20}\b(?:everyone|all|friends|contacts|family)\b/,
      /\b(?:no|any) (?:male|female) friends\b/,
      /\bopposite sex\b/,
      /\bonly (?:see|meet|go out with)\b.{0,20}\b(?:friends|family|people)\b.{0,15}\bwith me\b/,
      /\b(?:not allowed|isn't allowed|aren't allowed|can't|cannot)\b.{0,20}\b(?:see|meet|visit|talk to)\b.{0,20}\b(?:anyone|anybody|people|friends|family)\b/,
    ],
    unless: [/\b(?:more|make) time (?:with|for)\b.{0,20}\b(?:friends|family)\b/, /\bmeet (?:each other's|your|my) (?:friends|family)\b/],
  },
  {
    concern: 'curfew',
    match: [
      /\bcurfew\b/,
      /\b(?:must|has to|have to|needs? to|is to|are to)\b.{0,10}\bbe (?:home|back|in)\b.{0,10}\b(?:by|before)\b/,
      /\b(?:home|back) (?:by|before) \d{1,2}(?::\d\d)?\s*(?:pm|am|o'clock)?\b.{0,25}\b(?:every|each|always|all)\b/,
      /\b(?:every|each|always)\b.{0,25}\b(?:home|back) (?:by|before) \d/,
      /\b(?:not|never|no)\b.{0,10}\b(?:go|going|stay|staying|be|being) out\b.{0,25}\b(?:after|past|later than|at night|alone|without me)\b/,
      /\b(?:not allowed|isn't allowed|aren't allowed)\b.{0,15}\b(?:go out|out|leave|stay out)\b/,
      /\bno (?:nights? out|going out)\b/,
      /\b(?:stay|stays) (?:at )?home (?:every|all|each)\b/,
    ],
    unless: [/\bif (?:i|you|we)(?:'m| am|'re| are| will be)? (?:going to be )?(?:late|running late)\b.{0,40}\b(?:text|call|message|tell|let)\b/],
  },
  {
    concern: 'one-sided',
    match: [
      /\b(?:you|he|she|they) (?:must|will|have to|has to|need to|needs to|are to|is to|shall|should)\b.{0,60}\b(?:always|never|at all times|forever|every time|whenever i|any time|anytime|immediately|no matter what|without question|without exception|for good|for the rest of)\b/,
      /\bwhenever i (?:ask|want|say|need|tell)\b/,
      /\b(?:on demand|no questions asked|without (?:question|complaint|arguing|argument)|do as i say|because i said so)\b/,
      /\b(?:forever|for the rest of (?:your|his|her|their|our) li(?:fe|ves)|permanently)\b/,
      /\b(?:you|he|she|they) (?:are not|aren't|is not|isn't) allowed\b/,
      /\b(?:you're|he's|she's|they're) not allowed\b/,
    ],
    unless: [/\b(?:we both|both of us|each of us|we each|we will both|we'll both|either of us)\b/],
  },
];

/** Lower case, plain apostrophes and spaces: the rules read one form only. */
export function normaliseForRules(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Which concerns a draft raises, in a stable order; empty when it reads as fine. */
export function findConcerns(draft: { title?: string; dailyLife?: string; whySafe?: string } | string): Concern[] {
  const raw = typeof draft === 'string' ? draft : [draft.title, draft.dailyLife].filter(Boolean).join('. ');
  // Sentences one at a time, so "we both" in one sentence does not quiet a demand in another.
  const sentences = normaliseForRules(raw)
    .split(/(?<=[.!?;])\s+|\n+/)
    .filter((s) => s !== '');
  const found = new Set<Concern>();
  for (const sentence of sentences) {
    for (const rule of rules) {
      if (found.has(rule.concern)) continue;
      if (!rule.match.some((re) => re.test(sentence))) continue;
      if (rule.unless?.some((re) => re.test(sentence))) continue;
      found.add(rule.concern);
    }
  }
  return rules.map((r) => r.concern).filter((c) => found.has(c));
}
