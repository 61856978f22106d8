// Shapes from the seventh round: the author's own pain put in the middle, "we both" spread over a
// fault, blame measured out as "just as much", and hurry dressed as "no point going over it".
import type { Shape } from './ownership-shapes.ts';

/** Negated just before the match: "not", "n't", "never", with an optional "just"/"only". */
const negatedBefore = /(?:\bnot|n't|\bnever|\bno longer)(?: (?:just|only|really|even|merely))?\s*$/;

/** Words of the author's suffering, as in "I've been through hell", "I'm struggling too". */
const myPain = String.raw`(?:been through (?:hell|a lot|so much|enough|it)|(?:suffered|suffering|struggled|struggling|hurting|hurt|in pain|falling apart|a wreck|a mess|miserable|exhausted|broken)|lost (?:so much|everything|sleep|weight))`;

export const centredShapes: Shape[] = [
  {
    // The one who broke trust as the one who suffers most, or whom nobody thinks of.
    kind: 'self-pity',
    pattern: new RegExp(
      [
        String.raw`\bi'?m the one (?:who|that)(?: \w+){0,2} (?:has to|have to|must|gets? to|is|was|ends? up) (?:live with|living with|suffer|suffering|carry|carrying|deal with|dealing with|pay|paying|lose|losing|feel|feeling)\b`,
        String.raw`\b(?:how|so|really|very) (?:hard|difficult|painful|awful|tough|lonely) (?:this|it|all this|all of this|that|everything|the last \w+ \w+) (?:has been|is|was|have been) (?:for|on) me\b`,
        String.raw`\b(?:i'?ve|i have|i'?m|i am|i was|i) (?:\w+ )?${myPain}\b[^.?!,]{0,30}\b(?:too|as well|also)\b`,
        String.raw`\b(?:nobody|no one|none of you|you never|you don'?t|you do not|you didn'?t)(?: \w+)? (?:thinks?|cares?|asks?|considers?|sees?|thought|cared|asked) (?:about )?(?:how i|what i|me|my|about me)\b`,
        String.raw`\bwhat about (?:me|my (?:feelings|pain|side|needs)|how i feel)\b`,
        String.raw`\b(?:the guilt|this guilt|my guilt|the shame) (?:is|has been) (?:killing|eating|destroying|crushing|tearing)\b`,
      ].join('|'),
    ),
  },
  {
    kind: 'blaming',
    pattern:
      /\b(?:as much|just as much|equally|every bit as much|partly|also) (?:to blame|at fault|responsible)\b|\byou (?:keep|kept) (?:making (?:it|this|things|me)|throwing it|bringing it up|rubbing|punishing)\b/,
    fits: (before) => !negatedBefore.test(before) && !/\bi\s*(?:'m|am|was)?\s*$/.test(before),
  },
  {
    // "We both" spread over a fault that was one person's to own.
    kind: 'blaming',
    pattern:
      /\b(?:we both|both of us|the two of us|we each|we'?d both|we had both|we have both|we'?ve both) (?:just |sort of |kind of )?(?:let (?:\w+ ){1,3}(?:slide|slip|go|drift|die|fall apart)|stopped (?:trying|talking|making|caring|touching|listening|putting)|neglected|gave up|drifted|took (?:each other|it|us) for granted|checked out|pulled away|grew apart|failed|played our part|had our (?:part|share|faults)|were unhappy|wanted out|were lonely|contributed)\b/,
  },
  {
    kind: 'moving-on',
    pattern:
      /\b(?:no|(?:don'?t|do not|can'?t|cannot) see the|what'?s the|what is the|not much|little) point (?:in |of )?(?:going over|going back|dwelling|talking about|raking|rehashing|bringing (?:it|this|that) up|digging|discussing|revisiting|reliving)\b/,
  },
];

/** Lets other shapes ask the same question about a negation just before their match. */
export { negatedBefore };
