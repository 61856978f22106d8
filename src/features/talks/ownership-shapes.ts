// The shapes of speech that tend to make an apology land badly, read one sentence at a time.
// Each shape is a small pattern plus a test of its surroundings (who is the subject, is it
// negated, is the speaker reporting an old excuse rather than making it), so the same words can
// pass when they are used honestly: "I just want you to know I lied", "because I was a coward".
import type { NoteKind } from '../../content/ownership.ts';

export interface Shape {
  kind: NoteKind;
  pattern: RegExp;
  /** Given the sentence and the match, false when the words are used innocently here. */
  fits?: (before: string, after: string, match: string) => boolean;
}

const w = String.raw;
const any = (...parts: string[]) => `(?:${parts.join('|')})`;

/** The partner as the cause: absent, cold, critical, never listening. */
export const partnerFault = w`you(?:'re| are| were|'ve been| have been|'ve| have)? (?:always |never |so |too |just |constantly )*${any(
  w`(?:weren't|were not|wasn't|were never|are never|never|didn't|did not|don't|do not|wouldn't|would not|hardly|rarely|always) (?:ever )?(?:really )?(?:listen|listened|there|home|around|noticed|notice|touched|touch|talked|talk|cared|care|made time|make time|had time|have time|been there|been around|been home|been interested|been available|paid attention|pay attention|showed|show|appreciated|appreciate|supported|support|complimented|understood|understand|bothered|let me|wanted me|want me|wanted to (?:talk|listen|be with me|touch|spend)|at work|working|busy|on your phone|tired|nagging|criticis\w+|criticiz\w+|complaining|picking)`,
  w`(?:weren't|were not) giving`,
  w`(?:had )?(?:checked out|given up on (?:us|me)|left me emotionally)`,
  w`(?:went|turned|grew|go|goes) (?:cold|distant|quiet) on me|shut me out|turned away from me`,
  w`(?:stopped|quit) (?:talking to me|touching me|caring|listening|making time|wanting me|noticing me|paying attention)`,
  w`(?:ignored|neglected|nagged|criticised|criticized|rejected|pushed|shut out|smothered|controlled|humiliated) (?:me|us|my)`,
  w`were (?:so |too |always |never )?(?:cold|distant|absent|unavailable|away|distracted|critical|controlling|obsessed|demanding|never there|not there|busy|wrapped up)`,
  w`(?:had no time|lost interest|cared more about|put (?:work|the kids|your \w+) first|chose (?:work|your \w+|the kids)|kept (?:pushing|nagging|criticising|ignoring|picking))`,
)}`;

/** A state or need offered as the reason: lonely, unseen, under pressure. */
const needState = w`(?:i|we) (?:was|were|felt|got|had been|'d been|had felt|was feeling|felt so|had grown|had got) (?:so |very |really |too |completely |totally |just )?(?:lonely|alone|neglected|invisible|unappreciated|unwanted|unloved|ignored|bored|unhappy|miserable|stressed|overwhelmed|empty|trapped|rejected|starved|frustrated|desperate|exhausted|depressed|vulnerable|unseen|taken for granted|drifting|apart|disconnected|distant|craving|hungry for|starved of)`;

const circumstance = w`(?:work|stress|the stress|my job|the kids|the baby|money|the pressure|the pandemic|lockdown|our (?:marriage|relationship|sex life)|things (?:at home|between us)|there (?:was|wasn't) (?:no|nothing|no one)|nobody|no one|how (?:things|we) were|the way (?:things|you|we) (?:were|had been)|what you (?:did|said)|your (?:\w+))`;

/** Someone reporting an old excuse, or refusing to make it, is not making it now. */
export const reported = new RegExp(
  w`\b(?:i (?:told|kept telling|convinced|fooled|reassured) (?:myself|you|everyone|people)(?! (?:about|eventually|in the end|the truth|everything|all of it|myself)\b)|i (?:pretended|claimed|insisted|made (?:it|out)|acted as if|let you (?:believe|think)|used to (?:say|tell|think)|said (?:that )?(?:it|you|we|she|he|they)|called (?:it|you)|blamed)|i (?:won't|will not|will never|never|don't|do not|can't|cannot|refuse to) (?:pretend|say|claim|tell you|call it|use|hide behind|blame|make excuses|make out)|i(?:'m| am) (?:not|never) (?:going to|gonna) (?:pretend|say|claim|tell you|call it|use|hide behind|blame|make excuses|make out)|no more (?:saying|pretending|excuses)|\b(?:telling|saying to|assuring|swearing to) (?:you|myself|everyone|people|them)\b|instead of (?:saying|telling|pretending|blaming)|it was not true that|the lie that|the story that|(?:made|making|let|letting) you (?:feel|think|believe))\b`,
);
const negatedJustBefore =
  /(?:\bnot|n't|\bnever|\bno longer|\bmore than|\bfar from)(?: (?:just|only|merely|really|even))?\s*$/;

export const shapes: Shape[] = [
  // Conditional apologies: an "if" that leaves room for it not to have hurt.
  {
    kind: 'conditional',
    pattern:
      /\b(?:sorry|apologi[sz]e|apologies|regret it|forgive me|excuse me|pardon me)\b[^.]{0,40}?\bif\b/,
    fits: (_b, after) =>
      !/^ (?:you (?:ever )?(?:want|need|ask|would like|'d like|are ready|choose|decide|have (?:questions|more))|it helps|there is anything)/.test(
        after,
      ),
  },
  {
    kind: 'conditional',
    pattern: new RegExp(
      w`\bif (?:i(?:'ve| have)?|anything (?:that )?i|something i|what i|my \w+|any of (?:this|that|it|what i \w+)|it|that|this|you(?:'ve| have)?) (?:\w+ ){0,4}?(?:hurt|hurtful|upsetting|painful|offensive|upset|offended|wounded|bothered|caused|felt|were hurt|got hurt|took it|see it|saw it|feel that way|felt that way|was wrong|did wrong|did something wrong|did anything wrong|crossed a line|went too far)\b`,
    ),
    fits: (before, after) =>
      !/\b(?:even|what|as|only)\s*$/.test(before) && !/^[^.,]{0,20}\bagain\b/.test(after),
  },
  {
    kind: 'conditional',
    pattern:
      /\bto (?:the|whatever|any) (?:extent|degree)\b|\b(?:may|might|could) have (?:\w+ )?(?:hurt|upset|offended|caused|wounded|been hurtful|come across)\b|\b(?:sorry|apologi[sz]e|apologies) for (?:whatever|anything) (?:i|that|you|it)\b|\bif that'?s how you (?:feel|see it)\b|\bin any way\b/,
  },
  // Sorry about their feelings, or about what happened to them, rather than about what I did.
  {
    kind: 'about-you',
    pattern:
      /\b(?:sorry|apologi[sz]e|regret)(?: (?:so|very|truly|really|deeply))?(?: that| about| for)? (?:you(?!r?\b (?:deserve|deserved|didn't deserve|never deserved|did not deserve)\b)|you're|your (?:feelings|pain|hurt|reaction)|how you|the way you|it (?:hurt|upset|affected|bothered|came|turned|ended)|this (?:hurt|upset|affected|happened)|that (?:hurt|upset|happened)|things (?:turned|ended|went|happened)|what happened|it happened)\b/,
  },
  {
    kind: 'about-you',
    pattern:
      /\bsorry (?:about|for) (?:the|any|all the) (?:hurt|pain|confusion|upset|misunderstanding|trouble|drama|mess)\b/,
    fits: (_b, after) => !/^ (?:i|that i|my)\b/.test(after),
  },
  // "Sorry, but": the but cancels the apology.
  {
    kind: 'sorry-but',
    pattern:
      /\b(?:sorry|apologi[sz]e|apologies)\b,? (?:\w+ ){0,3}?(?:but|though|although|however|yet|except)\b(?! i know)/,
    fits: (before) => !/\b(?:said|say|saying|kept saying)\s*$/.test(before),
  },
  // Reasons offered as if they excuse it.
  {
    kind: 'justifying',
    pattern: /\b(?:only|just) because\b/,
    fits: (_b, after) =>
      !/^ (?:you|i) (?:found|caught|asked|saw|discovered|confronted|got caught|was caught|had no)/.test(
        after,
      ),
  },
  {
    kind: 'justifying',
    pattern: new RegExp(
      w`\b(?:because|since|as|after|when|once|ever since) (?:of )?(?:${partnerFault}|${needState}|${circumstance})|\bbecause i (?:needed|wanted|deserved) (?:to feel|someone|attention|affection|something|more|some|to be (?:seen|heard|wanted|noticed|desired|appreciated))|\b${needState}\b[^.]{0,50}\b(?:so|and so|which is why|that's why|that is why)\b|\b${needState}[^.,]{0,20} that i\b|\bbecause (?:i knew )?you(?:'d| would)(?: have)?\b`,
    ),
    fits: (_b, after) =>
      !/^\w* (?:what i|my (?:lies|lying|choices|choice|affair|secrets|actions|decisions))\b/.test(
        after,
      ),
  },
  {
    kind: 'justifying',
    pattern:
      /\bi (?:just |really |only |simply )?(?:needed|deserved|had needs|have needs)\b(?: (?:someone|attention|affection|to feel|something|more|a break|some|to be|an outlet|a friend|comfort))|\bso (?:that )?i (?:could|would|can|might) (?:feel|be (?:seen|wanted|heard|noticed|happy|appreciated)|have (?:someone|some)|get (?:some|attention))\b|\bi was (?:so |very |really |too )?(?:drunk|high|wasted|not myself|out of my mind|not in my right mind|young|naive|immature|in a (?:bad|dark) place|under (?:a lot of |huge |so much )?(?:pressure|stress))\b|\b(?:couldn't|could not|can't) help (?:it|myself)\b|\bi had no (?:choice|option)\b|\bwhat (?:else )?was i supposed to do\b|\bto protect you\b|\bfor your (?:own )?good\b|\bto spare you\b|\bto keep the peace\b|\bthe reason (?:i|was|is)\b|\b(?:that's|that is|which is) why i\b/,
  },
  // Making it smaller than it was.
  {
    kind: 'minimising',
    pattern:
      /\b(?:just|only|merely) (?:a |an |one |some |the odd |harmless |silly |innocent |little |few |couple of |stupid )?(?:kiss|kisses|kissing|kissed|texting|texted|texts|messages|messaging|chatting|chats|talking|talked|flirting|flirted|friends|friendship|banter|drinks?|coffee|lunch|hug|sex|physical|emotional|fun|fling|game|online|words|fantasy|porn|phase|crush|once|twice|one time|one night|a few|a couple|a little|a bit|mistake|moment|slip|harmless|nothing|lunch|met|slept)\b/,
    fits: (before) => !negatedJustBefore.test(before),
  },
  {
    kind: 'minimising',
    pattern:
      /\b(?:it|that|this|they|we|those|these|she|he) (?:was|were|is|are) (?:only|just)\b(?! (?:when|after|before|then|later|once|because|since|as|to|now|the (?:beginning|start)|how|what|as bad|over|under|about|shy of|short of|the (?:first|tip)))/,
    fits: (before) => !negatedJustBefore.test(before),
  },
  {
    kind: 'minimising',
    pattern:
      /\b(?:didn't|did not|wasn't|was not|weren't|were not|isn't|is not|never|not) really (?:\w+ ){0,2}?(?:an affair|affair|cheating|cheat|lying|lie|lied|a lie|relationship|serious|anything|mean|meant|matter|count|happen|that bad|bad|a big|an issue|a problem|hiding|hide|hid|secret|going on|like that|what it looks|what you think|physical|me)\b/,
  },
  {
    kind: 'minimising',
    pattern:
      /\bat least\b(?! (?:once|twice|one|two|three|a |an |\d|every|until|as |for |the |some |weekly|daily|i owe))/,
    fits: (before) => !/\b(?:for|until|is|was|the very|at the)\s*$/.test(before),
  },
  {
    kind: 'minimising',
    pattern:
      /\b(?:not|wasn't|isn't|was not|is not|nothing|no|never) (?:that |so |such (?:a )?|as |too |a )?(?:big (?:of a )?(?:deal|thing)|serious|bad|important|major|terrible|deep|significant)\b|\bcould(?: have|'ve) been (?:much |a lot )?worse\b|\bit'?s not like\b|\bno harm\b|\bharmless\b|\bnothing (?:really |actually )?happened\b|\bnothing (?:serious|physical|much)\b|\b(?:meant|means) nothing\b|\b(?:didn't|did not|doesn't|does not) mean anything\b|\b(?:barely|hardly) (?:anything|touched|knew|talked|happened|ever)\b|\b(?:a little|a bit of|some) (?:harmless |innocent )?(?:flirting|fun|banter|texting)\b|\b(?:never|didn't|did not) (?:mean|meant) (?:to|for|it)\b|\b(?:silly|little|harmless|innocent|small|tiny|minor|meaningless|brief|quick|stupid) (?:little )?(?:crush|kiss|fling|flirtation|flirt|mistake|slip|chat|affair|moment|lapse|fantasy|game)\b|\bonly (?!(?:told|asked|stopped|said|apologi[sz]ed|admitted|noticed|listened|came clean|understood)\b)(?:\w+ ){1,4}?(?:once|twice|a few times|a couple of times|one time|two times|three times)\b|\bonly (?:once|twice|one|a few|a couple|kissed|talked|texted|met|slept|happened|lasted|went|a)\b/,
    fits: (before) => !/\b(?:if|not|the|that)\s*$/.test(before) && !negatedJustBefore.test(before),
  },
  {
    kind: 'conditional',
    pattern: /\b(?:sorry|apologi[sz]e)\b[^.]{0,20}\bwhatever\b/,
  },
  {
    kind: 'about-you',
    pattern:
      /\b(?:sorry|regret|apologi[sz]e) (?:that )?(?:the \w+|it|this|things|everything|what happened|how (?:it|things))\b (?:(?!i\b)\w+ ){0,2}?(?:was|were|is|came|got|ended|turned|happened|went|hurt|upset|affected|became|had|made|caused|led|took)\b/,
  },
  {
    kind: 'justifying',
    pattern:
      /\bi (?:was|felt|had been|'d been|had felt)\b[^.;]{0,40}, (?:and )?so i (?!would|could|wouldn't|couldn't|didn't have to|might)|\b(?:what )?with (?:everything|all (?:that|the \w+)|the (?:stress|pressure|way things)) (?:\w+ )?(?:going on|happening|on my plate)?\b/,
  },
  {
    kind: 'minimising',
    pattern:
      /\b(?:and )?nothing more\b(?! than)|\bno more than\b|\b(?:that'?s|that was|that is) all\b(?! (?:i|you|we))|\b(?:a|one) (?:brief|little|small|short|silly|stupid|harmless|minor|tiny|quick|meaningless|casual) (?:\w+ )?(?:thing|things|crush|kiss|fling|flirtation|affair|moment|lapse|slip|chat|chats)\b|\b(?:hardly|not|isn't|wasn't) (?:\w+ )?the end of the world\b|\b(?:it|this|that|what i did|the affair|what happened|the texting|the messages|the kiss) (?:was|is|were|seemed|felt) (?!never |not )(?:\w+ )?(?:minor|trivial|small|tiny|nothing|insignificant|harmless|innocent)\b/,
    fits: (before) => !/\b(?:not|never|if)\s*$/.test(before),
  },
  {
    kind: 'about-you',
    pattern:
      /\b(?:sorry|apologi[sz]e|regret)\b (?:for|about) (?:any|the|all the) (?:confusion|misunderstanding|inconvenience|drama|upset|trouble)\b|\b(?:sorry|apologi[sz]e|regret)\b (?:for|about) any (?:hurt|pain|harm|offence|offense)\b/,
  },
  {
    kind: 'minimising',
    pattern:
      /, no more\s*$|\b(?:barely|hardly|scarcely) (?:even )?(?:an? |any )?(?:affair|relationship|kiss|kissing|cheating|flirting|anything|something|counts|matter|a thing)\b|\bgrand scheme\b|\b(?:it|this|that)'s (?:\w+ )?(?:minor|trivial|small|tiny|nothing|insignificant|harmless)\b|\b(?:a|one) (?:lapse|moment of (?:weakness|madness)|error of judge?ment|blip|slip-up)\b/,
    fits: (before) => !/\b(?:not|never|if|you)\s*$/.test(before),
  },
];
