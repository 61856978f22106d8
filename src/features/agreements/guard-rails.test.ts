import { describe, expect, it } from 'vitest';
import { labelledMeasure } from '../../platform/testing/labelled-figures.ts';
import { findConcerns, readAgreementDraft, type Concern } from './guard-rails.ts';
import * as blind from './guard-sets/blind.ts';
import * as blindAfter from './guard-sets/blind-after.ts';
import * as blindBefore from './guard-sets/blind-before.ts';
import * as blindJudge from './guard-sets/blind-judge.ts';
import * as dev from './guard-sets/dev.ts';
import * as eighth from './guard-sets/eighth.ts';
import * as eleventh from './guard-sets/eleventh.ts';
import * as fifteenth from './guard-sets/fifteenth.ts';
import * as sixteenth from './guard-sets/sixteenth.ts';
import * as fourteenth from './guard-sets/fourteenth.ts';
import * as ninth from './guard-sets/ninth.ts';
import * as round9 from './guard-sets/round9.ts';
import * as seventh from './guard-sets/seventh.ts';
import * as tenth from './guard-sets/tenth.ts';
import * as thirteenth from './guard-sets/thirteenth.ts';
import * as twelfth from './guard-sets/twelfth.ts';
import * as sixth from './guard-sets/sixth.ts';
import * as fifth from './guard-sets/fifth.ts';
import * as final from './guard-sets/final.ts';
import * as heldOut from './guard-sets/held-out.ts';
import * as sealed from './guard-sets/sealed.ts';
import * as untouched from './guard-sets/untouched.ts';

// The first examples, kept: each must raise (at least) the concern named.
const flagged: [string, Concern][] = [
  ['youre not to travel for work any more', 'one-sided'],
  ['You have to be in bed by 10.', 'curfew'],
  ['You keep your location sharing on at all times.', 'location'],
  ['Share your location with me 24/7.', 'location'],
  ['I want to be able to track your phone.', 'location'],
  ['Install Life360 so I can see where you are.', 'location'],
  ['Keep Find My iPhone on for me.', 'location'],
  ['I need to know where you are at all times.', 'location'],
  ['Send me a photo of where you are when you go out.', 'location'],
  ['You check in every hour when you are at work.', 'location'],
  ['I get to read all your messages.', 'messages'],
  ['I can go through your phone whenever I want.', 'messages'],
  ['Show me your WhatsApp chats every evening.', 'messages'],
  ['You forward me all the emails from your boss.', 'messages'],
  ['Your phone stays unlocked on the table so I can look at it.', 'messages'],
  ['Hand over your phone when I ask.', 'messages'],
  ['Weekly phone checks.', 'messages'],
  ['I can check his call log.', 'messages'],
  ['Give me all your passwords.', 'passwords'],
  ['You tell me your phone passcode.', 'passwords'],
  ['I want access to your email account.', 'passwords'],
  ['Share the login details for your Instagram.', 'passwords'],
  ['Add my fingerprint to your phone.', 'passwords'],
  ['You stop seeing your friends.', 'isolation'],
  ['No more talking to your sister.', 'isolation'],
  ['Cut off contact with your family.', 'isolation'],
  ['You delete all your friends from Facebook.', 'isolation'],
  ['No female friends.', 'isolation'],
  ['No friends of the opposite sex.', 'isolation'],
  ['You only see friends when you are with me.', 'isolation'],
  ["You're not allowed to see anyone after work.", 'isolation'],
  ['You have a curfew of 10pm.', 'curfew'],
  ['You must be home by 9.', 'curfew'],
  ['Home by 8pm every night.', 'curfew'],
  ['No going out after dark without me.', 'curfew'],
  ['You are not allowed to go out on weekends.', 'curfew'],
  ['No nights out.', 'curfew'],
  ['You will always answer my calls immediately.', 'one-sided'],
  ['Whenever I ask, you tell me who you were with.', 'one-sided'],
  ['You answer my questions without question.', 'one-sided'],
  ['You give up football forever.', 'one-sided'],
  ['She is not allowed to drink.', 'one-sided'],
  ['You must never go to the gym again.', 'one-sided'],
];

// Healthy agreements (and healthy ways to speak of the same topics): none should raise a concern.
const fine: string[] = [
  "I'll tell you if she contacts me.",
  'We both put our phones away during dinner.',
  "If I'm going to be late, I'll text you.",
  "If either of us is running late, we'll call.",
  "I'll call you at lunch on workdays.",
  'We have a check-in every Sunday evening.',
  'I will end all contact with Sam.',
  "I won't message my ex.",
  'We each keep our own passwords private.',
  "Nobody asks for the other person's passwords.",
  'We make more time for friends and family, together and apart.',
  "We meet each other's friends this month.",
  "I'll tell you when I'm going out, and roughly when I'll be back.",
  'We say goodnight to each other, even after a hard day.',
  'We take a walk together on Saturdays.',
  "When something hurts, I'll say so instead of going quiet.",
  "We never check each other's phones.",
  "I'll show you a message if it worries me, because I choose to.",
  'We both see a counsellor once a fortnight for the next two months.',
  "I'll let you know if my plans change.",
  'We go to bed at the same time on weeknights, when we can.',
  'We share the calendar for family plans.',
  'We cook dinner together twice a week.',
  "If I see her at work, I'll tell you the same day.",
  'We keep Friday evenings for the two of us.',
  "I'll answer your texts when I can, and say so if I can't for a while.",
  'We talk about money once a month.',
  'When I feel jealous, I name it and ask instead of accusing.',
  "We each keep time for our own friends; we'll say when we're out.",
  'No phones in the bedroom for either of us.',
  'We hug when one of us gets home.',
  // Round 9: the partner leading the sentence, freed rather than bound.
  'Your sister is always welcome here.',
  'You keep your Thursday football, and I keep my book club.',
  "It's your choice whether we share locations at all.",
  'My wife and I will each keep our own phones private.',
  'I will stop drinking on weeknights for the next six weeks.',
  "We'll review this in a month and change it if it isn't helping.",
];

// Each later set was measured once, then joined the tuning drafts (decision 031): the seventh
// round's first blind set, the ninth to fourteenth sets of the eighth round, and round 9's first
// blind set with the drafts written by kind after it.
const later = [
  seventh,
  ninth,
  tenth,
  eleventh,
  twelfth,
  thirteenth,
  fourteenth,
  blindBefore,
  round9,
];
const tuning = {
  warned: [...dev.warned, ...later.flatMap((s) => s.warned)],
  calm: [...dev.calm, ...later.flatMap((s) => s.calm)],
};

// Each draft is read once, though the tuning drafts and the sets measured alone are in the whole
// set too.
const measure = labelledMeasure(findConcerns, (concerns) => concerns.length > 0);
const figures = (set: { warned: string[]; calm: string[] }) => {
  const { recall, falseNotes } = measure.figures({ shouldNotice: set.warned, shouldNot: set.calm });
  return { recall, falseWarnings: falseNotes };
};

describe('guard rails, measured on labelled drafts', () => {
  it('has at least 100 drafts each way, with held-out parts', () => {
    const sets = [
      tuning,
      heldOut,
      untouched,
      sealed,
      final,
      fifth,
      sixth,
      blind,
      eighth,
      fifteenth,
    ];
    expect(sets.reduce((n, s) => n + s.warned.length, 0)).toBeGreaterThanOrEqual(100);
    expect(sets.reduce((n, s) => n + s.calm.length, 0)).toBeGreaterThanOrEqual(100);
  });

  it('tuning set: warns on at least 90% of one-sided drafts, and on at most 5% of calm ones', () => {
    const { recall, falseWarnings } = figures(tuning);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falseWarnings).toBeLessThanOrEqual(0.05);
  });

  // The eighth set was measured once before round 8 (28 of 30 warned, none of 30 calm); round 8
  // read its two misses by kind, so it now holds tuned figures.
  it('eighth set (read by kind in round 8): the same two figures', () => {
    const { recall, falseWarnings } = figures(eighth);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falseWarnings).toBeLessThanOrEqual(0.05);
  });

  // Written after the last change of round 8 and measured once: 35 of 40 one-sided drafts warned,
  // 1 of 40 calm ones. Round 9 read its misses by kind (now 40 of 40, 0 of 40); the floors stay.
  it('fifteenth set (read by kind in round 9): holds the figures measured once', () => {
    const { recall, falseWarnings } = figures(fifteenth);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(falseWarnings).toBeLessThanOrEqual(0.05);
  });

  // Written blind (by someone who saw neither the rules nor any other set) and measured once when
  // the round-8 rules were merged: 69 of 80 one-sided drafts warned (0.863), 0 of 80 calm ones.
  // The rules before round 8 gave 0.838 and 0. Round 9 read its misses by kind (now 80 of 80, 0
  // of 80), so it no longer measures fresh drafts; the floors stay.
  it('sixteenth set (written blind, read by kind in round 9): holds the figures measured once', () => {
    const { recall, falseWarnings } = figures(sixteenth);
    expect(sixteenth.warned.length + sixteenth.calm.length).toBe(160);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(falseWarnings).toBe(0);
  });

  // Round 9's first blind set, measured once before any round-9 change: 81 of 100 one-sided
  // drafts warned, 2 of 100 calm ones. It then joined the tuning drafts (above).
  // Round 9's last set, written blind after the last round-9 change and measured once, with
  // nothing changed after: 47 of 50 one-sided drafts warned (0.94), 2 of 50 calm ones (0.04).
  // These are the two figures on drafts no rule was written for.
  it('round 9 set written after the changes (never tuned on): the issue figures', () => {
    const { recall, falseWarnings } = figures(blindAfter);
    expect(blindAfter.warned.length + blindAfter.calm.length).toBe(100);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falseWarnings).toBeLessThanOrEqual(0.05);
  });

  // Written blind by the judge (before reading any rule, code or set) and measured once, with
  // nothing changed after: 60 of 60 one-sided drafts warned (1.00), none of 60 mutual,
  // time-limited, reviewed or freely offered ones (0.00). Floors at the measured figures.
  it("the judge's set, written blind (never tuned on): holds the figures measured once", () => {
    const { recall, falseWarnings } = figures(blindJudge);
    expect(blindJudge.warned.length).toBe(60);
    expect(blindJudge.calm.length).toBe(60);
    expect(recall).toBeGreaterThanOrEqual(1);
    expect(falseWarnings).toBe(0);
  });

  it('whole set (tuning and all held-out parts): the same two figures', () => {
    const { recall, falseWarnings } = figures({
      warned: [
        ...tuning.warned,
        ...heldOut.warned,
        ...untouched.warned,
        ...sealed.warned,
        ...final.warned,
        ...fifth.warned,
        ...sixth.warned,
        ...blind.warned,
        ...eighth.warned,
        ...fifteenth.warned,
        ...sixteenth.warned,
        ...blindAfter.warned,
        ...blindJudge.warned,
      ],
      calm: [
        ...tuning.calm,
        ...heldOut.calm,
        ...untouched.calm,
        ...sealed.calm,
        ...final.calm,
        ...fifth.calm,
        ...sixth.calm,
        ...blind.calm,
        ...eighth.calm,
        ...fifteenth.calm,
        ...sixteenth.calm,
        ...blindAfter.calm,
        ...blindJudge.calm,
      ],
    });
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falseWarnings).toBeLessThanOrEqual(0.05);
  });

  it('gives mutual, time-limited transparency a calm information note, not a warning', () => {
    const trip =
      "We will both turn on location sharing during my trip next week, and turn it off when I'm back.";
    expect(readAgreementDraft(trip)).toEqual({ concerns: [], transparency: true });
    expect(readAgreementDraft('We cook together on Sundays.')).toEqual({
      concerns: [],
      transparency: false,
    });
    expect(readAgreementDraft('Share your location with me at all times.').transparency).toBe(
      false,
    );
  });

  it.each([
    ["You can't go out without asking me first.", 'permission'],
    ['You only spend money I have approved.', 'money'],
    ['I get to read your messages whenever I want.', 'messages'],
    ['You must text me a photo of who you are with.', 'location'],
    ["You can't have a Facebook account.", 'isolation'],
    ["You tell me exactly who you're with whenever you're out.", 'location'],
    ['No phone calls in private.', 'one-sided'],
    ["Your parents don't visit unless I invite them.", 'isolation'],
    ['You come straight home after work every day.', 'curfew'],
    // Round 9, by kind: the partner leading the sentence, things handed to the writer.
    ['You only use the car to go to work and back.', 'one-sided'],
    ['Every night you tell me everything you did that day.', 'one-sided'],
    ["Your mates aren't coming to the house anymore.", 'isolation'],
    ['Every text from your colleagues gets forwarded to me.', 'messages'],
    ["I'm taking your bank card until further notice.", 'one-sided'],
    ['We agree that, since you cheated, you have no right to privacy anymore.', 'one-sided'],
  ])('warns on %j (%s)', (text, concern) => {
    expect(findConcerns(text)).toContain(concern);
  });
});

describe('guard rails, the first examples', () => {
  for (const [text, concern] of flagged) {
    it(`notices ${concern}: "${text}"`, () => {
      expect(findConcerns(text)).toContain(concern);
    });
  }

  for (const text of fine) {
    it(`leaves alone: "${text}"`, () => {
      expect(findConcerns(text)).toEqual([]);
    });
  }

  it('reads the title and the daily-life text, with curly apostrophes and any case', () => {
    expect(
      findConcerns({ title: 'PHONES', dailyLife: 'You’re not allowed to see your FRIENDS.' }),
    ).toEqual(['isolation']);
    expect(
      findConcerns({ title: 'Location sharing always on', dailyLife: 'So I can relax.' }),
    ).toEqual(['location']);
  });

  it('does not let "we both" in one sentence quiet a demand in another', () => {
    expect(findConcerns('We both cook. You will always answer my calls immediately.')).toEqual([
      'one-sided',
    ]);
  });

  it('lists concerns in a stable order without duplicates', () => {
    const found = findConcerns(
      'Give me your passwords. Share your location with me. Give me your pin.',
    );
    expect(found).toEqual(['location', 'passwords']);
  });
});
