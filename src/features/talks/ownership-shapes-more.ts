// Shapes that turn towards the partner, hurry them, make it normal, or take the "I" out of it.
// Same reading as ownership-shapes.ts: a pattern, then a look at what stands around it.
import { partnerFault, type Shape } from './ownership-shapes.ts';

const w = String.raw;

// "I don't see why we have to…" complains rather than negates.
const rhetorical =
  /\b(?:don't|do not|can't|cannot) (?:see|understand|know) why\b|\bwhy (?:can't|don't|won't)\b|\b(?:can't|cannot) keep\b|\b(?:don't|do not) want to (?:keep\b|$)/g;
const notNegated = (before: string) =>
  !/\b(?:not|never|no|nobody|no one|without|nor|cannot)\b|n't\b/.test(
    (before.split(/,|\bbut\b/).at(-1) ?? before).replace(rhetorical, ''),
  );

/** Shapes about the partner, moving on, normalising and agentless speech. */
export const turnedShapes: Shape[] = [
  {
    kind: 'blaming',
    pattern: /\bbut (?:then |also )?you(?:'re| are| were)?\b/,
    fits: (_b, after) =>
      !/^ (?:did not have to|didn't have to|never had to|deserve|deserved|didn't deserve|did not deserve|never deserved|trusted|believed|had no (?:way|idea|reason)|did nothing|never did|were right|had every right|kept asking|asked|found out|never (?:suspected|knew|doubted|stopped)|loved|stayed|gave me|can|may|don't have to|do not have to|owe me nothing|choose|decide|still|are free|are allowed|already knew|knew|had to)/.test(
        after,
      ),
  },
  { kind: 'blaming', pattern: new RegExp(w`(?:^|[,;:] |\bso |\band )${partnerFault}\b`) },
  {
    kind: 'blaming',
    pattern:
      /\byou (?:made|make|drove|drive|pushed|push|forced|force|left) me\b(?! (?:a |an |happy|laugh|smile|proud|better|want to|feel (?:safe|loved|welcome|wanted|at home|happy)))|\bif you'd\b|\bif you (?:had|hadn't|had not|'d|would have|would've|were|weren't|had just|had only|paid|listened|cared|spent|ever)\b(?! (?:asked|known|found|want|wanted|need|like|ready|are|do|feel|decide|choose|can|will|wish)\b)|\b(?:partly |also |just as much |equally )?your (?:fault|part|doing)\b|\byou(?:'re| are| were) (?:partly |also |just as |equally )?(?:to blame|at fault|responsible too)\b|\bon both sides\b|\b(?:it )?takes two\b|\btwo to tango\b|\byou (?:did (?:it|that|the same) too|lied too|cheated too|hurt me too|were no angel|are no angel|(?:are|were|'re)(?: not|n't) (?:perfect|innocent|blameless)|weren't perfect|aren't perfect|aren't innocent)\b|\byou(?:'re| are| were)(?: not|n't) (?:\w+ )?(?:perfect|innocent|blameless|a saint)\b|\bhowever,? you\b|\bwhat about (?:the (?:time|times|night|day) |when |all the times )?(?:you|what you)\b(?! (?:need|want|feel|think|would like|'d like)\b)|\bdon't forget (?:what|that) you\b|\byou should have (?:known|seen|asked|noticed|said|told me|checked|realised|realized|figured)\b|\byou (?:have|need|must|ought) to (?:understand|admit|see|accept) (?:that|my|how|why|i|what)\b|\bwhat did you expect\b|\bleft me no choice\b|\bgave me no choice\b|\b(?:we|us) (?:both|all|each) (?:\w+ ){0,2}?(?:made mistakes|messed up|to blame|at fault|have (?:our |some )?(?:faults|flaws|part)|played a part|contributed)\b|\bboth (?:of us )?(?:to blame|at fault|made mistakes)\b/,
    fits: (before) => !/\b(?:not|never|none of it|nothing to do with|no)\b[^,]{0,15}$/.test(before),
  },
  {
    kind: 'their-feelings',
    pattern:
      /\bover-?react\w*|\boverthink\w*|\bover-?analys\w*|\bevery little thing\b|\btoo sensitive\b|\bso sensitive\b|\b(?:so|being|too) dramatic\b|\bout of proportion\b|\bmaking (?:a big deal|too much|a mountain|such a fuss)\b|\byou(?:'re| are) (?:imagining|paranoid|crazy|hysterical|being (?:silly|unfair|ridiculous|irrational|paranoid|hysterical))\b|\bcalm down\b|\byou take (?:things|everything|it) (?:too|so)\b|\ball in your head\b/,
    fits: (before) =>
      !/(?:\bnot|n't|\bnever|\bno one is)\s*$/.test(before) ||
      /\bso (?:that )?you (?:wouldn't|won't|would not|didn't)\s*$/.test(before),
  },
  {
    kind: 'moving-on',
    pattern:
      /\b(?:move on|moving on|get over (?:it|this|that|me)|getting over it|get past (?:it|this)|put (?:it|this|that|all this|all of this) behind|leave (?:it|this|that) (?:in the past|behind)|let (?:it|this|that) go\b(?! (?:on|that far|too far|so far|further))|forget (?:about )?(?:it|this|that|what happened)|drop (?:it|this|the subject)|stop (?:bringing|talking about|going on|dwelling|punishing|mentioning|looking back|going back)|dwell(?:ing)? on|start (?:fresh|over)|fresh start|by now|(?:living|live|stuck|dwell|dwelling) in the past|(?:be|been|get|got|getting) past (?:this|it|that)|keep (?:talking about|going over|raking|dragging|rehashing|discussing|bringing (?:it|this|that) up|coming back to)|clean slate|turn the page|close (?:this|that) chapter|be over (?:it|this)|the past is the past|water under the bridge|forgive and forget)/,
    fits: (before) =>
      notNegated(before) && !/\b(?:can't|cannot|won't|will not) just\s*$/.test(before),
  },
  {
    kind: 'moving-on',
    pattern:
      /\b(?:it'?s|it has) been (?:\w+ ){0,2}?(?:months|weeks|a year|years|long enough|ages|so long)\b|\bhow long (?:will|are you going to|do i have|must i|is this going to|can you)\b|\bwhen (?:will you|are you (?:going to|gonna)) (?:stop|forgive|trust|get over|let|move)\b|\benough (?:is enough|already)\b|\bi(?:'ve| have)? (?:already )?(?:said sorry|apologi[sz]ed|paid|suffered|been punished) (?:enough|already|a hundred times|so many times|over and over)\b|\bi(?:'ve| have)? already (?:said sorry|apologi[sz]ed)\b|\bhow many (?:more )?times\b|\byou(?:'re| are)? (?:still|always) (?:bringing|going on|holding it|punishing|on about|hung up)\b|\byou keep (?:bringing|going on|punishing|throwing)\b|\bwhy can'?t you (?:just )?(?:forgive|trust|let|move|get|stop)\b|\b(?:need|needs|have|has|ought) to (?:forgive|trust) me\b|\b(?:should|must) (?:forgive|trust) me\b|\bforgive me already\b|\bwhy (?:are|is) you still\b|\bwhy (?:do|does) (?:you|this|it) still\b|\byou (?:need|have|must|'ve got|got) to (?:decide|choose|make up your mind)\b|\b(?:done my time|paid my dues|paid (?:for it|for this|the price) (?:already|enough))\b/,
    fits: (before) => !/\b(?:no matter|however|as many times as|not)\b[^,]{0,10}$/.test(before),
  },
  {
    kind: 'normalising',
    pattern:
      /\b(?:everybody|everyone|anybody|anyone|any (?:\w+ )?(?:man|woman|guy|girl|person|husband|wife|partner|one|human)|most (?:people|men|women|couples|guys)|lots of (?:people|couples|men|women)|plenty of (?:people|couples)|all (?:men|women|guys|couples|marriages)|every (?:marriage|couple|relationship|man|woman)|other (?:people|couples)|people|we all|we're all|we are all) (?:\w+ )?(?:does it|did it|do it|does this|does that|would (?:have )?(?:done|do|been tempted|given in|give in|slip|react|fall|make)|would've|cheats|cheat|lies|has (?:secrets|affairs|an affair|flings|done)|have (?:secrets|affairs|done (?:it|worse|this|the same)|their moments)|makes mistakes|make mistakes|goes through|go through (?:this|it|rough)|gets tempted|get tempted|slips up|slip up|flirts|flirt|messes up|mess up|is doing it|are doing it|human)\b/,
    fits: (before) => !/\b(?:not|hardly|few)\s*$/.test(before),
  },
  {
    kind: 'normalising',
    pattern:
      /\b(?:it'?s|it is|that'?s|that is|this is|was|it was) (?:(?:so|very|pretty|quite|perfectly|completely|totally|just) )?(?:normal|natural|common|human|understandable|what happens|what people do|what men do|life)\b(?! (?:for you|that you|to feel|if you|you))|\bthese things happen\b|\bit happens\b|\bhappens (?:to|in) (?:everyone|the best|every|all|lots|many)\b|\b(?:i'?m|i am|we'?re|we are) (?:only|just|all) human\b|\bhuman nature\b|\b(?:nobody|no one)(?:'s| is) perfect\b|\bit'?s not (?:unusual|uncommon|rare)\b|\bthat'?s (?:just )?(?:who|how) i am\b|\bi(?:'m| am) (?:just )?(?:like that|made that way|wired)\b|\bmen will be men\b|\bboys will be boys\b/,
  },
  {
    kind: 'agentless',
    pattern:
      /\b(?:mistakes|things|lies|words|lines|promises|vows|boundaries|feelings|trust|errors|bad choices|choices|decisions|the rules)\b (?:were|was|have been|had been|got) (?:made|said|told|crossed|broken|blurred|formed|developed|damaged|betrayed)\b(?! by me\b(?! and))/,
  },
  {
    kind: 'agentless',
    pattern:
      /\b(?:it|things(?: between us| at home)?|something|stuff|that|this|(?:a|our|the|that) (?:friendship|flirtation|connection|conversation|drink|night out)|the affair|the kiss|the relationship|the texting|the messages|the whole thing|everything|feelings)\b (?:just |kind of |sort of |simply |somehow )*(?:happened|happens|got (?:a bit |a little |slightly |rather |completely )?out of hand|went too far|escalated|grew|developed|spiralled|spiraled|took over|turned into|got physical|got serious|crept in|started|began|dragged on|went on (?:longer|too long|further)|carried on (?:longer|too long)|became|had become|got complicated|crept up|snuck up|came over me|got the better of me|came out of nowhere)\b/,
    fits: (before, after) =>
      !/\b(?:after|when|before|since|until|once|how|what|why|where|day|night|time|moment|that|as|while|because|all|if|let|made|allowed|watched|knew|where|let|making|letting|though)\s*$/.test(
        before,
      ) &&
      !/\bi (?:chose|kept|started|began|let|decided|made|continued|allowed|used|hid|planned|lied|took)\b/.test(
        after,
      ) &&
      // "It started the first week of June and ended when you found out": a timeline, in full.
      !/^ (?:in|on|the (?:first|second|third|last) (?:week|day|month|weekend)|last|around|about|(?:\w+ )?(?:weeks?|months?|years?) ago)\b[^.]*\b(?:and (?:ended|lasted|went on|stopped|continued)|until)\b/.test(
        after,
      ) &&
      // "It happened four times", "it went on for a year": the full size, stated plainly.
      !/^ (?:(?:\w+ ){0,4}(?:times|nights|weekends)|again and again|over and over|(?:for|over) (?:\w+ )?(?:months|years|weeks|a year)|(?:a|one|two|three|\d+|several|many) (?:\w+ )?(?:years?|months?|weeks?) ago, and i)\b/.test(
        after,
      ),
  },
  {
    kind: 'agentless',
    pattern:
      /\bone thing led to another\b|\bbefore i knew it\b|\bi (?:just )?(?:snapped|ended up|found myself|got (?:carried away|caught up|swept up|drawn in|sucked in)|lost control|lost my head)\b|\bi (?:wasn't|was not) thinking\b(?! (?:about|of))|\bsomehow\b|\b(?:it|this) (?:wasn't|was not|was never) (?:planned|my plan)\b|\bwe (?:just |sort of |kind of |somehow )*(?:ended up|fell into|drifted into|drifted|slipped into)\b|\bfell into (?:it|bed|an affair)\b/,
  },
  {
    kind: 'vouching',
    pattern:
      /\b(?:deep down )?you (?:of all people )?(?:must |should |surely |have to |need to )?know (?:that )?(?:i|i'm|i am|i'd|i would|how much i|how i|me)\b (?:\w+ ){0,2}?(?:didn't|did not|never|love|wouldn't|would never|don't|do not|not|mean|meant|am not|'m not|care|'d never)\b/,
  },
  {
    kind: 'half-promise',
    pattern:
      /\bi(?:'ll| will| am going to|'m going to| can)? (?:try|attempt|do my best|make an effort|see if|aim) (?:to|not to|and)?\b|\bhopefully\b|\bi(?:'ll| will) (?:probably|maybe|possibly)\b|\bmaybe i(?:'ll| will| can| could)\b|\bif i can\b|\bwhen i can(?!'|not)\b|\bas much as (?:i can|possible)\b|\bas best i can\b/,
    // "I'll try to understand what you're going through": an inner thing can only be tried.
    fits: (before, after) =>
      !/\b(?:not|never|won't|no longer)\s*$/.test(before) &&
      !/^ ?(?:to )?(?:understand|imagine|picture|grasp|see (?:it|how|what|things)|feel what)\b/.test(
        after,
      ),
  },
  {
    kind: 'blaming',
    pattern:
      /\byou(?:'re| are| were|'ve| have)? (?:(?!may|might|will|would|could|can|should)\w+ )?(?:always|never) (?!(?:made me (?:do|lie|cheat|hide|say|go)|forced me|pushed me|asked me to|the reason|to blame|at fault|wrong|the problem|the cause|deserved|trusted|told me the truth|gave me (?:a|any) reason|suspected|doubted|stopped trusting|asked for|did anything|believed|loved|supported|stood by|knew|saw it coming|imagined|expected|were anything but|once|lied|hid|done|claimed|ignored|neglected|nagged|criticised|criticized|rejected|controlled|humiliated|mistreated|pushed me away|shut me out|gave me (?:a|any) reason|stopped (?:caring|loving|trying|believing|asking|hoping|being)|pretended|cheated|betrayed|broke|broken|hurt me|gave up on us|let me down|kept your word|kept your promises|been honest|been faithful|told me)\b)\w+|\byou (?:started|began) (?:pulling|pushing|drifting|shutting|withdrawing|ignoring|going cold|spending|working)\b|\byou (?:were|are) the one (?:who|that) (?:wanted|left|pulled|pushed|started|stopped|chose|asked for|went|walked)\b|\byou (?:weren't|were not|aren't|are not|didn't|did not|haven't|have not)\b[^.]{0,30}\beither\b|\b(?:let's be honest|be honest),? you\b|\b(?:can you|who could|who can|could you) (?:really )?blame me\b|\byour own (?:secrets|faults|issues|problems|part|flaws|mistakes)\b/,
    // "Funny how you never…", "notice how you always…": the how points, it does not report.
    fits: (before) =>
      !/\b(?:and|that|because|when|if|how|where)\s*$/.test(before) ||
      /\b(?:funny|strange|odd|interesting|notice|amazing|convenient) how\s*$/.test(before),
  },
  {
    kind: 'their-feelings',
    pattern:
      /\byou(?:'re| are)? (?:reading|taking|making|blowing|seeing)\b[^.]{0,20}\b(?:too (?:much|seriously|personally)|into (?:it|this|that)|bigger than|more than (?:it|there))\b/,
  },
  {
    kind: 'normalising',
    pattern:
      /\b(?:everybody|everyone|anybody|anyone|people|men|women|guys|husbands|wives|blokes|lads|every (?:couple|marriage|relationship|man|woman|husband|wife)|(?:most|many|lots of|plenty of|half (?:of )?(?:our|my|the)) (?:people|couples|men|women|friends|marriages)|all (?:couples|marriages|men|women)|couples|marriages) (?:(?!would|could|might|may|will)\w+ ){0,3}?(?:has|have|does|do|goes|go|gets|get|makes|make|would(?! (?:have been|be|feel|have felt|understand|forgive|give|find))|cheat|cheats|lie|lies|stray|strays|slip|slips|is|are|hit|hits|need|needs)\b|\bcompared (?:to|with) (?:what )?(?:other|some|most|lots|many|what people)\b/,
    fits: (before) => !/\b(?:not|hardly|few|no)\s*$/.test(before),
  },
];
