// Shapes from the seventh round: the author's own pain put in the middle, "we both" spread over a
// fault, blame measured out as "just as much", and hurry dressed as "no point going over it".
import type { Shape } from './ownership-shapes.ts';

/** Negated just before the match: "not", "n't", "never", with an optional "just"/"only". */
const negatedBefore = /(?:\bnot|n't|\bnever|\bno longer)(?: (?:just|only|really|even|merely))?\s*$/;

/** Words of the author's suffering, as in "I've been through hell", "I'm struggling too". */
const myPain = String.raw`(?:been through (?:hell|a lot|so much|enough|it)|(?:suffered|suffering|struggled|struggling|hurting|hurt(?! (?:you|the|them|him|her|my|our|your|us|people|everyone|others|so many|a lot of)\b)|in pain|falling apart|a wreck|a mess|miserable|exhausted|broken)|lost (?:so much|everything|sleep|weight))`;

export const centredShapes: Shape[] = [
  {
    // The one who broke trust as the one who suffers most, or whom nobody thinks of.
    kind: 'self-pity',
    pattern: new RegExp(
      [
        String.raw`\bi'?m the one (?:who|that)(?: \w+){0,2} (?:has to|have to|must|gets? to|is|was|ends? up) (?:live with|living with|suffer|suffering|carry|carrying|deal with|dealing with|pay|paying|lose|losing|feel|feeling|face|facing|explain|explaining|tell|look)\b`,
        String.raw`\b(?:how|so|really|very) (?:hard|difficult|painful|awful|tough|lonely) (?:this|it|all this|all of this|that|everything|the last \w+ \w+) (?:has been|is|was|have been) (?:for|on) me\b`,
        String.raw`\b(?:i'?ve|i have|i'?m|i am|i was|i) (?:\w+ )?${myPain}\b[^.?!,]{0,30}\b(?:too|as well|also)\b`,
        String.raw`\b(?:nobody|no one|none of you|you never|you don'?t|you do not|you didn'?t)(?: \w+){0,2}? (?:to )?(?:thinks?|cares?|asks?|considers?|sees?|thought|cared|asked) (?:about )?(?:how i|what i|me|my|about me|that i(?:'m| am)?)\b`,
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

/** Kinds written as shapes rather than phrases: contractions, "too"/"either", beliefs as reasons. */
export const widerShapes: Shape[] = [
  {
    kind: 'justifying',
    pattern:
      /\bbecause i (?:felt|thought|believed|suspected|assumed|was sure|decided) (?:that )?you(?:'d| had| were| was)? (?:stopped|cheating|were cheating|didn't|did not|no longer|never|wanted out|had moved on|checked out|were seeing|were lying|had someone|don't|do not)\b|\b(?:understand|see|hear) my side\b|\bmy side (?:of (?:it|things|the story)|too)\b/,
  },
  {
    kind: 'agentless',
    pattern:
      /,? so (?:things|it|stuff|everything) (?:just )?(?:went|got|happened|escalated|spiralled|spiraled|moved|progressed)\b/,
  },
  {
    kind: 'minimising',
    pattern:
      /\b(?:never|not|wasn't|isn't|was not|is not) (?:ever )?(?:anything|something|much) (?:that )?(?:serious|big|important|major|real|meaningful|special)\b|\b(?:it|that|this)'s (?:only|just|merely) (?!(?:the|a) (?:start|beginning)\b)\w+|\b(?:purely|just|only|merely|simply) (?:physical|sexual|casual|online)\b|\bno (?:real )?feelings\b|\b(?:didn't|did not|never) really do (?:much|anything)\b|\bi (?:was|felt|got) (?:just|only|simply) (?:so |very )?(?:lonely|bored|curious|tempted|weak|sad|lost|flattered)\b/,
    fits: (before) => !negatedBefore.test(before) && !/\b(?:no|there were)\s*$/.test(before),
  },
  {
    kind: 'their-feelings',
    pattern:
      /\byou(?:'re| are)(?: being)? too (?:emotional|sensitive|upset|angry|worked up|jealous|insecure|raw)\b|\bmak(?:e|es|ing) (?:it|this|that|things|me) (?:sound|seem|look) (?:\w+ )?(?:worse|bigger)\b|\bworse than it (?:really )?(?:was|is)\b/,
  },
  {
    kind: 'moving-on',
    pattern:
      /\b(?:let's not|let us not|can we not|can't we (?:just )?(?:stop|not)|why can't we) (?:keep |keeping |just )?(?:go(?:ing)? over|drag(?:ging)? up|bring(?:ing)? (?:it|this|that) up|rak(?:e|ing) over|dig(?:ging)? up|dwell(?:ing)? on|talk(?:ing)? about (?:this|it|that)|revisit(?:ing)?)\b|\bhold (?:it|this|that) over me\b|\bpunish(?:ing)? me forever\b|\b(?:let|get) me off the hook\b|\bcut me some slack\b|\bforgive and forget\b|\b(?:can't|cannot|couldn't|why can't) we (?:just )?(?:get on|move|put|leave|forget)\b/,
  },
  {
    kind: 'vouching',
    pattern:
      /\byou know (?:me|(?:that )?i(?:'m| am) (?:a good|not a|not that|better|a decent))\b|\byou know how much (?:i|you mean)\b|\bdeep down,? you know\b|\bnot who i (?:really |truly )?am\b|\b(?:this|that|it) (?:isn't|is not|wasn't|was not) (?:the real )?me\b/,
  },
  {
    kind: 'blaming',
    pattern:
      /\byou(?:'ve| have)? (?:done|said|hurt me|lied|kept secrets) (?:[\w']+ ){0,6}?(?:too|as well)\b|\byou(?:'re| are| were)? (?:hardly|not exactly|far from) (?:\w+ )?(?:perfect|innocent|blameless|easy to live with)\b|\b(?:so|and) (?:i did (?:too|the same)|did i)\b|\byou(?:'d| had) (?:already |long )?(?:stopped|given up on|checked out|moved on|gone cold)\b/,
  },
  {
    kind: 'normalising',
    pattern:
      /\b(?:any|every|most|plenty of|lots of|a lot of) (?:other )?(?:husbands?|wives|wife|men|man|women|woman|people|person|guys?|partners?|couples?)\b[^.]{0,25}\bwould(?:'ve| have)? (?:done|do) (?:the same|it|that|worse)\b|\b(?:show me|name|find me) (?:someone|anyone|one person) who (?:hasn't|has never|never|doesn't|wouldn't)\b/,
  },
  {
    kind: 'about-you',
    pattern:
      /\b(?:sorry|apologi[sz]e|apologies|regret)\b (?:for|about) any (?:distress|upset|discomfort|offence|offense|hurt feelings)\b/,
  },
];

/** Lets other shapes ask the same question about a negation just before their match. */
export { negatedBefore };
