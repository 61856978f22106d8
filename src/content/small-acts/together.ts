// Small acts for anyone, pointing toward the partner. Offered only while the two of you share a
// space that is open: never in time apart, never when using Kintsugi alone.

import { actsFor } from './types.ts';

export const togetherActs = actsFor('anyone', 'partner', [
  {
    id: 'together-3',
    stage: 'face',
    text: 'Tell your partner one thing you will stop pretending is fine. Just one.',
  },
  {
    id: 'together-4',
    stage: 'face',
    text: 'Ask your partner whether today is a day for talking about it, or a day for quiet. Either is fine.',
  },
  {
    id: 'grieve-4',
    stage: 'grieve',
    text: 'Tell your partner in one sentence what today feels like, without asking them to fix it.',
  },
  {
    id: 'understand-1',
    stage: 'understand',
    text: 'Ask your partner one question that starts with "How were you feeling when…", and listen to the whole answer.',
  },
  {
    id: 'understand-3',
    stage: 'understand',
    text: 'Before you answer your partner today, say back in your own words what you heard.',
  },
  {
    id: 'agree-4',
    stage: 'agree',
    text: 'Look at one thing you have agreed together and ask each other whether it still feels right.',
  },
  {
    id: 'agree-6',
    stage: 'agree',
    text: 'Pick a day next month to look at your agreements again, and put it in both your calendars.',
  },
  {
    id: 'agree-8',
    stage: 'agree',
    text: 'Thank your partner for one agreement they have kept this week.',
  },
  {
    id: 'together-1',
    stage: 'agree',
    text: 'Agree on one time of day when hard topics are off the table, like after ten at night.',
  },
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
  {
    id: 'practise-2',
    stage: 'practise',
    text: 'Call or send a message at lunchtime, just to say hello.',
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
    id: 'together-2',
    stage: 'practise',
    text: 'Say good morning and good night to each other today, on purpose.',
  },
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
    id: 'build-5',
    stage: 'build',
    text: 'Share a song, a photo or a memory that makes you smile, and say why.',
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
  {
    id: 'insecurity-1',
    pattern: 'insecurity',
    text: 'When worry rises today, say what you need out loud instead of looking for proof.',
  },
  {
    id: 'insecurity-4',
    pattern: 'insecurity',
    text: 'Finish the sentence "I feel safest with you when…" and say it to your partner.',
  },
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
    id: 'infidelity-3',
    pattern: 'infidelity',
    text: 'Ask your partner what they were living through before it happened, and listen without correcting.',
  },
]);
