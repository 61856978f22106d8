// The library of small acts: one is offered each day on Today. Each is small, concrete and
// doable in a day, tied to a stage of the path or to one of the four patterns.
// Ids are stable: a day's mark refers to them. Add new acts with new ids; never reuse one.

import type { PatternId } from './patterns.ts';
import type { StageId } from './stages.ts';

export interface SmallAct {
  id: string;
  text: string;
  stage?: StageId;
  pattern?: PatternId;
}

export const smallActs: readonly SmallAct[] = [
  // Face it and own it
  {
    id: 'face-1',
    stage: 'face',
    text: 'Write one sentence that names what happened, plainly, without softening it. Keep it for yourself.',
  },
  {
    id: 'face-2',
    stage: 'face',
    text: 'Next time your partner talks about the hurt, listen to the end before you say anything.',
  },
  {
    id: 'face-3',
    stage: 'face',
    text: 'Notice one moment today when you wanted to explain or defend. Let it pass, and just listen.',
  },
  {
    id: 'face-4',
    stage: 'face',
    text: 'Say "that makes sense" once today when your partner tells you how they feel.',
  },
  {
    id: 'face-5',
    stage: 'face',
    text: 'Write down three things you are taking responsibility for. Only your own part.',
  },
  {
    id: 'face-6',
    stage: 'face',
    text: 'Catch one "but" in something you say about what happened, and say the sentence again without it.',
  },
  {
    id: 'face-7',
    stage: 'face',
    text: 'Tell your partner one thing you understand now about how this hurt them, or you.',
  },
  {
    id: 'face-8',
    stage: 'face',
    text: 'Take ten quiet minutes alone to notice what you feel about what happened, without judging it.',
  },
  // Grieve
  {
    id: 'grieve-1',
    stage: 'grieve',
    text: 'Write down one thing you miss about how things were. Just that one thing.',
  },
  {
    id: 'grieve-2',
    stage: 'grieve',
    text: 'If a wave of grief comes today, name it to yourself: "this is a wave, and it will pass".',
  },
  {
    id: 'grieve-3',
    stage: 'grieve',
    text: 'Go for a twenty-minute walk on your own and let your thoughts go where they want.',
  },
  {
    id: 'grieve-4',
    stage: 'grieve',
    text: 'Tell your partner in one sentence what today feels like, without asking them to fix it.',
  },
  {
    id: 'grieve-5',
    stage: 'grieve',
    text: 'Do one kind thing for your body today: sleep a little earlier, eat something warm, drink water.',
  },
  {
    id: 'grieve-6',
    stage: 'grieve',
    text: 'Let yourself cry, or be angry, somewhere safe, without telling yourself you should be past it.',
  },
  {
    id: 'grieve-7',
    stage: 'grieve',
    text: 'Write a short note to yourself for the next bad day, saying what helped this time.',
  },
  {
    id: 'grieve-8',
    stage: 'grieve',
    text: 'Ask your partner: "What is the hardest part for you this week?" and just listen.',
  },
  // Understand why
  {
    id: 'understand-1',
    stage: 'understand',
    text: 'Ask your partner one question that starts with "How were you feeling when…", and listen to the whole answer.',
  },
  {
    id: 'understand-2',
    stage: 'understand',
    text: 'Write down what was missing for you in the months before things broke.',
  },
  {
    id: 'understand-3',
    stage: 'understand',
    text: 'Before you answer your partner today, say back in your own words what you heard.',
  },
  {
    id: 'understand-4',
    stage: 'understand',
    text: 'Think of one time you both avoided a problem. Write what each of you might have been afraid of.',
  },
  {
    id: 'understand-5',
    stage: 'understand',
    text: 'Turn one accusation in your head into a question you could really ask.',
  },
  {
    id: 'understand-6',
    stage: 'understand',
    text: 'Read back over your private reflection and pick the one line that feels most true today.',
  },
  {
    id: 'understand-7',
    stage: 'understand',
    text: 'Ask your partner which question would be hardest for them to answer, and agree not to ask it today.',
  },
  {
    id: 'understand-8',
    stage: 'understand',
    text: 'Write one sentence about what understanding why would give you, and what it would not.',
  },
  // Agree on what trust looks like now
  {
    id: 'agree-1',
    stage: 'agree',
    text: 'Ask your partner: "What would help you feel secure right now?" Write the answer down.',
  },
  {
    id: 'agree-2',
    stage: 'agree',
    text: 'Write down one thing you need in daily life to feel safe. Keep it small and concrete.',
  },
  {
    id: 'agree-3',
    stage: 'agree',
    text: 'Say where you will be this evening and when you will be back, before anyone asks.',
  },
  {
    id: 'agree-4',
    stage: 'agree',
    text: 'Look at one thing you have agreed together and ask each other whether it still feels right.',
  },
  {
    id: 'agree-5',
    stage: 'agree',
    text: 'Notice one request you would like to make that might feel like control. Ask what need is underneath it.',
  },
  {
    id: 'agree-6',
    stage: 'agree',
    text: 'Pick a day next month to look at your agreements again, and put it in both your calendars.',
  },
  {
    id: 'agree-7',
    stage: 'agree',
    text: 'Offer one piece of openness your partner has not asked for, if it feels safe for you.',
  },
  {
    id: 'agree-8',
    stage: 'agree',
    text: 'Thank your partner for one agreement they have kept this week.',
  },
  // Talk and listen again
  {
    id: 'talk-1',
    stage: 'talk',
    text: 'Have one conversation today where you only ask and listen. Save your own view for tomorrow.',
  },
  {
    id: 'talk-2',
    stage: 'talk',
    text: 'When you feel heat rising, say "I need ten minutes" and come back when you said you would.',
  },
  {
    id: 'talk-3',
    stage: 'talk',
    text: 'Ask "How are you, really?" and give it more than a minute.',
  },
  {
    id: 'talk-4',
    stage: 'talk',
    text: 'Tell your partner one feeling you had today, in a sentence that starts with "I felt".',
  },
  {
    id: 'talk-5',
    stage: 'talk',
    text: 'Put your phone in another room for your next conversation together.',
  },
  {
    id: 'talk-6',
    stage: 'talk',
    text: 'Agree on a word either of you can say to pause a talk that is going badly.',
  },
  {
    id: 'talk-7',
    stage: 'talk',
    text: 'When your partner finishes speaking, ask "Is there more?" before you reply.',
  },
  {
    id: 'talk-8',
    stage: 'talk',
    text: 'Tell your partner about a time this week you felt heard by them.',
  },
  // Practise trust
  {
    id: 'practise-1',
    stage: 'practise',
    text: 'Make one small promise for today, with a time attached, and keep it.',
  },
  {
    id: 'practise-2',
    stage: 'practise',
    text: 'Call or send a message at lunchtime, just to say hello.',
  },
  {
    id: 'practise-3',
    stage: 'practise',
    text: 'Be where you said you would be, at the time you said. Let that be enough today.',
  },
  {
    id: 'practise-4',
    stage: 'practise',
    text: 'Tell your partner you noticed something they did that kept their word.',
  },
  {
    id: 'practise-5',
    stage: 'practise',
    text: 'Set aside twenty minutes this week for a check-in about the two of you, and put it in the calendar.',
  },
  {
    id: 'practise-6',
    stage: 'practise',
    text: 'If something still stings, say sorry for it again, simply, without "I already said".',
  },
  {
    id: 'practise-7',
    stage: 'practise',
    text: 'Write two lines about what trust means to you today. Share them if and when you want to.',
  },
  {
    id: 'practise-8',
    stage: 'practise',
    text: 'Tell your partner about a small change in your plans as soon as you know it.',
  },
  // Build what comes next
  {
    id: 'build-1',
    stage: 'build',
    text: 'Plan one hour together this week doing something neither of you has done before.',
  },
  { id: 'build-2', stage: 'build', text: 'Have dinner tonight with both phones out of reach.' },
  {
    id: 'build-3',
    stage: 'build',
    text: 'Take a short walk together, side by side, with nothing you need to discuss.',
  },
  {
    id: 'build-4',
    stage: 'build',
    text: 'Write one sentence about how you would like the two of you to feel a year from now.',
  },
  {
    id: 'build-5',
    stage: 'build',
    text: 'Share a song, a photo or a memory that makes you smile, and say why.',
  },
  {
    id: 'build-6',
    stage: 'build',
    text: 'Offer a small, easy touch, like a hand on the shoulder, if it feels right for you both. Awkward is fine.',
  },
  {
    id: 'build-7',
    stage: 'build',
    text: 'Ask your partner for one thing they would like to do together this month.',
  },
  {
    id: 'build-8',
    stage: 'build',
    text: 'Start a list of small things you want to try together. Add one thing to it today.',
  },
  // Insecurity and old wounds
  {
    id: 'insecurity-1',
    pattern: 'insecurity',
    text: 'When worry rises today, say what you need out loud instead of looking for proof.',
  },
  {
    id: 'insecurity-2',
    pattern: 'insecurity',
    text: 'Write down one fear you carry from before this relationship, and where you first learned it.',
  },
  {
    id: 'insecurity-3',
    pattern: 'insecurity',
    text: 'Notice one urge to check today. Wait ten minutes, breathe slowly, and see what it feels like after.',
  },
  {
    id: 'insecurity-4',
    pattern: 'insecurity',
    text: 'Finish the sentence "I feel safest with you when…" and say it to your partner.',
  },
  // Emotional distance
  {
    id: 'distance-1',
    pattern: 'distance',
    text: 'Look your partner in the eyes when you say good morning or good night.',
  },
  {
    id: 'distance-2',
    pattern: 'distance',
    text: 'Give your partner one specific compliment today, about something they did.',
  },
  {
    id: 'distance-3',
    pattern: 'distance',
    text: 'Spend ten minutes together with no phones and no screens, doing anything at all.',
  },
  {
    id: 'distance-4',
    pattern: 'distance',
    text: 'Ask about one feeling, not one plan: "What was the best part of your day?"',
  },
  // Secrecy and lying
  {
    id: 'secrecy-1',
    pattern: 'secrecy',
    text: 'Tell your partner one small true thing you would usually keep to yourself.',
  },
  {
    id: 'secrecy-2',
    pattern: 'secrecy',
    text: 'When your partner tells you something hard today, answer first with "thank you for telling me".',
  },
  {
    id: 'secrecy-3',
    pattern: 'secrecy',
    text: 'Write down what you fear would happen if you told the whole truth about one thing. Just write it.',
  },
  {
    id: 'secrecy-4',
    pattern: 'secrecy',
    text: 'Answer one question from your partner fully, even if the short answer would be easier.',
  },
  // Infidelity, emotional or physical
  {
    id: 'infidelity-1',
    pattern: 'infidelity',
    text: 'Write down one need of yours that went unmet for a long time, without blaming anyone for it.',
  },
  {
    id: 'infidelity-2',
    pattern: 'infidelity',
    text: 'Be open about one thing today before you are asked: who you met, where you went, who you talked to.',
  },
  {
    id: 'infidelity-3',
    pattern: 'infidelity',
    text: 'Ask your partner what they were living through before it happened, and listen without correcting.',
  },
  {
    id: 'infidelity-4',
    pattern: 'infidelity',
    text: 'Look up one counsellor who works with couples after an affair. Just look; no need to call yet.',
  },
];

export function smallActById(id: string): SmallAct | undefined {
  return smallActs.find((a) => a.id === id);
}
