// Small acts for anyone, for yourself: grounding, rest, your own words, a friend, a counsellor.
// These fit every day, including time apart and using Kintsugi alone.

import { actsFor } from './types.ts';

export const selfActs = actsFor('anyone', 'self', [
  {
    id: 'face-1',
    stage: 'face',
    text: 'Write one sentence that names what happened, plainly, without softening it. Keep it for yourself.',
  },
  {
    id: 'face-8',
    stage: 'face',
    text: 'Take ten quiet minutes alone to notice what you feel about what happened, without judging it.',
  },
  {
    id: 'self-1',
    stage: 'face',
    text: 'Write down how you are, really, in three words. No one else will read them.',
  },
  {
    id: 'self-2',
    stage: 'face',
    text: 'Put both feet on the floor. Breathe in for four, out for six, five times.',
  },
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
    id: 'self-3',
    stage: 'grieve',
    text: 'Go to bed half an hour early tonight. Rest is part of this.',
  },
  {
    id: 'self-4',
    stage: 'grieve',
    text: 'Step outside for ten minutes and let the daylight reach your face.',
  },
  {
    id: 'understand-2',
    stage: 'understand',
    text: 'Write down what was missing for you in the months before things broke.',
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
    id: 'understand-8',
    stage: 'understand',
    text: 'Write one sentence about what understanding why would give you, and what it would not.',
  },
  {
    id: 'agree-2',
    stage: 'agree',
    text: 'Write down one thing you need in daily life to feel safe. Keep it small and concrete.',
  },
  {
    id: 'agree-5',
    stage: 'agree',
    text: 'Notice one request you would like to make that might feel like control. Ask what need is underneath it.',
  },
  {
    id: 'self-5',
    stage: 'agree',
    text: 'Write down one limit that protects your rest, like no hard talks late at night.',
  },
  {
    id: 'self-6',
    stage: 'agree',
    text: 'Notice what helps you feel steady on an ordinary day. Write one of those things down.',
  },
  {
    id: 'self-7',
    stage: 'talk',
    text: 'Say one feeling out loud to yourself today, in a sentence that starts with "I feel".',
  },
  {
    id: 'self-8',
    stage: 'talk',
    text: 'Write down what you would say if you knew you would be heard. Keep it for now.',
  },
  {
    id: 'self-9',
    stage: 'talk',
    text: 'When your voice gets tight today, breathe out for longer than you breathe in, three times.',
  },
  {
    id: 'practise-7',
    stage: 'practise',
    text: 'Write two lines about what trust means to you today. Share them if and when you want to.',
  },
  {
    id: 'self-10',
    stage: 'practise',
    text: 'Keep one small promise to yourself today: a glass of water, a short walk, bed on time.',
  },
  {
    id: 'self-11',
    stage: 'practise',
    text: 'Eat one proper meal today, sitting down, with your phone somewhere else.',
  },
  {
    id: 'build-4',
    stage: 'build',
    text: 'Write one sentence about how you would like to feel a year from now.',
  },
  {
    id: 'self-12',
    stage: 'build',
    text: 'Plan one small thing for yourself this week that you can look forward to.',
  },
  {
    id: 'self-13',
    stage: 'build',
    text: 'Write three words for the life you want, whatever shape it takes.',
  },
  {
    id: 'insecurity-2',
    pattern: 'insecurity',
    text: 'Write down one fear you carry from before this relationship, and where you first learned it.',
  },
  {
    id: 'insecurity-3',
    pattern: 'insecurity',
    text: 'Notice one urge to check today. Wait ten minutes, breathe slowly, and see how it feels after.',
  },
  {
    id: 'self-14',
    pattern: 'insecurity',
    text: 'Write one sentence about what you needed as a child when you felt unsure.',
  },
  {
    id: 'self-15',
    pattern: 'distance',
    text: 'Write down one small moment of closeness you would like back. Just write it.',
  },
  {
    id: 'self-16',
    pattern: 'secrecy',
    text: 'Notice one moment today when you wanted to hide a feeling. Name the feeling, just to yourself.',
  },
  {
    id: 'infidelity-1',
    pattern: 'infidelity',
    text: 'Write down one need of yours that went unmet for a long time, without blaming anyone for it.',
  },
]);
