// Shapes from the ninth round (issue 12), added by kind after a fresh set (blind-before.ts) was
// measured once: each is the class a miss belonged to, written for the other sentences of that
// class, not for the one sentence. The frame around each match is read in ownership-frames.ts.
import type { Shape } from './ownership-shapes.ts';

const w = String.raw;
/** Negated just before: "not merely", "wasn't just". */
const negatedJustBefore = /(?:\bnot|n't|\bnever|\bno longer|\bmore than|\bfar from)\s*$/;

export const ninthShapes: Shape[] = [
  {
    // Size made small by a word that only ever shrinks: "merely", "barely even kissed", "a one-off".
    kind: 'minimising',
    pattern: new RegExp(
      [
        w`\bmerely\b`,
        w`\b(?:i|we|it|she|he|they|that) (?:\w+ )?(?:barely|hardly|scarcely) (?:even |ever )?(?!(?:slept|sleep|eat|ate|eaten|look|looked|breathe|breathed|think|thought|function|cope|coped|face|faced|recogni[sz]e|live|lived|stand|stood|remember|knew what|know what)\b)\w+`,
        w`\b(?:a|one) one-?(?:off|time)\b|\bjust the once\b|\bonly the (?:once|one time)\b`,
        w`\b(?:only|just|merely) (?!(?:told|admitted|said|asked|realised|realized|found|noticed|confessed|apologi[sz]ed|want|need|ask|ever)\b)(?:\w+ ){1,5}?(?:a couple of|a few|a handful of|one or two|two or three|the odd) (?:\w+ )?(?:times|weeks|days|months|messages|texts|nights|drinks|dates|kisses|calls|photos|pictures)\b`,
      ].join('|'),
    ),
    fits: (before, after) =>
      !negatedJustBefore.test(before) &&
      !/\b(?:could|can|couldn't)\s*$/.test(before) &&
      // "We barely spoke for weeks because I was hiding something": a size stated, and owned.
      !/^ (?:\w+ )?(?:for|in) (?:\w+ )?(?:weeks|months|days|years)\b|\bbecause (?:i|of me)\b/.test(
        after,
      ),
  },
  {
    // The partner named as the one who did it, or handed a share: "you're the one who kept
    // pushing me away", "you share the responsibility", "you played your part too".
    kind: 'blaming',
    pattern: new RegExp(
      [
        w`\byou(?:'re| are| were) the one (?:who|that)(?:'s| is| was| has| had)? (?!(?:been|lost|left|suffered|paid|carried|hurt|got hurt|was hurt|were hurt|deserves?|deserved|found|was betrayed|were betrayed|was lied|were lied|has to|had to|should|gets to|decides?|trusted|stayed|waited|kept (?:us|the family|going|things going)|held)\b)\w+`,
        w`\byou (?:share|bear|carry|have|hold|own|played|play|had|take|took) (?:\w+ ){0,2}?(?:responsibility|blame|fault|part|role|hand|share)\b(?! (?:in (?:healing|fixing|getting better|what comes next)|to play in (?:healing|what comes)))`,
        w`\byou(?:'re| are| were) (?:also |partly |equally |just as |as |every bit as )?(?:responsible|to blame|at fault|complicit)\b`,
        w`\b(?:don't|do not|let's not|never|lest we) forget (?:what|that|how|when) you\b|\bremember (?:what|when|how) you (?:did|said|were)\b|(?:^\s*|[,;] )(?:just )?remember (?:what|when|how|the way) you\b|\bwhat about (?:what|when|the time|the times) you\b(?! (?:need|want|feel|think|would like|'d like)\b)`,
      ].join('|'),
    ),
    fits: (before, _after, match) =>
      !/^you\b.*(?:\b(?:no|none|not|never|nothing)\b|n't\b)/.test(match) &&
      // "I let you carry the blame": the author made them carry it.
      !/\b(?:let|made|make|letting|making|forced|left|had)\s*$/.test(before) &&
      !/(?:\bnot|n't|\bnever) (?:think|say|believe|feel|pretend|suggest|mean)(?: that)?\s*$/.test(
        before,
      ),
  },
  {
    // The partner's feeling called too much: "there's no reason to be this angry", "most
    // people wouldn't be this upset", "you shouldn't still feel so hurt".
    kind: 'their-feelings',
    pattern: new RegExp(
      [
        w`\b(?:no (?:reason|need|cause)|not (?:any|a) (?:reason|need)|nothing) (?:for you )?to (?:be|get|feel|stay) (?:\w+ )?(?:upset|angry|hurt|mad|jealous|worked up|paranoid|suspicious|anxious|bothered|insecure|sad)\b`,
        w`\b(?:wouldn't|would not|shouldn't|should not|needn't|need not|don't need to) (?:still )?(?:be|get|feel|stay) (?:this|so|that|as|quite (?:so|this|that)|still) (?:\w+ )?(?:upset|angry|hurt|mad|jealous|worked up|bothered|paranoid|insecure)\b`,
      ].join('|'),
    ),
  },
  {
    // Going over it as useless: "bringing it up every week isn't going to change anything".
    kind: 'moving-on',
    pattern: new RegExp(
      [
        w`\b(?:bringing|raising|dragging|digging|talking about|going over|dwelling on|rehashing|raking over|revisiting|harping on about|going on about|going back to) (?:it|this|that|the past|what happened)(?: (?:back )?up)?\b[^.]{0,40}\b(?:won't|isn't going to|doesn't|does not|will not|can't|cannot|never|not going to|is not going to|isn't) (?:help|helping|change|fix|undo|solve|get us|make|do (?:any|us))\b`,
        w`\bwhat good (?:does|will|is|would) (?:it|this|that) (?:do|be)\b|\bno (?:use|good) (?:in )?(?:keep|going|talking|bringing|dwelling|raking)\w*\b`,
      ].join('|'),
    ),
  },
  {
    // The author as the one who loses, whatever the words after: "I'm the one who's going to lose
    // everything", "I am the one who'll be left alone".
    kind: 'self-pity',
    pattern:
      /\bi(?:'m| am) the one (?:who|that)(?:'s| is| will|'ll| has| gets?| ends? up)? (?:\w+ ){0,3}?(?:lose|losing|lost|suffer|suffering|pay|paying|punished|blamed|alone|left|stuck|hurting|in pain|judged|sleeping on|shut out|frozen out)\b/,
  },
  {
    // Reasons as typed ("cos", "coz", "'cause") with a feeling offered as cause.
    kind: 'justifying',
    pattern:
      /\b(?:'?cause|cos|coz|cuz|bc) i (?:felt|was feeling|feel|was|got) (?:so |really |very |totally |completely )?(?:like|as if|as though|lonely|alone|bored|neglected|invisible|unwanted|unloved|trapped|stressed|low|down|empty|ignored)\b/,
  },
  {
    // Hiding framed as a kindness to the partner: "to save you the worry", "so you wouldn't
    // have to deal with it".
    kind: 'justifying',
    pattern:
      /\bto (?:save|spare|shield|protect) you\b|\bso (?:that )?you (?:wouldn't|won't|would not|didn't|did not|don't|do not) (?:have to |need to )?(?:deal with|worry|cope with|carry|think about|go through|be hurt|get hurt|be upset|stress|feel bad)\b/,
  },
  {
    // Nobody in the doing: "mistakes happened", "errors occurred", "lapses were made".
    kind: 'agentless',
    pattern:
      /\b(?:mistakes|errors|lapses|slip-?ups|bad things|bad decisions|wrongs|missteps) (?:just |were |got )?(?:happened|occurred|happen|occur|made|crept in|took place)\b(?! (?:by me|because of me|and they were mine|and i made them))/,
  },
];

/** The second part of round 9: kinds read from the sets nobody trained on (fifteenth, sixteenth). */
export const ninthShapesLater: Shape[] = [
  {
    // Reasons as grievances: deprivation at home, what was owed, revenge, what others did to me.
    kind: 'justifying',
    pattern: new RegExp(
      [
        w`\bi (?:was|felt|had been|'d been) (?:so |really |completely |totally )?(?:starved of|deprived of|short of|missing|without) (?:\w+ ){0,2}?(?:at home|from you|in (?:our|this|the) (?:marriage|relationship|house|home)|with you)\b`,
        w`\bi had (?:my|good|valid|a good|a|real) reasons?\b`,
        w`\bi (?:deserved|had earned|was owed|was due|earned) (?!(?:it|that|this|to be (?:caught|left|punished|found out)|what|nothing|none|your anger|everything you)\b)\w+`,
        w`\bto (?:get back at|get even with|pay you back|teach you a lesson|punish you for)\b`,
        w`\b(?:messed with|messed up|clouded|affected|scrambled|fogged|got to|went to) my (?:head|mind|judge?ment|thinking)\b`,
        w`\b(?:remember|keep in mind|bear in mind|consider|don't forget|not forget) (?:that )?i (?:was|had been|'d been)\b`,
        w`\b(?:didn't|did not) know what i was doing\b`,
      ].join('|'),
    ),
  },
  {
    // Someone else as the one who did it: "he came onto me", "my mates kept egging me on",
    // "you're acting like you never did anything wrong", "while you were off with your friends".
    kind: 'blaming',
    pattern: new RegExp(
      [
        w`\b(?:he|she|they|him|her) (?:\w+ )?(?:came on ?to me|went after me|chased me|pursued me|targeted me|came after me|threw (?:herself|himself|themselves) at me|wouldn't take no)\b`,
        w`\b(?!i\b|nobody\b|one\b|anyone\b|anybody\b)\w+ (?:kept |always |were |was )?(?:egging|egged|pressuring|pressured|pushing|pushed|talking|talked|dragging|dragged|encouraging|encouraged|persuaded|convinced|goading|goaded|putting|put) me (?:on|into|up to|to go|to do|along)\b`,
        w`\byou(?:'re| are)? (?:act|acting|behave|behaving|carry on|carrying on|talk|talking|going around) (?:like|as if|as though) you\b`,
        w`\bwhile you were (?:off (?:with|at|having|doing)|always|never|constantly|too busy|forever)\b`,
      ].join('|'),
    ),
  },
  {
    // Hurry as a duty laid on the partner: "you need to start trusting me again".
    kind: 'moving-on',
    pattern:
      /\byou (?:need|have|ought|must|should|'ve got|got|'ll have) to (?:start |begin |learn to |try to |at least try to )?(?:trust|trusting|forgive|forgiving|let (?:it|this|that) go|get over|move on|stop (?:bringing|punishing|being|holding))\b/,
    fits: (before) => !/(?:\bnot|n't|\bnever)\s*$/.test(before),
  },
  {
    kind: 'self-pity',
    pattern: /\bi(?:'m| am) the one (?:that |who )?(?:nobody|no one|everyone)\b/,
  },
  {
    // Refusing the name for it: "I wouldn't call it cheating exactly".
    kind: 'minimising',
    pattern:
      /\b(?:wouldn't|would not|don't|do not|didn't|did not) (?:really |even )?call it (?:an? )?(?:cheating|affair|lying|lie|betrayal|relationship|infidelity)\b|\b(?:cheating|an affair|lying|a lie|a betrayal) exactly\b|\bnot exactly (?:cheating|an affair|lying|a lie|a betrayal)\b/,
  },
  {
    kind: 'agentless',
    pattern:
      /\b(?:stuff|things|something|some things|some stuff) (?:went on|went down|occurred|took place)\b|\b(?:caught|taken) off guard\b/,
  },
];

/** The third part of round 9: kinds from a probe set written after the first two parts. */
export const ninthShapesWider: Shape[] = [
  {
    // The partner's own doing set against mine: "you were flirting with Tom and I never said a word".
    kind: 'blaming',
    pattern: new RegExp(
      [
        w`\band i (?:never said (?:a word|anything)|said nothing|didn't say (?:a word|anything)|let it (?:go|slide)|didn't complain|never complained|never made a fuss|kept quiet)\b`,
        w`\b(?:she|he|they)(?:'s| was| were| is) the one (?:who|that) (?!(?:got hurt|was hurt|suffered|lost)\b)\w+`,
        w`\b(?!i\b)\w+ (?:was |were )?(?:the one (?:who|that) )?made the first move\b`,
        w`\bput (?:the idea|it|ideas|the thought|thoughts) (?:in|into) my head\b|\b(?!i\b|nobody\b|one\b)\w+ (?:talked|convinced|persuaded|pressured|led|lured|dragged) me into\b`,
      ].join('|'),
    ),
  },
  {
    kind: 'their-feelings',
    pattern:
      /\bover-?(?:dramati[sz]\w*|emotional|sensitive)\b|\b(?:melodramatic|histrionic)\b|\bchill out\b|\b(?:lighten|loosen) up\b|\bget a grip\b/,
  },
  {
    kind: 'moving-on',
    pattern:
      /\b(?:talked|discussed|gone over|done|analysed|analyzed|picked over) (?:this|it|that|all this) to death\b|\b(?:beat|beating|flog|flogging) a dead horse\b|\b(?:like )?a broken record\b|\bgetting (?:a bit |a little )?(?:much|old|tiresome|tired|boring)\b/,
  },
  {
    kind: 'normalising',
    pattern:
      /\b(?:show me|name|find me|tell me|point to) (?:one|a single|someone|anyone|any) (?:\w+ )?(?:person|man|woman|couple|guy|husband|wife|one|marriage) (?:who|that)\b/,
  },
  {
    kind: 'vouching',
    pattern:
      /\byou know (?:what kind of|the kind of|what sort of|the sort of) (?:\w+ )?(?:man|woman|person|guy|husband|wife|partner) i\b|\byou know what i'?m (?:really )?like\b|\byou know the real me\b/,
  },
  {
    kind: 'self-pity',
    pattern: new RegExp(
      [
        w`\bi'?m the one (?:who|that)(?:'ll|'s| will| has| is)? (?:\w+ ){0,2}?(?:have to|has to|got to|must|gets? to|going to) (?:live with|explain|face|tell|deal with|carry|pay|lose|suffer|answer to|look)\b`,
        w`\b(?:nobody|no one|no-one)(?:'s| has| ever| even| once| really)* (?:asked|asks|thought|thinks|cared|cares|checked|checks|wondered|wonders) (?:about )?(?:how i|what i|me|if i|whether i|after me)\b`,
        w`\byou (?:have|'ve got|got) no idea (?:how|what)\b`,
        w`\bbeat(?:ing)? myself up (?:every|all|day|constantly|non-?stop|over and over)\b`,
        w`\b(?:it|this|that) (?:hurt|hurts|kills|killed|broke|breaks|pains|pained|upset|upsets|tears) me (?:to see|seeing|when i see|that you)\b`,
      ].join('|'),
    ),
  },
  {
    // A good intention offered for the wrong: "I was only trying to make you happy".
    kind: 'justifying',
    pattern:
      /\b(?:only|just|simply) (?:ever )?trying to (?:help|protect|make (?:you|things|us)|keep|spare|save|do (?:right|the right thing|what was best)|look after)\b|\b(?:meant well|with (?:good|the best) (?:of )?intentions|my heart was in the right place)\b|\bin (?:all )?fairness\b/,
  },
  {
    kind: 'minimising',
    pattern:
      /\b(?:no one|nobody|no-one) (?:really |actually )?(?:got|was|gets|has been) (?:hurt|harmed)\b/,
  },
];

/** The last part of round 9: kinds from a second probe, in other registers. */
export const ninthShapesLast: Shape[] = [
  {
    // An admission, then "but" and something other than my own doing: "I know it was wrong, but
    // come on, we'd stopped being a couple", "yes I messed up but you were hardly around".
    kind: 'sorry-but',
    pattern:
      /\b(?:i know|i admit|i get (?:it|that)|i accept|i realise|i realize|yes|ok|okay|sure|fine|granted|i messed up|i was wrong|it was wrong|i screwed up|i shouldn't have|i did wrong|i'm not proud)\b[^.;]{0,40}?(?:,? (?:but|though|although|however|except)|, still)\b(?! (?:i |that'?s no|it'?s no|it was (?:still )?(?:my|wrong)|there'?s no|nothing|none|i still|that doesn'?t|it doesn'?t|not because)| and i\b)/,
    fits: (before) => !/\b(?:not|never)\s*$/.test(before),
  },
  {
    kind: 'half-promise',
    pattern:
      /\b(?:i'll|i will|i'm going to|i am going to|i can|i could)\b[^.]{0,40}\b(?:probably|perhaps|possibly|with any luck|if all goes well|fingers crossed|eventually|at some point|one day(?! at a time)|someday|sooner or later)\b|\bfingers crossed\b|\bi(?:'ll| will) (?:see about|look into|think about) \w+ing\b/,
  },
  {
    kind: 'moving-on',
    pattern:
      /\bcan we (?:not|just not|please not) (?:do|have|go (?:over|through|into)|talk about) (?:this|it|that)\b|\b(?:rather|prefer) (?:we|to) (?:focus(?:ed)? on|look(?:ed)? at|think about) the future\b|\b(?:time|about time) (?:you|for you to) (?:stopped|stop) being (?:angry|upset|hurt|cross|mad)\b|\bsick (?:and tired )?of being treated\b|\bpunished enough\b|\b(?:more than|very|really|so|extremely|incredibly) patient with (?:you|your)\b|\bpatience (?:is|has) (?:running|worn|wearing) (?:out|thin)\b/,
  },
  {
    kind: 'agentless',
    pattern:
      /\b(?:got|gets|had) the better of me\b|\btook (?:over|hold of) me\b|\bgot (?:hold of|on top of) me\b|\b(?:the )?(?:opportunity|chance|moment) (?:was there|came up|came along|arose|presented itself|was right there)\b/,
  },
  {
    kind: 'minimising',
    pattern:
      /\b(?:it|this|that) (?:wasn't|was not|isn't|is not) (?:like|as if|as though)\b|\bmountain (?:out of|from)\b|\b(?:more|mostly) (?:of )?an? (?:emotional|online|physical) (?:thing|connection)\b|\b(?:it'?s|it is|it was) only money\b/,
    fits: (before) => !/(?:\bnot|n't)\s*$/.test(before),
  },
  {
    kind: 'blaming',
    pattern:
      /\b(?:filling|filled|poisoning|poisoned|turning|turned) your (?:head|mind|ears)\b|\bturn(?:ed|ing)? you against me\b|\b(?:a bit|bit) rich\b|\bwhen you (?:shut down|closed off|withdrew|went quiet|switched off|froze me out|pulled away)\b/,
  },
  {
    kind: 'their-feelings',
    pattern:
      /\b(?:how )?lucky you (?:are|were)\b|\byou should be (?:grateful|thankful|glad)\b|\b(?:at least )?be (?:grateful|thankful) (?:that )?i\b|\bworked up (?:for|over|about) nothing\b/,
  },
  {
    kind: 'justifying',
    pattern:
      /\bi (?:just |really |simply )?needed (?:an? |some )?(?:escape|release|way out|break|distraction|relief|outlet)\b|\b(?:the )?only way (?:i could|to|i knew how to) (?:cope|survive|get through|deal|feel|keep going)\b|\bfor (?:comfort|support|company|attention|affection) (?:after|when|because|since)\b/,
  },
  {
    kind: 'normalising',
    pattern:
      /\bwho (?:wouldn't|would not|doesn't|does not|hasn't|has not|isn't|is not)\b (?:\w+ ){0,2}?(?:be tempted|have done|do (?:it|that|the same)|cheat|stray|look elsewhere|give in|slip|have strayed)\b|\b(?:standard|typical|usual|normal|common) (?:stuff|thing|behaviou?r)? ?for (?:people|men|women|guys|couples|someone|anyone) (?:our|my|your|that|of)\b|\bpar for the course\b|\bmore than (?:most|many|other|a lot of|plenty of) (?:people|men|women|guys|husbands|wives|partners)\b|\b(?:most|other|many) (?:people|men|women|guys) (?:wouldn't|would never|would not) (?:have )?(?:told|admitted|come clean|confessed|said)\b/,
  },
];
