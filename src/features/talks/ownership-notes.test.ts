import { describe, expect, it } from 'vitest';
import { phraseRules } from '../../content/ownership.ts';
import { findPhraseNotes, notesForStatement } from './ownership-notes.ts';
import * as blind from './ownership-sets/blind.ts';
import * as dev from './ownership-sets/dev.ts';
import * as eighth from './ownership-sets/eighth.ts';
import * as seventh from './ownership-sets/seventh.ts';
import * as sixth from './ownership-sets/sixth.ts';
import * as fifth from './ownership-sets/fifth.ts';
import * as final from './ownership-sets/final.ts';
import * as heldOut from './ownership-sets/held-out.ts';
import * as sealed from './ownership-sets/sealed.ts';
import * as untouched from './ownership-sets/untouched.ts';

const flags = (text: string) => findPhraseNotes(text).length > 0;
const figures = (set: { noted: string[]; clean: string[] }) => ({
  recall: set.noted.filter(flags).length / set.noted.length,
  falseNotes: set.clean.filter(flags).length / set.clean.length,
});

// The seventh round's first blind set was measured once, then joined the tuning sentences.
const tuning = {
  noted: [...dev.noted, ...seventh.noted],
  clean: [...dev.clean, ...seventh.clean],
};

describe('ownership notes, measured on labelled sentences', () => {
  it('has at least 150 sentences each way, in a tuning part and a held-out part', () => {
    expect(dev.noted.length + heldOut.noted.length).toBeGreaterThanOrEqual(150);
    expect(dev.clean.length + heldOut.clean.length).toBeGreaterThanOrEqual(150);
    expect(heldOut.noted.length).toBeGreaterThanOrEqual(40);
    expect(heldOut.clean.length).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ['tuning', tuning],
    ['held-out', heldOut],
    [
      'whole (tuning and all held-out parts)',
      {
        noted: [
          ...tuning.noted,
          ...heldOut.noted,
          ...untouched.noted,
          ...sealed.noted,
          ...final.noted,
          ...fifth.noted,
          ...sixth.noted,
          ...blind.noted,
          ...eighth.noted,
        ],
        clean: [
          ...tuning.clean,
          ...heldOut.clean,
          ...untouched.clean,
          ...sealed.clean,
          ...final.clean,
          ...fifth.clean,
          ...sixth.clean,
          ...blind.clean,
          ...eighth.clean,
        ],
      },
    ],
  ])('%s set: notices at least 90%% and falsely notes at most 5%%', (_name, set) => {
    const { recall, falseNotes } = figures(set);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falseNotes).toBeLessThanOrEqual(0.05);
  });

  // The last blind part, written after tuning ended and measured once: 33 of 40 noticed, 7 of 40
  // honest sentences noted. The floors sit just under those figures, so they guard against
  // sliding back without pretending the checker is better on fresh sentences than it is.
  it('last blind part (never tuned on): holds the figures measured once', () => {
    const { recall, falseNotes } = figures(eighth);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(falseNotes).toBeLessThanOrEqual(0.2);
  });

  it('every kind of note has its words, and is raised by some tuning sentence', () => {
    const raised = new Set(tuning.noted.flatMap((s) => findPhraseNotes(s).map((n) => n.rule.id)));
    for (const rule of phraseRules) {
      expect(rule.why.length, rule.id).toBeGreaterThan(20);
      expect(rule.instead.length, rule.id).toBeGreaterThan(20);
      expect(raised.has(rule.id), `nothing raises ${rule.id}`).toBe(true);
    }
  });
});

describe('ownership notes, case by case', () => {
  it.each([
    ["I'm sorry you were hurt.", 'about-you'],
    ['Sorry if that upset you.', 'conditional'],
    ['I only did it because I felt invisible.', 'justifying'],
    ['I started seeing him because you were never around.', 'justifying'],
    ['At least I told you eventually.', 'minimising'],
    ['It was only once.', 'minimising'],
    ['Mistakes were made on both sides.', 'agentless'],
    ['Anyone would have done it.', 'normalising'],
    ['We need to move on now.', 'moving-on'],
    ['You pushed me into it.', 'blaming'],
    ['im sorry you feel that way', 'about-you'],
    ['it wasnt really an affair', 'minimising'],
    ["I've been through hell these months too.", 'self-pity'],
    ['We both let things slide.', 'blaming'],
  ])('%j raises %s', (text, kind) => {
    expect(findPhraseNotes(text).map((n) => n.rule.id)).toContain(kind);
  });

  it.each([
    'I just want you to know I lied.',
    'Because I was a coward, I hid it.',
    'I know you were hurt by what I did.',
    'I told myself it was only texting. It was an affair.',
    'I will never ask you to move on.',
    'It hurt you because you trusted me.',
    'I only told you when I was caught. That was cowardly.',
    'It was not just a fling. It went on for two years.',
    'You are not overreacting.',
    'This has been so hard for you.',
  ])('stays quiet about %j', (text) => {
    expect(findPhraseNotes(text).map((n) => `${n.rule.id}: ${n.match}`)).toEqual([]);
  });

  it('points at the words as typed, even when the apostrophe was left out', () => {
    expect(findPhraseNotes('Honestly im sorry you feel that way').map((n) => n.match)).toEqual([
      'sorry you',
    ]);
    const [note] = findPhraseNotes('its not like it meant anything');
    expect(note?.match).toBe('its not like');
    expect(note?.index).toBe(0);
  });

  it('gives back the words as written, once per kind, in order, for each part of a statement', () => {
    const notes = notesForStatement({
      whatIDid: 'It was only texting, BUT YOU were never home. It was just messages.',
      howItHurt: 'You felt alone.',
      whatIWillDo: 'I’ll try to be better.',
    });
    expect(notes.map((n) => [n.field, n.note.rule.id, n.note.match])).toEqual([
      ['whatIDid', 'minimising', 'only texting'],
      ['whatIDid', 'blaming', 'BUT YOU were'],
      ['whatIWillDo', 'half-promise', 'I’ll try to'],
    ]);
  });
});
