// Shapes from the eighth round (issue 12), added by kind after measuring a fresh set: reasons
// that put the partner or a situation before "so I…", shares of the blame handed over, hurry in
// other words ("move past", "turn the page", "what else do you want"), sizes made small with a
// quantity, and the author's pain measured against the partner's. The frame around each match
// (negation, "I" owning it, offered rather than asked) is read in ownership-frames.ts.
import type { Shape } from './ownership-shapes.ts';

const w = String.raw;
/** "because", as typed: "cause", "'cause", "cos", "coz", and "since". */
const because = w`(?:because|'?cause|cos|coz|since)`;

export const reasonShapes: Shape[] = [
  {
    // Sorry (or feeling bad) about how they feel: "I feel terrible that you feel let down".
    kind: 'about-you',
    pattern:
      /\b(?:feel|felt|am|i'm) (?:so |really |truly |just )?(?:terrible|awful|bad|horrible|gutted|sad|upset) (?:that|about how|for how|about the way) you(?!r?\b (?:deserved|didn't deserve|did not deserve|never deserved)\b)/,
  },
  {
    // An apology for whatever it was: "Whatever I did, I'm sorry", "if anything I did…".
    kind: 'conditional',
    pattern:
      /\bwhatever (?:it is |it was |this is )?(?:i(?:'ve)? (?:did|done|said|have done|did wrong))\b|\bif (?:anything|something|what|any of what) (?:that )?i (?:did|said|have done|'ve done)\b/,
    fits: (before, after) =>
      /\b(?:sorry|apologi[sz]e|apologies|regret|forgive)\b/.test(before + after),
  },
  {
    // The partner's habits or feared reaction as the reason: "because you were always out",
    // "cause you never had time", "since you'd have gone mad", "because I knew how you'd react".
    kind: 'justifying',
    pattern: new RegExp(
      [
        w`\b${because} you(?:'re| are| were| was|'d| had| have|'ve)? (?:\w+ )?(?:always|never|constantly|hardly|rarely|barely|kept|stopped|wouldn't|would never)\b(?! (?:suspected|doubted|knew|asked|asking|questioned|checked|found|trusted|believed|deserved|did anything|once|lied|hid)\b)`,
        w`\b${because} (?:i (?:knew|thought|was sure|figured|was afraid|was scared) (?:how |that |what )?)?you(?:'d| would)\b`,
        w`\bonly (?!(?:told|admitted|confessed|said|stopped|came clean|owned up|apologi[sz]ed)\b)(?:\w+ ){1,5}?because\b(?! (?:you|i) (?:found|caught|asked|saw|discovered|confronted|got caught|was caught|had no)\b)`,
        w`\bthe (?:only |real |main |whole )reason (?:i|was|is|why)\b`,
      ].join('|'),
    ),
  },
  {
    // A situation, then "so I…": "We hardly spoke for a year, so I found someone who would listen".
    kind: 'justifying',
    pattern:
      /^\s*(?:(?:and|but|well|honestly|look),? )?(?:we|you|he|she|they|things|our \w+|there|home|life|work|the \w+)\b[^,;]{3,60}, (?:and )?so i (?:found|went|looked|turned|started|reached|sought|got|began|texted|messaged|called|met|strayed|cheated|drank|lied|kept|was there|stepped in|helped|comforted)\b/,
  },
  {
    kind: 'blaming',
    pattern: new RegExp(
      [
        w`\bwhat did you (?:think|expect) (?:would|was going to) happen\b`,
        // The partner's knowing or silence as complicity.
        w`\byou (?:knew|must have known|had to know|could see|saw|noticed)\b[^.]{0,40}\b(?:and|but) (?:said|did) nothing\b|\byou (?:let|allowed) (?:it|this|that) (?:to )?happen\b`,
        // A share of the blame handed over: "you share some of the responsibility", "half of this is on you".
        w`\byou (?:share|bear|carry|have|hold|own) (?:\w+ )?(?:some|part|half|a share|your share|a lot|much) of (?:the )?(?:responsibility|blame|fault)\b|\b(?:half|some|part|most|a lot|plenty) of (?:this|it|that|the blame|what happened) (?:is|was|falls|lies|sits|rests) (?:on|with) you\b|\b(?:is|was) on you (?:too|as well|as much)\b`,
        w`\byou(?:'re| are| were) the one (?:who|that) (?:suggested|wanted|asked for|said|pulled|pushed|started|stopped|left|chose|went|walked|moved out|took)\b`,
        w`\b(?:we both|both of us|the two of us) (?:let|allowed) (?:it|things|this|us) (?:to )?(?:get|go|become|drift|slide)\b`,
      ].join('|'),
    ),
  },
  {
    // Smaller by a quantity: "I only sent him a couple of pictures".
    kind: 'minimising',
    pattern:
      /\b(?:only|just|merely) (?!(?:told|admitted|said|asked|realised|realized|found|noticed|confessed|apologi[sz]ed|want|need|ask)\b)(?:\w+ ){1,3}?(?:a couple of|a few|a handful of|one or two|two or three|a little|a bit of|the odd) \w+|\bcompared (?:to|with) what (?:could|might) have\b/,
  },
  {
    kind: 'moving-on',
    pattern:
      /\b(?:move|moving|get|getting|go|going) (?:past|beyond) (?:this|it|that|all this|all of this|what happened)\b|\bdrag(?:ging)? (?:this|it|things) (?:out|on)\b|\bturn(?:ed|ing)? the page\b|\b(?:it'?s|it is) time (?:to|we|for us to) (?:move|let|put|forget|leave|stop|turn|get|draw|close)\b|\b(?:surely |that'?s |it'?s been |is |been )(?:long )?enough time\b|\benough time has passed\b|\b(?:don't|do not) know what (?:else|more) you want\b|\bwhat (?:else|more) do you want (?:from me|me to)\b/,
  },
  {
    kind: 'normalising',
    pattern:
      /\b(?:any|every) (?:\w+ )?(?:man|woman|person|husband|wife|partner|guy|human|bloke)\b (?:\w+ ){0,2}?would (?:have )?(?:struggled|struggle|strayed|stray|cracked|crack|caved|cave|looked elsewhere|look elsewhere|given in|give in|slipped|slip|done the same|do the same|been tempted|be tempted)\b/,
  },
  {
    kind: 'agentless',
    pattern: /\b(?:got|gets|slipped|ran) away from me\b|\bgot on top of me\b|\bout of my hands\b/,
  },
  {
    kind: 'self-pity',
    pattern:
      /\b(?:i'?m|i am|i'?ve been|i have been) (?:\w+ )?(?:hurting|suffering|struggling|in pain|devastated|broken|grieving|heartbroken) (?:just )?as (?:much|badly|hard) as you\b|\b(?:i'?m|i am) the one (?:who'?s |who is |that'?s )?(?:sleeping|living|stuck|paying|losing)\b|\bworst (?:\w+ ){0,2}of my life\b/,
  },
  {
    kind: 'their-feelings',
    pattern:
      /\byou(?:'re| are)? (?:being )?(?:really |so |very |a bit |too |pretty |completely )?(?:dramatic|hysterical|unreasonable|irrational|oversensitive|over the top|ridiculous|petty|childish)\b/,
  },
];

/** The second part of the eighth round, by kind, after the tenth set was measured once. */
export const reasonShapesLater: Shape[] = [
  {
    // A place or a time as the reason: "because home felt like a warzone".
    kind: 'justifying',
    pattern: new RegExp(
      [
        w`\b${because} (?:home|things|life|the house|everything|the marriage|work|our (?:home|house|marriage|life|relationship|sex life))(?: at home| between us)? (?:felt|was|had become|seemed|got|had got|were)\b`,
        w`\bwe(?:'d| had)? (?:basically |pretty much |practically |effectively |more or less |kind of |sort of )?(?:already |long since )?(?:stopped being|ceased to be|given up being) (?:a couple|together|close|happy|in love|partners)\b`,
        w`\bwe (?:were|had been) (?:already |long )?(?:over|finished|done|strangers|just flatmates|like flatmates)\b`,
        w`\ba cry for help\b|\b(?:a|my) mid-?life (?:crisis|thing)\b`,
        w`\b(?:my |the |our )?(?:therapist|counsell?or|doctor|psychologist|friends?|mum|mom|dad|family) (?:says|said|thinks|thought|told me|reckons|agrees)(?: that)? (?:it|i|this|what i did|the affair)\b`,
      ].join('|'),
    ),
  },
  {
    // Size by a count, with nothing else: "It was one drunken kiss", "It was a one-time thing".
    kind: 'minimising',
    pattern:
      /\b(?:it|that|this) (?:was|were|is) (?:only |just |merely )?(?:one|a single|a one-?time|a one-?off|a few|a couple of|a handful of) (?:\w+ )?(?:kiss|kisses|night|time|thing|mistake|messages?|texts?|drinks?|dates?|slip|lapse|occasion|evening|afternoon|weekend|coffees?|lunch(?:es)?|dinners?|hugs?|dances?|photos?|pictures?|calls?)\b|^\s*(?:and )?that'?s (?:it|all)\s*$/,
  },
  {
    kind: 'normalising',
    pattern:
      /\b(?:is|are|'s|was|were) (?:pretty |so |very |quite |really |fairly |perfectly |totally )?(?:common|normal|natural)(?: these days| nowadays| enough)?\b(?! (?:for you|that you|to feel|if you|you))/,
  },
  {
    kind: 'moving-on',
    pattern:
      /\bleave it (?:there|at that|be)\b|\blet it (?:rest|lie)\b|\b(?:can't|cannot|couldn't|why can't) we (?:just )?(?:enjoy|have|spend|get through|be normal|be happy|go back)\b|\b(?:not|never|won't|will not) (?:be )?(?:saying|say|apologi[sz]\w*) (?:it |sorry )?(?:again|any ?more)\b/,
  },
  {
    // Something other than me as the one who did it: "our friendship crossed a line".
    kind: 'agentless',
    pattern:
      /\b(?:our|the|that|this|a) (?:\w+ )?(?:friendship|relationship|connection|flirtation|texting|messages|chats?|conversations?|affair|drinking|loneliness|situation|attraction|feelings)\b (?:\w+ ){0,2}?(?:crossed|overstepped|turned into|became|led (?:me|us|to)|took over|pulled me|drove me|got (?:physical|serious|out of hand))\b/,
  },
  {
    kind: 'self-pity',
    pattern:
      /\b(?:this|it|the guilt|the shame|all (?:of )?this|the stress) (?:is|has been) (?:killing|destroying|eating|tearing|crushing|breaking) me\b|\bi(?:'ve| have)? (?:barely|hardly|not) (?:slept|eaten)\b/,
  },
  {
    kind: 'their-feelings',
    pattern:
      /\bmak(?:e|es|ing) (?:this|it|that|things) (?:into )?(?:something (?:it|that) (?:isn't|is not|wasn't|was not)|(?:much )?(?:bigger|worse|more) than (?:it|this|that) (?:is|was))\b/,
  },
];

/** The third part of the eighth round, by kind, after the eleventh set was measured once. */
export const reasonShapesLast: Shape[] = [
  {
    // "If I came across as dishonest, I'm sorry": the apology hangs on the if.
    kind: 'conditional',
    pattern:
      /^\s*if (?:i|my|it|that|this|anything|something|what)\b[^,]{0,60}, (?:then )?(?:i(?:'m| am)? |i do )?(?:\w+ )?(?:sorry|apologi[sz]e|regret)\b/,
  },
  {
    kind: 'justifying',
    pattern: new RegExp(
      [
        // The partner's temper as the reason: "because you get so angry".
        w`\b${because} you(?:'re| are| were| get| got| seem| seemed| become| became) (?:so|too|such) (?!(?:kind|good|patient|trusting|loving|generous|honest|sweet|forgiving|hurt|happy|sure)\b)\w+`,
        w`\b(?:which|that|this|it) (?:explains|explained|accounts for) (?:a lot|why|it|everything|a great deal)\b`,
      ].join('|'),
    ),
  },
  {
    kind: 'minimising',
    pattern:
      /\b(?:only|just|merely) ever\b(?! (?:thought|cared|worried|considered|looked out|put myself|thinking|protected myself)\b)|\b(?:let's not|let us not|don't|no need to|why) make (?:this|it|that) (?:a |into a |into )?(?:big|huge|whole) (?:thing|deal|drama)\b/,
  },
  {
    kind: 'blaming',
    pattern:
      /\b(?:don't|do not|stop) (?:act|acting|pretend|pretending|behave|behaving) (?:like|as if|as though) you(?:'re| are| were)? (?:so )?(?:perfect|innocent|blameless|a saint|an angel|better)\b|\byou (?:brought|bring) (?:this|it|all this) on (?:us|me|yourself)\b|\bby (?:never|always|not) being (?:home|there|around|interested|available)\b/,
  },
  {
    kind: 'moving-on',
    pattern:
      /\bcan we (?:please )?(?:just )?(?:stop|drop it|leave it|be done)\b|\byou (?:can't|cannot|shouldn't|mustn't|need to stop|have to stop) (?:keep )?(?:bring(?:ing)?|throw(?:ing)?|rais(?:e|ing)) (?:this|it|that) (?:up|back|in my face)\b|\b(?:talked|spoken|gone over|discussed) (?:about )?(?:this|it|that) (?:more than )?enough\b|\benough (?:talking|talk)\b/,
  },
  {
    // Others, in number, to make it ordinary: "lots of marriages survive worse".
    kind: 'normalising',
    pattern:
      /\b(?:lots of|many|most|plenty of|loads of|other|half of|half the) (?:\w+ )?(?:people|couples|marriages|men|women|guys|husbands|wives|relationships|friends)\b[^.]{0,30}\b(?:worse|the same)\b|\b(?:every|most|all|half the|lots of|many|plenty of) (?:\w+ ){0,4}?(?:has|have|had) (?:done|had|been through) (?:something like (?:this|that)|the same|it|worse|this)\b/,
  },
  {
    kind: 'agentless',
    pattern:
      /\b(?:the|our|my) \w+ (?:kind of |sort of |just |somehow )*(?:snowballed|spiralled|spiraled|escalated|mushroomed|took on a life of its own|got worse and worse)\b/,
  },
];

/** The last part of the eighth round, by kind, after the twelfth set was measured once. */
export const reasonShapesFinal: Shape[] = [
  {
    kind: 'blaming',
    pattern:
      /\b(?:we(?:'re| are| were)|us) (?:both|all|equally) (?:responsible|to blame|at fault|guilty)\b|\bi (?:wasn't|was not|am not|'m not) the only one\b/,
  },
  {
    kind: 'moving-on',
    pattern:
      /\b(?:tired|sick|weary) of (?:apologi[sz]ing|saying sorry|talking about (?:it|this)|going over|being punished|hearing about (?:it|this)|this)\b|\b(?:want|need) us to (?:move|stop|forget|leave|put)\b|\bwhat(?:'s| has)? happened,? (?:has )?happened\b/,
  },
  {
    kind: 'agentless',
    pattern:
      /\b(?:the|our|my) \w+ (?:just )?(?:kept (?:piling up|growing|getting bigger|stacking up|adding up|coming)|piled up|stacked up)\b/,
  },
  {
    kind: 'self-pity',
    pattern:
      /\bmy (?:whole )?(?:life|world|career|reputation) (?:has |have |is |was )?(?:fallen apart|fell apart|falling apart|been ruined|ruined|destroyed|been destroyed|in pieces)\b|\bi(?:'m| am) (?:paying|being punished|suffering) (?:for (?:this|it) )?(?:every|each|day after day|all the time)\b/,
  },
];

/** After the thirteenth set (now also training for the word weights). */
export const reasonShapesAfter: Shape[] = [
  {
    kind: 'blaming',
    pattern:
      /\byou (?:started|began|created|caused) (?:the |all the )?(?:distance|fights?|arguments?|problems?|coldness|silence)\b|\bi (?:just|only) (?:followed|reacted|responded|went along)\b/,
  },
  {
    kind: 'moving-on',
    pattern:
      /\b(?:don't|do not|can't|cannot) (?:see|understand) why (?:this|it|that|we) (?:needs|has|have|keeps|must)\b/,
  },
  {
    kind: 'self-pity',
    pattern:
      /\b(?:nobody|no one|you don'?t|you do not|you never)(?: \w+){0,2}? (?:understands?|gets?|knows?|sees?) (?:what i'?m|what i am|how i feel|what this is like for me|how hard)\b/,
  },
  { kind: 'half-promise', pattern: /\bi (?:might|may) be able to\b/ },
];

/** After the fourteenth set was measured once (it then joined the tuning sentences). */
export const reasonShapesLatest: Shape[] = [
  {
    kind: 'about-you',
    pattern:
      /\b(?:didn't|did not|never) (?:think|expect|mean for|want) you(?:'d| would)? (?:to )?find out\b/,
  },
  {
    kind: 'justifying',
    pattern:
      /\bso (?:that )?you (?:wouldn't|won't|would not|didn't have to|did not have to) (?:have to )?(?:worry|be hurt|get hurt|get upset|be upset|stress|panic)\b|\bafter (?:years|months|so long|all this time) of (?:being )?(?:ignored|neglected|rejected|unwanted|alone|lonely|invisible|criticised|criticized)\b/,
  },
  {
    kind: 'moving-on',
    pattern:
      /\btime (?:to|you|for you to) (?:forgive|forgave|trust|trusted|move on|moved on|let it go|let go)\b|\b(?:been|gone) over (?:this|it|that) (?:\w+ )?(?:a hundred|a thousand|so many|enough|countless|\d+) times\b|\b(?:going|go|goes) (?:round |around )?in circles\b/,
  },
  {
    kind: 'self-pity',
    pattern:
      /\bi'?m the one (?:who'?s|who has|who is|that'?s) (?:lost|losing|suffered|suffering|paying|hurting)\b/,
  },
];
