import { describe, expect, it } from 'vitest';
import { phraseRules } from '../../content/ownership.ts';
import { findPhraseNotes, notesForStatement } from './ownership-notes.ts';

// Each positive example names the rule it must raise; each negative must raise nothing.
const positives: [string, string][] = [
  ['I lied to you, but you were never home.', 'but-you'],
  ['I know it was wrong but you pushed me away first.', 'but-you'],
  ['I hid the messages, but then you stopped talking to me.', 'but-you'],
  ["I'm sorry you feel that way.", 'sorry-you-feel'],
  ['I am sorry that you felt betrayed.', 'sorry-you-feel'],
  ['I’m sorry you see it like that.', 'sorry-you-feel'],
  ["I'm sorry you took it so badly.", 'sorry-you-feel'],
  ["I'm sorry, but I needed someone to talk to.", 'sorry-but'],
  ['I apologise but it is complicated.', 'sorry-but'],
  ['It was only a few messages.', 'only'],
  ['It was just a kiss.', 'only'],
  ['That was only once.', 'only'],
  ['We were just texting.', 'only'],
  ['It happened only once and it is over.', 'only'],
  ['If I hurt you, I apologise.', 'if-i-hurt'],
  ['If my words upset you, I am sorry.', 'if-i-hurt'],
  ['If you were hurt by this, I regret it.', 'if-i-hurt'],
  ['If what I did hurt you, I am sorry.', 'if-i-hurt'],
  ['You made me feel so small that I went looking elsewhere.', 'you-made-me'],
  ['You drove me to it.', 'you-made-me'],
  ['You pushed me away until I gave up.', 'you-made-me'],
  ['It just happened.', 'just-happened'],
  ['Things just got out of hand at the party.', 'just-happened'],
  ['I got carried away.', 'just-happened'],
  ["If you hadn't been so cold, none of this would have happened.", 'if-you-had'],
  ['If you had just listened to me back then.', 'if-you-had'],
  ['If you paid more attention, you would have known.', 'if-you-had'],
  ['You did it too, years ago.', 'you-too'],
  ['We both made mistakes.', 'you-too'],
  ["You aren't perfect either.", 'you-too'],
  ['We are both to blame for this.', 'you-too'],
  ["It didn't mean anything.", 'meant-nothing'],
  ['She meant nothing to me.', 'meant-nothing'],
  ['It was not a big deal at the time.', 'big-deal'],
  ['Nothing really happened between us.', 'big-deal'],
  ["I think you're overreacting.", 'overreacting'],
  ['You are being too sensitive about it.', 'overreacting'],
  ['You are blowing this out of proportion.', 'overreacting'],
  ['Can we just move on now?', 'move-on'],
  ['You need to get over it.', 'move-on'],
  ["Let's put this behind us.", 'move-on'],
  ['I already apologised for that.', 'already-apologised'],
  ['How many times do I have to say sorry?', 'already-apologised'],
  ['I was drunk and it was late.', 'excuse-state'],
  ["I couldn't help myself.", 'excuse-state'],
  ["That's just who I am.", 'who-i-am'],
  ["I'm just like that when I'm stressed.", 'who-i-am'],
  ["You know I didn't mean it.", 'you-know'],
  ['You know I would never want to hurt you.', 'you-know'],
  ["I'll try to be more open.", 'try'],
  ['I will try not to lie again.', 'try'],
  ["I'll do my best to be home on time.", 'try'],
];

const negatives: string[] = [
  'I lied to you about where I was for three months.',
  'I hid the messages from you and deleted them.',
  'I broke your trust, and I am sorry.',
  "I'm sorry I lied to you.",
  'I am sorry for what I did.',
  'I chose to keep seeing them after I promised I would stop.',
  'When you found out, you felt the ground go from under you.',
  'It hurt you because you trusted me completely.',
  'You lost sleep, and you stopped feeling safe at home.',
  'You felt stupid for believing me, and you were not stupid.',
  'You had to carry this alone for weeks.',
  'It took away your sense that our home was safe.',
  'I will tell you where I am when I am late.',
  'I will answer your questions, even the same ones again.',
  'I will show you my messages whenever you ask, for as long as you need.',
  'I will see a counsellor on my own, starting next week.',
  'I will be home by seven on weekdays.',
  'I will not contact that person again.',
  'I know you deserve the truth, and I know I owe it to you.',
  'I wanted to stop, but I did not.',
  'You did nothing to deserve this.',
  'I was lonely, and I chose the wrong way to deal with it.',
  'The affair lasted four months.',
  'I told you I was working late when I was not.',
  'I let you believe you were imagining things.',
  'You kept asking, and I kept denying it.',
  'I want to understand why I did it, and I will work on that.',
  'I made a choice, and it was mine.',
  'I spent money we had saved together, and I hid it.',
  'You felt humiliated in front of our friends.',
  'You started checking my phone because I gave you reasons to.',
  'I will ask you what you need instead of guessing.',
  'I will keep my promises, even the small ones.',
  'Both of our families were affected, and that was my doing.',
  'I understand that trust may take a long time to come back.',
  'I will stay with it, however long it takes.',
  'I am not asking you to forgive me.',
  'I know it was a big deal to you, and it was to me too.',
  'I will not rush you.',
  'I lied again last week when you asked me directly.',
  'I will come to the conversations, even the hard ones.',
  'I will call you at lunch every day this month.',
];

describe('the phrase rule set', () => {
  it('has at least 40 positive and 40 negative examples', () => {
    expect(positives.length).toBeGreaterThanOrEqual(40);
    expect(negatives.length).toBeGreaterThanOrEqual(40);
  });

  it('every rule has words for why and what instead, and at least one positive example', () => {
    for (const rule of phraseRules) {
      expect(rule.why.length, rule.id).toBeGreaterThan(20);
      expect(rule.instead.length, rule.id).toBeGreaterThan(20);
      expect(positives.some(([, id]) => id === rule.id), `no example for ${rule.id}`).toBe(true);
    }
  });

  it.each(positives)('notices %j (%s)', (text, ruleId) => {
    const ids = findPhraseNotes(text).map((n) => n.rule.id);
    expect(ids).toContain(ruleId);
  });

  it.each(negatives.map((n) => [n]))('stays quiet about %j', (text) => {
    expect(findPhraseNotes(text).map((n) => `${n.rule.id}: ${n.match}`)).toEqual([]);
  });

  it('gives back the words as written, in order, for each part of a statement', () => {
    const notes = notesForStatement({
      whatIDid: 'It was only texting, BUT YOU were never home.',
      howItHurt: 'You felt alone.',
      whatIWillDo: "I’ll try to be better.",
    });
    expect(notes.map((n) => [n.field, n.note.rule.id, n.note.match])).toEqual([
      ['whatIDid', 'only', 'It was only'],
      ['whatIDid', 'but-you', 'BUT YOU'],
      ['whatIWillDo', 'try', 'I’ll try to'],
    ]);
  });
});
