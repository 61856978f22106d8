// Later shapes, from the third and fourth rounds of tuning: blame through the partner's traits,
// defence framing, hurrying, and apologies whose object is not my own act.
import type { Shape } from './ownership-shapes.ts';

/** Further shapes of blame, hurry, normalising and agentless speech. */
export const laterShapes: Shape[] = [
  {
    kind: 'blaming',
    pattern:
      /\byour (?:\w+ )?(?:temper|anger|jealousy|nagging|coldness|distance|silence|criticism|moods?|behaviou?r|attitude|insecurity|suspicion|controlling|control|work|job|obsession|family|mother|father|mum|mom|dad|friends|phone|drinking|career|parents)\b[^.,;]{0,30}\b(?:made|make|makes|pushed|drove|forced|left|caused|meant|kept|wore|never|always)\b(?! (?:(?:perfect |complete |total )?sense|it clear|me (?:see|realise|realize|understand)))|\byou (?:spent|spend) (?:every|all|most|so much)\b|\byou (?:were|are|seemed) more (?:interested|invested|focused|concerned) in\b|\b(?:i )?(?:only )?did (?:the same|what you did)\b|\byou (?:went|did it) first\b|\byou started (?:it|this|all this)\b/,
  },
  {
    kind: 'justifying',
    pattern:
      /\b(?:the|our) (?:marriage|relationship) (?:was|had been|were) (?:already |long )?(?:over|dead|finished|empty|done|in name only)\b|\bi (?:wanted|needed|longed|craved) to feel (?:\w+ )?(?:desired|wanted|alive|special|seen|noticed|young|attractive|loved|appreciated|important)\b/,
  },
  {
    kind: 'minimising',
    pattern:
      /\bno (?:\w+ )?harm\b|\b(?:the affair|it|that) (?:was|were) (?:already |long )?over\b|\bone mistake\b/,
    fits: (before) => !/\b(?:not|never|if|when|after|until)\s*$/.test(before),
  },
  {
    kind: 'their-feelings',
    pattern:
      /\bmak(?:e|es|ing) me (?:out to be|look like|sound like)\b|\byou (?:always )?(?:twist|exaggerate|misread|take (?:everything|things) the wrong way)\b/,
  },
  {
    kind: 'moving-on',
    pattern:
      /\bdraw a line\b|\bline under (?:it|this|that)\b|\b(?:refuse to|won't|will not|can't|cannot|not going to) keep (?:paying|apologi[sz]ing|saying sorry|being punished)\b/,
  },
  {
    kind: 'normalising',
    pattern:
      /\b(?:that'?s|that is|it'?s|it is) (?:just )?how (?:it|things|life) (?:goes|go|is|are|works)\b/,
  },
  {
    kind: 'agentless',
    pattern:
      /\b(?!i\b|you\b|we\b|he\b|she\b|they\b)\w+ (?:was|were|got|had been|have been) (?:kept|hidden|moved|taken|spent|deleted|withheld|done|broken|crossed|damaged|lost)\b(?! by me| because of me| by what i)/,
    fits: (before) => !/\b(?:i|you)\s*$/.test(before),
  },
  {
    kind: 'justifying',
    pattern:
      /\bin my defen[cs]e\b|\bto be fair\b|\bnot (?:making|trying to make) (?:excuses|an excuse),? but\b|\bnot excusing (?:it|myself),? but\b|\btechnically\b|\bit'?s complicated\b|\bthere'?s more to it\b|\b(?:given|considering) (?:how|what|the way|everything)\b|\bunder the circumstances\b|\b(?:anyone|anybody) in my (?:position|shoes|place|situation)\b|\bnot surprising\b|\bno wonder\b|\bwhat (?:else )?(?:was|could) i (?:supposed to )?do\b|\b(?:partly|mostly|largely) (?:the|because|due to|down to|your|work|stress|drink|alcohol)\b|\bmy (?:head|mind) was (?:all over|a mess|elsewhere|not right)\b|\ball over the place\b|\bnot thinking straight\b|\bit was a (?:dark|bad|difficult|hard|tough|strange) (?:time|period|year|patch)\b(?! for you)|\bso i (?:went|looked|turned) (?:elsewhere|to (?:him|her|someone|other))\b|\b(?:got|had|received|felt) (?:no|nothing|little|zero) (?:\w+ )?(?:support|attention|affection|help|love|time|interest|warmth)\b/,
  },
  {
    kind: 'minimising',
    pattern:
      /\b(?:some|a few|a couple of) (?:bad |poor |wrong |silly )?(?:choices|decisions|mistakes)\b|\bit'?s not (?:as if|as though)\b|\bnot as if i\b|\bjust (?:got|was|felt|became) (?:so |really |very )?(?:lonely|bored|unhappy|lost|curious|tempted|weak|carried away|swept up|overwhelmed|sad)\b/,
    fits: (before) => !/\b(?:not|never)\s*$/.test(before),
  },
  {
    kind: 'blaming',
    pattern:
      /\bso (?:did|were|have|had) you\b|\byou did too\b|\buntil i (?:cracked|snapped|broke|gave in|couldn't take)\b|\bpushed and pushed\b/,
  },
  {
    kind: 'their-feelings',
    pattern:
      /\b(?:nothing|never) (?:\w+ ){0,4}?(?:good enough|enough) for you\b|\byou'?re never (?:happy|satisfied)\b|\bno pleasing you\b/,
  },
  {
    kind: 'normalising',
    pattern: /\b(?:nobody|no one) is\s*$|\bbeing human\b/,
  },
  {
    kind: 'moving-on',
    pattern:
      /\bwhat'?s done is done\b|\bno point (?:in )?(?:dwelling|going back|going over|talking about|raking)\b|\bbehind us(?: now)?\s*$|\bno need to keep\b|\b(?:i'?m|i am) a different person now\b|\byou have to see that\b|\bi'?ve changed,? so\b/,
    fits: (before) => !/\b(?:not|never)\b[^,]{0,40}$|n't\b[^,]{0,40}$/.test(before),
  },
  {
    kind: 'agentless',
    pattern:
      /\b(?:lost my way|went off the rails|lost the plot|lost myself)\b|\bi (?:never|didn't|did not) plan (?:any of )?(?:it|this|that)\b/,
  },
  {
    kind: 'half-promise',
    pattern: /\bcan'?t promise\b|\bcannot promise\b|\bno promises\b|\bif you(?:'ll)? let me\b/,
  },
  {
    kind: 'blaming',
    pattern:
      /\byou made (?:it|things|everything) (?:so |too |very )?(?:hard|impossible|difficult|easy|easier)\b|\bbecause (?:she|he|they) (?:kept|wouldn't|would not|started|came on|pursued|pushed|made|was always|were always|threw)\b|\b(?:she|he|they) (?:came on to me|made the first move|started it|pursued me|kept messaging me|took advantage|preyed on|seduced me|manipulated me|lured me|tricked me|wouldn't leave me alone)\b/,
  },
  {
    kind: 'minimising',
    pattern:
      /(?:\bnot|n't) (?:even )?(?:a )?(?:proper|real|serious|actual|full) (?:relationship|affair|thing)\b|\b(?:it|that|this) (?:wasn't|was not|isn't|is not) even\b|\bweak moment\b|, nothing else\s*$/,
  },
  {
    kind: 'their-feelings',
    pattern: /\b(?:worked|wound) up\b|\bover nothing\b|\bfuss (?:over|about)\b/,
  },
  {
    kind: 'moving-on',
    pattern:
      /\bback to normal\b|\b(?:move|moving|go|going) forward\b|\bget on with (?:it|things|our lives|life)\b/,
    fits: (before) => !/\b(?:not|never|cannot)\b|n't\b/.test(before),
  },
  {
    kind: 'normalising',
    pattern:
      /\b(?:done|do|does|did) worse\b|\bworse things\b|\b(?:normal|natural|common) part of\b/,
  },
  {
    kind: 'agentless',
    pattern: /\blost sight of\b|\bsomewhere along the (?:way|line)\b/,
  },
  {
    kind: 'justifying',
    pattern:
      /\bi was in a (?:\w+ ){0,2}?(?:bad|dark|weird|low|terrible|awful) (?:headspace|head space|place|patch|state|way)\b/,
  },
  {
    kind: 'half-promise',
    pattern:
      /\bgive it a (?:go|try|shot)\b|\bhave a go at\b|\bsee what i can do\b|\bdo what i can\b/,
  },
  {
    kind: 'justifying',
    pattern:
      /\bbecause i (?:felt|was feeling) (?:like|as if|as though)\b|\b(?:she|he|they|someone) (?:was|were) there for me\b|\bwhen you (?:were not|weren't)\s*$/,
  },
  {
    kind: 'minimising',
    pattern: /\bnot (?:some|a|any) (?:big|great|grand|serious|real|proper|huge) \w+/,
  },
  {
    kind: 'blaming',
    pattern: /\b(?:hardly|no|not|never) (?:been )?(?:a |an )?(?:saint|angel)\b/,
  },
  {
    kind: 'moving-on',
    pattern:
      /(?<=\S.*)\bfull stop\b|\bclose the book\b|\bdone (?:with|talking about) (?:this|it)\b|\benough now\b|\b(?:suffered|been through|been punished|paid) enough\b/,
    fits: (before) =>
      // "I'm sorry I lied, full stop": emphasis on an apology that owns the act.
      !/\b(?:sorry|apologi[sz]e)(?: that)? i\b[^.]*$|\b(?:my fault|i was wrong|on me|no excuse)\b[^.]*$/.test(
        before,
      ) &&
      (!/\b(?:not|never|cannot)\b|n't\b/.test(before) || /\bhaven'?t we\b/.test(before)),
  },
  { kind: 'half-promise', pattern: /\bsee how (?:it|i|things|we) go(?:es)?\b|\bwe'?ll see\b/ },
];

/**
 * An apology is whole when what it is for has "I" in it: "sorry I lied", "sorry for lying",
 * "sorry for my lies", "sorry for what I did". Anything else after "sorry" (their feelings, what
 * happened, "if", "everything") is apologising for something other than my own act.
 */
export const apologyObject: Shape = {
  kind: 'about-you',
  pattern: /\b(?:sorry|apologi[sz]e|apologies|regret)\b/,
  fits: (before, rest, match) => {
    if (
      /\b(?:said|say|saying|kept saying|hear|hearing|heard|a|my|your|another|the word|you|they|he|she)(?: (?:that )?(?:i'?m|i am))?\s*$/.test(
        before,
      )
    )
      return false; // "I said sorry", "my apology"
    if (
      /^ (?:without (?:conditions|excuses|reservation|a but|any buts)|unreservedly|unconditionally|wholeheartedly|with my whole heart|from the bottom of my heart)\b/.test(
        rest,
      )
    )
      return false;
    // "Sorry for lying, sorry for all of it": the first apology already names the act.
    if (/\b(?:sorry|apologi[sz]e|regret)\b (?:for (?:\w+ing|my|what i)|(?:that )?i)\b/.test(before))
      return false;
    // An apology promised ("I will apologise as often as it helps") is not one missing its object.
    if (/\b(?:will|'ll|to|keep|going to|can|would)\s*$/.test(before)) return false;
    // "I regret it, and I'll keep showing it": what it is stands just before, and it is mine.
    if (
      match === 'regret' &&
      /^ (?:it|that|this|all of it|everything i did)\s*(?:$|,|\band\b)/.test(rest)
    )
      return false;
    // "Regret" takes its object directly: "I regret hiding it" reads as "sorry for hiding it".
    const after =
      match === 'regret' && !/^ (?:that|it|this|if|you|how|what|the way|any)\b/.test(rest)
        ? ` for${rest}`
        : rest;
    // "My behaviour hurt you, and I'm sorry for it": what it is for was named just before.
    if (
      /^ for (?:it|that|this|them|all of it|all of that)\s*$/.test(after) &&
      /\b(?:my|i (?:\w+ed|did|hid|lied|broke|made|took|told|kept|hurt|let))\b/.test(before)
    )
      return false;
    // "Sorry for the gambling", "sorry for the drinking and the lies": my own doing, as a noun.
    if (
      /^ (?:for|about) (?:the|all the|my) (?:\w+ )?(?:\w+ing)\b/.test(after) &&
      !/^ (?:for|about) (?:the|all the) (?:\w+ )?(?:misunderstanding|upsetting|feeling|feelings|thing|things|happening|hurting|wording|timing|something|nothing|evening|morning|meeting|wedding|ending)\b/.test(
        after,
      )
    )
      return false;
    if (
      /^\s*(?:$|,?\s*(?:and|truly|deeply|so sorry|really)\b|[,:-]?\s*i\b|\s+(?:is|was|isn't|will|won't|doesn't|does not|cannot|can't|alone|enough|again)\b)/.test(
        after,
      )
    )
      return false;
    const owned =
      /^,? (?:that )?(?:i|i'm|i've|i'd|i was|my)\b|^ (?:for|about) (?:(?:ever |all |each |every |the \w+ )?(?:\w+ing|my|i|myself|what i|how i|the way i|all (?:of )?(?:it|that|this) i|every|each|all the (?:\w+ ){0,2}i|the (?:\w+ ){1,3}(?:i|that i)\b)|(?:\w+ ){0,3}(?:i|that i) (?:caused|did|made|told|said|put|gave|brought|kept|hid|lied))\b|^ to (?:you|have)\b|^ (?:for|about) (?:the|all the|those|these|every|each|so many|all those) (?:\w+ ){0,2}?(?:lies|lie|secrets|affair|betrayal|deceit|deception|cheating|hiding|years|months|weeks|nights|times|days|messages|texts|promises|money|choices|things i)\b/;
    // "I regret the secret phone": what one regrets directly is one's own, unless it is their pain.
    if (
      match === 'regret' &&
      /^ (?:the|my|every|each|all|those|these|ever) /.test(rest) &&
      !/^ (?:the|all the|any) (?:\w+ )?(?:pain|hurt|upset|confusion|misunderstanding|way (?:you|it|things)|feelings|trouble|distress|fact)\b/.test(
        rest,
      )
    )
      return false;
    return !owned.test(after);
  },
};

const person =
  /\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|you|you're|you've|you'd|you'll|your|yours|yourself|we|we're|we've|us|our)\b/;
// A person-less sentence can still own it: it judges the act ("That was cowardly"), states its
// full size ("It went on for months"), negates ("None of it"), or says the hurt is fair.
const owning = new RegExp(
  [
    String.raw`^\s*(?:none|nothing)\b|\b(?:not|never|no|lies|lie|lying|lied|betrayal|betrayed|cheating|cheated|affair|deceit|deception|secrets?|wrong|cruel|choice)\b|n't\b`,
    String.raw`\b(?:cowardly|selfish|shameful|unfair|dishonest|unforgivable|inexcusable|disgraceful|deceitful|heartless|callous|unkind|calculated|deliberate|planned)\b`,
    String.raw`\bover and over\b|\bas far as (?:it|things) (?:could|can) go\b|\brepeatedly\b|\bevery (?:day|week|night|time)\b|\b(?:went on|lasted|kept going|carried on) (?:for|over)\b|\bfor (?:\w+ )?(?:weeks|months|years)\b|\bagain and again\b`,
    String.raw`\bwould (?:be|feel) (?:\w+ )?(?:hurt|angry|upset|furious|devastated|broken|betrayed)\b`,
    String.raw`\b(?:big deal|serious|mattered|meant (?:something|everything|a lot)|worse|the worst)\b|\b(?:\w+ )?(?:weeks|months|years|times)\b|\b(?:hundreds|thousands|dozens|choices|decisions|on purpose|deliberately|knowingly)\b`,
  ].join('|'),
);

/**
 * A sentence of an apology in which no person appears at all ("It all just spiralled", "A line
 * got crossed", "Most people would have done the same") has taken everyone out of it.
 */
export const nobodyInIt: Shape = {
  kind: 'agentless',
  pattern: /^\s*\S(?:.*\S)?/,
  fits: (_b, _a, sentence) =>
    sentence.trim().split(/\s+/).length >= 3 &&
    !person.test(sentence) &&
    !owning.test(sentence) &&
    // "Let it come up as often as it needs to": an offer, not an event with nobody in it.
    !/^\s*(?:let|may)\b|\bas (?:often|long|much) as (?:it|you|they) (?:needs?|takes?|wants?|likes?)\b/.test(
      sentence,
    ) &&
    // "It was emotional and physical": a plain description, with no one needed in it.
    !/^\s*(?:it|that|this|there|which)(?:'s| is| was| were| are)\b/.test(sentence),
};
