// Words for ownership statements, and the gentle notes shown before sending. Each note names a
// way of speaking that tends to minimise, excuse or shift blame, says why it often lands badly,
// and offers something to try instead. The notes advise; the author decides.

export interface PhraseRule {
  id: string;
  /** How the note names what it noticed. */
  label: string;
  /** Matched against the text lower-cased, with curly apostrophes made straight. */
  pattern: RegExp;
  why: string;
  instead: string;
}

export const phraseRules: readonly PhraseRule[] = [
  {
    id: 'but-you',
    label: '"but you…"',
    pattern:
      /\bbut (?:then )?you(?!\s+(?:deserve|deserved|didn't deserve|did not deserve|never deserved))\b/,
    why: 'A "but you" turns the sentence back towards your partner. Whatever came before it tends to be forgotten.',
    instead:
      'Stop before the "but". If there is something about them to talk about, save it for another day, in its own conversation.',
  },
  {
    id: 'sorry-you-feel',
    label: '"I\'m sorry you feel…"',
    pattern: /\bsorry (?:that )?you (?:feel|felt|are feeling|were feeling|see it|took it)\b/,
    why: 'Being sorry about how they feel is not the same as being sorry for what you did. It can sound as if the problem is their feelings.',
    instead: 'Say what you are sorry for: "I\'m sorry I…".',
  },
  {
    id: 'sorry-but',
    label: '"sorry, but…"',
    pattern: /\b(?:sorry|apologi[sz]e),? but\b/,
    why: 'The "but" cancels the apology before it has landed.',
    instead:
      'Let the apology stand on its own. Explanations can come later, if they are asked for.',
  },
  {
    id: 'only',
    label: '"it was only…" or "just…"',
    pattern:
      /\b(?:it|that|this) (?:was|is) (?:only|just)\b|\bonly (?:once|one time|a kiss|a few|a couple|texting|messages|talking)\b|\bjust (?:a kiss|a few|a couple of|once|one time|texting|messages|talking|a friend)\b/,
    why: 'Words like "only" and "just" make what happened smaller. To the one who was hurt, it was not small.',
    instead: 'Describe what you did plainly, without sizing it.',
  },
  {
    id: 'if-i-hurt',
    label: '"if I hurt you…"',
    pattern:
      /\bif (?:i|my \w+|what i did) (?:hurt|upset|offended|caused|made you)\b|\bif you (?:were|felt) (?:hurt|upset)\b|\bif (?:i|you) (?:was|were) hurt\b/,
    why: 'The "if" leaves room for doubt about whether it hurt at all. It did.',
    instead: 'Say it without the "if": "I hurt you when I…".',
  },
  {
    id: 'you-made-me',
    label: '"you made me…"',
    pattern:
      /\byou (?:made|make|drove|pushed|forced|left) me (?:do|feel|go|turn|look|no choice)\b|\byou (?:made|drove|pushed|forced) me\b/,
    why: 'It hands the choice to your partner. What you did was your choice, even if things between you were hard.',
    instead:
      'Own the choice: "I chose to…". What was hard between you can be talked about on its own, another time.',
  },
  {
    id: 'just-happened',
    label: '"it just happened"',
    pattern:
      /\b(?:it|things|that|this) just (?:happened|got out of hand|went too far)\b|\bhappened to me\b|\bi (?:got|was) carried away\b/,
    why: 'It sounds as if nobody decided anything. Your partner needs to hear that you know you made choices.',
    instead: 'Name the choices: when, what you did, and what you told yourself at the time.',
  },
  {
    id: 'if-you-had',
    label: '"if you hadn\'t…"',
    pattern:
      /\bif you (?:hadn't|had not|had just|had only|would have|would just|were more|were less|paid more|had been)\b/,
    why: 'It puts the cause with your partner. Even when there is truth in it, here it reads as blame.',
    instead:
      'Keep this statement about you. What you needed back then can be its own conversation later.',
  },
  {
    id: 'you-too',
    label: '"you did it too"',
    pattern:
      /\byou (?:did it too|do it too|also did|are not innocent|aren't innocent|are not perfect either|aren't perfect either|weren't perfect|were not perfect|also)\b|\bwe (?:both|all) (?:made mistakes|messed up|did things|have our faults|make mistakes)\b|\bboth (?:of us )?(?:to blame|at fault)\b/,
    why: 'Sharing out the blame turns an apology into a negotiation. Both of you may have parts to look at, but not in this statement.',
    instead: 'Leave their part out of this one. Your own part is enough for now.',
  },
  {
    id: 'meant-nothing',
    label: '"it meant nothing"',
    pattern:
      /\b(?:it|she|he|they|that|this|the affair) (?:didn't|did not|doesn't|does not) mean anything\b|\bmeant nothing\b/,
    why: 'It is often said to comfort, but it can make the hurt feel pointless: if it meant nothing, why did it happen?',
    instead:
      'Speak about what it cost your partner, and what you want to understand about yourself.',
  },
  {
    id: 'big-deal',
    label: '"not a big deal"',
    pattern:
      /\b(?:not|isn't|wasn't|no) (?:that |such )?(?:a )?big (?:deal|thing)\b|\bnothing serious\b|\bnothing (?:really )?happened\b/,
    why: "Measuring how big it was is your partner's to do, not yours.",
    instead: 'Let the size of it be what it is for them. Name what you did.',
  },
  {
    id: 'overreacting',
    label: '"you\'re overreacting"',
    pattern:
      /\bover ?react(?:ing|ed)?\b|\btoo sensitive\b|\b(?:so|being|too) dramatic\b|\bblowing (?:it|this|that) out of proportion\b/,
    why: 'It tells your partner their pain is wrong. That closes the door you are trying to open.',
    instead: 'Their reaction is information about how much it hurt. Name the hurt instead.',
  },
  {
    id: 'move-on',
    label: '"let\'s move on"',
    pattern:
      /\b(?:you should|you need to|can we|can't we|let's|let us|time to|we should|we need to) (?:just )?(?:move on|get over it|be over it|put (?:it|this) behind us|forget (?:it|about it))\b|\bleave it in the past\b|\bget over it\b/,
    why: 'Healing has no timer. Asking to move on tells your partner to hurry their grief.',
    instead: 'Offer to stay with it as long as it takes: "I\'m here when it comes back."',
  },
  {
    id: 'already-apologised',
    label: '"I already said sorry"',
    pattern:
      /\bi (?:already|have already|'ve already) (?:said sorry|apologi[sz]ed)\b|\bhow many times (?:do|must|should|will) i\b/,
    why: 'Hurt comes back in waves. Pointing at an earlier apology can feel like being told to stop hurting.',
    instead: 'Apologise again, as often as it still stings. That is part of the repair.',
  },
  {
    id: 'excuse-state',
    label: '"I was drunk" or "I couldn\'t help it"',
    pattern:
      /\bi was (?:so |very |really )?(?:drunk|high|wasted|out of my mind|not myself)\b|\bi couldn't help (?:it|myself)\b|\bi could not help (?:it|myself)\b/,
    why: 'Even when true, it can sound like the reason it was not really you. Early on, it lands as an excuse.',
    instead:
      'Take the choice as yours first. What was going on for you can come later, if your partner wants to understand it.',
  },
  {
    id: 'who-i-am',
    label: '"that\'s just who I am"',
    pattern:
      /\bthat'?s (?:just )?(?:who|how) i am\b|\bi(?:'m| am) (?:just )?(?:like that|made that way)\b/,
    why: 'It suggests nothing will change, which is the opposite of what an ownership statement promises.',
    instead: 'Say what you will do differently, even if change will take time.',
  },
  {
    id: 'you-know',
    label: '"you know I didn\'t mean…"',
    pattern:
      /\byou know (?:i|that i) (?:didn't|did not|would never|never meant|love you|don't|do not)\b/,
    why: 'It asks your partner to vouch for you at the moment they are least sure of you.',
    instead: 'Say it directly, for yourself: "I love you, and I broke your trust."',
  },
  {
    id: 'try',
    label: '"I\'ll try…"',
    pattern: /\bi(?:'ll| will)? (?:try|attempt) (?:to|not to)\b|\bi(?:'ll| will) do my best\b/,
    why: '"Try" leaves a way out. In "what I will do differently", it can sound like a half promise.',
    instead: 'Choose one small thing you can truly do, and say it plainly: "I will…".',
  },
];

export const ownership = {
  listHeading: 'Ownership statements',
  listLead: 'Saying plainly what you did, how it hurt, and what you will do differently.',
  listEmpty: 'None yet.',
  write: 'Write an ownership statement',
  awaitsMark: 'Waiting for your answer',
  yourStatement: 'Your statement',
  theirStatement: (name: string) => `From ${name}`,
  newTitle: 'An ownership statement',
  newLead:
    'Three parts, in your own words. No need to be perfect, only honest. Before you send it, we will point out phrases that often land badly. You decide what to change.',
  whatIDidLabel: 'What I did',
  whatIDidHint: 'Plainly, without making it bigger or smaller.',
  howItHurtLabel: 'How it hurt you',
  howItHurtHint: 'What you understand about what it cost your partner.',
  whatIWillDoLabel: 'What I will do differently',
  whatIWillDoHint: 'Small and concrete is better than big and vague.',
  notesHeading: 'Before you send it',
  notesNone:
    'We noticed nothing that usually lands badly. Read it once more, then send it when you are ready.',
  notesIntro:
    'A few phrases here often land in a way you may not intend. These are suggestions; you decide.',
  noteIn: (field: string) => `In "${field}"`,
  noteWhy: 'Why it can land badly',
  noteInstead: 'Something to try instead',
  check: 'Check my words',
  send: 'Send to my partner',
  sendAnyway: 'Send as it is',
  sending: 'Sending…',
  sent: 'Sent. Your partner can answer when they are ready.',
  back: 'Back to Talk',
  notFound: "We couldn't find that statement.",
  fromYou: 'You wrote',
  fromThem: (name: string) => `${name} wrote`,
  versionLabel: (n: number) => `Version ${n}`,
  answerHeading: 'Your answer',
  answerLead:
    'You do not have to forgive anything to answer. Say what reached you, and what did not yet.',
  landedLabel: 'What landed',
  missingLabel: 'What is still missing',
  answer: 'Send my answer',
  answered: 'Your answer is sent.',
  answerFrom: (name: string) => `${name} answered`,
  yourAnswer: 'Your answer',
  waitingAnswer: 'Your partner has not answered this version yet. They can take their time.',
  newVersion: 'Write a new version',
  newVersionLead:
    'A new version is kept beside the earlier ones. Your partner will see all of them.',
  waitingTitle: 'An ownership statement is waiting for your answer',
  noPartner:
    'An ownership statement goes to your partner. Once they have joined your space, you can write one here.',
} as const;
