// How one sentence of a draft agreement reads: which topics it touches, and who acts on whom.
// Monitoring (location, messages, passwords) is fine when it is mutual or offered by the one who
// gives it; control (going out, money, permission, friends and family) is a concern when it is
// laid on one person. The same topic words pass when the shape is mutual, offered or negated.
import type { Concern } from './guard-rails.ts';

export type Direction = 'partner' | 'self' | 'mutual' | 'none';

const topicPatterns: [Concern, RegExp][] = [
  [
    'location',
    /\b(?:locations?|gps|tracking|track|tracks|tracker|life360|find my(?! own)\b|prove (?:where|who|what) (?:you|he|she|they)|(?:see|check|know|make sure) (?:if|whether|that) (?:you|he|she|they) (?:turned up|arrived|got there|are there|were there|really went)|snap ?maps?|snapchat maps?|whereabouts|location services|check (?:that |whether |if )?(?:you|he|she|they)(?:'re| are| is|'s) (?:really )?(?:there|at|where)|photos? (?:of|showing) where|selfies? (?:of|showing) where)\b|\b(?:know|see|check) (?:exactly )?where (?:you|he|she|they) (?:are|is|were|go|went)\b|\bcheck(?:s|ing)? in every (?:hour|\d+ minutes|half hour|few minutes)\b|\bcheck(?:s|ing)? in with me (?:\w+ )?(?:times a day|every|each|twice|hourly)|\bso (?:that )?i (?:know|can see|can check|can tell|can be sure) (?:where |that |if |who |what )?(?:you|he|she|they)\b|\b(?:tell|tells|text|texts|report|reports|send|sends|let me know|update me on)\b (?:me )?(?:exactly |precisely |always )?(?:who|where) (?:you|he|she|they)(?:'re| are| were| is| go| went)\b|\b(?:photos?|pictures?|selfies?|videos?) of (?:who|where|the people)\b|\b(?:alerts?|notifications?|notified|pinged)\b[^.]{0,30}\b(?:you|he|she|they) (?:leave|leaves|arrive|arrives|go|goes|get|gets|come|comes)\b/,
  ],
  [
    'messages',
    /\b(?:read|reads|see|check|checks|go through|goes through|look through|look at|scroll through|access|monitor|inspect|search|searches)\b[^.]{0,30}?\b(?:messages?|texts?|e-?mails?|chats?|dms?|whatsapps?|inbox|conversations?|call logs?|(?:browser|search) history|social media|instagram|facebook|phones?|laptop|computer|accounts?|photos|pictures|gallery|camera roll)\b|\b(?:copy|copies|screenshots?) of (?:\w+ ){0,2}(?:texts?|messages?|e-?mails?|chats?)\b|\b(?:forward|screenshot|cc|copy)\w*\b[^.]{0,25}\b(?:all|every)\b|\bunlocked\b|\b(?:screenshots?|copies|copy|photos?) of (?:your|his|her|their|all|every)\b[^.]{0,15}\b(?:chats?|messages?|texts?|e-?mails?|conversations?)\b|\b(?:on )?(?:loud)?speaker(?:phone)?\b|\b(?:phone|laptop|computer|tablet)s? (?:stays? |left |kept )?(?:open|unlocked)\b|\bso (?:that )?i can (?:check|see|read|look|go through)\b|\bhand (?:over|me) (?:your|his|her|their) (?:\w+ )?(?:phone|laptop)\b|\b(?:know|see|hear|be told) (?:exactly )?(?:who|what) (?:you|he|she|they) (?:talk|talks|speak|speaks|text|texts|message|messages|meet|meets|see|sees|chat|chats|call|calls)\b|\b(?:check|checks|find out) (?:exactly )?(?:who|what) (?:you|he|she|they)(?:'ve| have| has)? (?:been )?(?:talk|speak|text|messag|meet|see|chat|call)\w*|\b(?:facetime|video ?call|video)\b[^.]{0,30}\bwhen (?:you|he|she) (?:get|arrive|reach)\b|\bphone (?:checks?|searches?|inspections?)\b|\b(?:copied|cc'?d|bcc'?d) in\b|\b(?:copy|cc|bcc) me in\b|\b(?:messages?|texts?|e-?mails?|calls?|notifications?|alerts?) (?:\w+ ){0,2}(?:come|comes|go|goes|get sent|are sent|get forwarded|are forwarded|arrive|show up|pop up) (?:to|on|into) my\b|\b(?:wi-?fi|router|browsing|internet) history\b|\b(?:reading|checking|going through|looking through|scrolling through|monitoring)\b[^.]{0,30}?\b(?:messages?|texts?|e-?mails?|chats?|dms?|whatsapps?|inbox|phones?|laptop|accounts?)\b|\b(?:phones?|laptops?|messages|texts|e-?mails|bags?|pockets|wallets?|accounts?)\b (?:gets?|will be|are|is) (?:\w+ )?(?:checked|searched|read|gone through|looked at|inspected|monitored)\b|\b(?:read|reading|reads|see|check|checking|go through|going through|look at|looking at)\b[^.]{0,20}\b(?:diary|diaries|journals?|notebooks?|notes app)\b|\b(?:record|recording|records) (?:\w+ )?(?:calls?|conversations?|chats?)\b|\blisten (?:back |in )?(?:to|on) (?:them|your|his|her|their|the calls?|the recordings?)\b|\b(?:phone|laptop|screen|tablet)s? (?:\w+ )?(?:face ?up|screen up)\b|\bpick (?:it|your phone|his phone|her phone) up (?:when|whenever|any time) i\b|\b(?:e-?mails?|messages?|inbox|chats?|accounts?|whatsapp|phone|laptop|computer)s? (?:\w+ )?(?:left |kept |stays? )?(?:open|logged in|unlocked|visible)\b|\b(?:texts?|messages?|e-?mails?|chats?|calls?|dms?)\b[^.]{0,30}\b(?:forwarded|sent|shown|copied|cc'?d|passed) (?:on )?to me\b|\b(?:monitoring|spy|spyware|stalkerware|tracking|keylogg\w*) (?:apps?|software|programs?|tools?)\b|\bparental controls?\b|\bshow(?:s)? me (?:your|his|her|their|all|every|any)\b[^.]{0,20}\b(?:messages?|texts?|phone|chats?|e-?mails?)\b|\b(?:list|log|record|note) of (?:everyone|everybody|all the people|who|every person)\b[^.]{0,20}\b(?:you|he|she|they)\b|\b(?:show|shows|tell|tells|let) me (?:who|what) (?:you|he|she|they)(?:'ve| have| has)? (?:been )?(?:messag|text|talk|chat|e-?mail|call|DM)\w*|\b(?:don't|do not|never|no|not to)\b (?:\w+ )?(?:delete|deleting|clear|clearing|wipe|wiping|erase)\b[^.]{0,25}\b(?:anything|messages?|texts?|history|chats?|phone|photos|e-?mails?)\b/,
  ],
  [
    'passwords',
    /\b(?:passwords?|passcodes?|pin(?: code)?s?|codes? (?:to|for) (?:your|his|her|their|the)|log-?ins?|logged in|login details|credentials|face id|fingerprints?)\b|\baccess to (?:your|his|her|their|my|our|each other's|all) (?:\w+ )?(?:accounts?|e-?mail|phone|laptop|bank|social media)\b/,
  ],
  [
    'isolation',
    /\b(?:stop|stops|quit|no longer|never|not|no more|no|only|cut|cuts|give up|drop|can't|cannot|won't|don't|doesn't|unfriend|unfollow|block|delete|avoid|stay away from|allowed to)\b[^.]{0,40}\b(?:friends?|family|parents|mother|mum|mom|father|dad|sisters?|brothers?|siblings|colleagues|co-?workers|mates|relatives|flatmates|housemates|roommates|neighbou?rs|cousins|aunts?|uncles?|team|teammates|club|choir|group|classmates|crowd|church|anyone|anybody|people|men|women|guys|girls|ex|exes|ex-(?:wife|husband|partner|girlfriend|boyfriend))\b|\b(?:your|his|her|their) (?:\w+ )?(?:friends?|family|parents|mother|mum|mom|father|dad|sisters?|brothers?|siblings|colleagues|mates|relatives)\b[^.]{0,30}\b(?:don't|doesn't|does not|can't|cannot|aren't|are not|isn't|is not|won't|mustn't|not|never|no longer|unless|only)\b|\b(?:can't|cannot|not allowed to|no|never|don't)\b (?:\w+ )?(?:have|keep|open|use|get) (?:a |an |any )?(?:\w+ )?(?:facebook|instagram|snapchat|tiktok|twitter|social media|dating)\b|\b(?:delete|deletes|close|closes|shut down|deactivate)\b[^.]{0,20}\b(?:social media|instagram|facebook|whatsapp|accounts?)\b|\bcut (?:off|out)\b|\b(?:don't|do not|won't|will not|can't|cannot|never|must not|mustn't|are not to|aren't to|not to|no longer|stop) (?:\w+ )?(?:see|seeing|contact|contacting|talk to|talking to|speak to|speaking to|meet|meeting|message|messaging|text|texting|call|calling|visit|visiting|hang out with|go out with)\b|\bno (?:male|female) friends\b|\bopposite sex\b|\bonly (?:see|meet|go out with|talk to)\b[^.]{0,30}\bwith me\b/,
  ],
  [
    'curfew',
    /\bcurfew\b|\b(?:nowhere|not out|no going out|no nights out) after\b|\bhome (?:straight|right|directly) after\b|\b(?:in|home|back|in bed|asleep|indoors|inside|in the house) (?:by|before) (?:\d|five|six|seven|twelve|ten|nine|eight|eleven|midnight|dark|half|it gets dark|sunset|sundown)|\bstay(?:s|ing)? (?:in the house|indoors|at home)\b|\b(?:be|get|come|comes|go|goes) (?:straight |directly |right )?(?:home|back|in) (?:by|before|after|straight)\b|\b(?:come|comes|go|goes) (?:straight|directly|right) (?:home|back)\b|\b(?:home|back) (?:by|before) (?:\d|ten|nine|eight|eleven|midnight|dark)|\b(?:go|goes|going) (?:out|anywhere|away)\b|\bnights? out\b|\bleave the house\b|\b(?:after|past) (?:\d{1,2}(?::\d\d)?(?: ?[ap]m)?|six|seven|eight|nine|ten|eleven|midnight|dark)\b(?! (?:weeks|months|days|years|sessions|times))|\b(?:home|back|in)\b(?: for \w+)? (?:at|by|before) (?:\d|six|seven|eight|nine|ten|eleven|midnight)|\bsleep(?:s|ing)? (?:at home|in our bed|here)\b|\b(?:come|comes|be|get) (?:back )?home (?:for|at|by|every)\b|\bno (?:trips|travel|travelling|nights away|weekends away)\b|\b(?:work|home|school)\b[^.]{0,30}\b(?:nothing else|nowhere else)\b|\bstay(?:s|ing)? (?:out|home|in)\b|\bovernight\b/,
  ],
  [
    'money',
    /\b(?:money|spend|spends|spending|spent|card|cards|bank|salary|wages|paycheck|pay ?cheque|allowance|budget|purchases?|buy|buys|receipts?|cash|finances|savings|pension|income|earnings|inheritance)\b/,
  ],
];

/** Needing the speaker's say-so. Mutual forms ("each other", "the other") do not match. */
const permission =
  /\bonly (?:mine|my (?:family|friends|people|side|parents|lot))\b|\b(?:ask|asks|check with me|clear it with me) (?:me )?(?:first )?before\b|\b(?:tell|tells|text|texts|call|calls|inform|let) me (?:know )?(?:first )?before (?:you|he|she|they)\b|\bi (?:need to |have to |must |get to |will |'ll |want to )?(?:approve|sign off on|vet)\b|\bonly (?:when|if|while) i(?:'m| am)? (?:home|there|present|with you|around|say)\b|\bwithout (?:asking|telling|checking with|clearing it with|running it by|my) (?:me|permission|ok|okay|say-so)\b|\bwithout me\b|\b(?:my|me) (?:permission|approval|ok|okay|say-so|say|go-ahead|consent|blessing)\b|\bonly\b[^.]{0,30}\b(?:i (?:write|give|choose|pick|say|allow|approve|agree)|my (?:list|say|approval|permission))\b|\bi (?:\w+ ){0,2}?(?:say|decide|choose|tell you|determine) (?:when|where|who|what|whether|if|how much|how often) (?:you|he|she|they) (?:can|may|are allowed|get to|should)\b|\bask(?:s|ing)? me (?:first|before)\b|\bcheck(?:s)? with me (?:first|before)\b|\bi(?:'ve| have)? (?:approved|okayed|allowed|agreed to)\b|\bi (?:approve|allow)\b|\b(?:have|get) to (?:approve|okay|say yes)\b|\bunless i (?:say|agree|approve|allow|invite|let|ok|okay)\b|\bonly\b[^.]{0,40}\b(?:when|if|while) i(?:'m| am)? (?:home|there|present|around|with)\b|\bonly (?:if|when) i (?:say|agree|approve|allow|let)\b|\bi(?:'ll| will| get to|'m going to| am going to)? decide (?:who|what|where|when|if|whether|how)\b|\bi (?:get|have) the (?:final|last) (?:say|word)\b|\bi(?:'ll| will| get to| am going to|'m going to)? (?:decide|choose|pick|determine) (?:which|what|who|where|when|how|whether|if)\b[^.]{0,40}\b(?:you|your)\b|\bi (?:get to |will |)(?:decide|choose|pick|determine) (?:which|what|who|where|when|how) (?:\w+ ){0,3}?(?:you|your)\b|\bi choose (?:who|what|where|your)\b|\bonly\b[^.]{0,30}\b(?:with me|when i(?:'m| am) (?:there|with)|if i (?:come|am there|say))\b|\bunless i (?:come|am there|go|say)\b|\b(?:what|who|whatever|whoever|wherever) i (?:pick|picks|choose|say|want|tell you|allow|approve|decide|like)\b|\b(?:you|he|she|they)(?:'re| are| is)? (?:only )?allowed (?:out|to go|one|two|\d)|\bonly allowed\b|\bi(?:'ll| will)? (?:hold|keep|control|manage|handle|run|take|look after|am in charge of|will be in charge of) (?!my )(?:\w+ ){0,3}?(?:money|cards?|bank|finances|accounts?|salary|wages|keys|passports?|documents)\b|\bin charge of (?:your|his|her|their)\b|\b(?:money|accounts?|cards?|finances|savings|salary|wages|pay(?:check|cheque)?)\b[^.]{0,30}\b(?:i|me) (?:manage|control|hold|keep|run|handle|look after|approve)\b|\b(?:hand|hands) over (?:your|his|her|their) (?:cards?|salary|pay|wages|money)\b|\ballowance\b|\bgoes (?:to|into) my\b/;

const absolute =
  /, ever\b|\bever again\b|\b(?:always|at all times|all the time|24\/7|on the first ring|straight away|right away|instantly|at once|day and night|night and day|(?:a)?round the clock|every moment|everywhere|whenever i|any ?time i|every (?:minute|hour|message|text|call|single)|constantly|forever|permanently|for good|for the rest of|no matter what|without (?:question|exception|complaint)|immediately|on demand|no questions asked|from now on|do as i say|because i said so|never again|no exceptions|no excuses|completely|entirely|at all)\b|\bnever\b[^.]{0,30}\bagain\b/;

const prohibition =
  /\b(?:not allowed|isn't allowed|aren't allowed|may not|must not|mustn't|can't|cannot|can not|never|won't|don't|doesn't|do not|does not|will not|are not to|'re not to|aren't to|is not to|no|nowhere|can only|may only|only allowed|nothing else|nowhere else)\b/;

const mutual =
  /\bwe(?:'ll| will| can| should| would)? (?:both|each)\b|^(?:(?:from now on|for now|for the next \w+ \w+|this \w+|every \w+|on \w+s|at night|in the evenings?) )?(?:we|both of us|each of us)\b|^(?:[^,]{0,40}, )?(?:my \w+ and (?:i|me)|we|both of us|each of us|either of us|neither of us|you and i|you and me|the two of us|no one|nobody)\b|\b(?:each other(?:'s)?|one another(?:'s)?|the other(?:'s)?|both of us|either of us|neither of us|we both|we each)\b/;
const agreeThatYou =
  /\bwe (?:both )?(?:agree|agreed|decided|decide)(?: that)?,? (?:[^,]{0,40}, )?(?:you|he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend))\b|\bwe (?:both )?(?:agree|agreed|decided)(?: that)? i (?:can|may|get to|will|'ll|am allowed to|'m allowed to|have the right to)\b/;
const partnerThings =
  /\b(?:your|his|her|their|my partner's)(?: \w+)? (?:locations?|phones?|messages?|texts?|e-?mails?|passwords?|passcodes?|pins?|accounts?|laptop|computer|chats?|inbox|money|cards?|salary|wages|spending|friends?|family|whereabouts|call logs?|history|social media|receipts?|cars?|car keys|keys|passport|bag|wallet|diary|journal|calendar|apps?|browser|(?:bank )?statements?)\b/;
const ownThings =
  /\b(?:my|mine)(?: own)?(?: \w+)? (?:locations?|phones?|messages?|texts?|e-?mails?|passwords?|passcodes?|pins?|accounts?|laptop|chats?|inbox|receipts?|spending|calendar)\b/;
const selfOffer =
  /\bi(?:'ll| will| can| am going to|'m going to)? (?:\w+ )?(?:share|show|give|send|forward|tell|let you|leave|turn on|switch on|hand|open|keep)\b|\byou (?:can|may|are welcome to) (?:\w+ ){0,2}?(?:see|read|check|look|ask|have|use)\b[^.]{0,20}\bmy\b/;
const selfFirst =
  /^(?:[^,]{0,30}, )?i(?:'ll| will| am going to|'m going to| can) (?:always |also |still )?(?:tell|show|let you know|text|call|message|share|send|check in|mention|answer|reply|introduce|keep (?:my|conversations|it))\b/;
const partnerOpens =
  /^(?:(?:and|so|then|also|from now on|for now|(?:on )?(?:weekends|weeknights|evenings|nights|mornings|sundays|saturdays|fridays)|(?:every|each|on|at|in|after|before|during|once|twice) (?:\w+ ){0,2}?(?:day|night|evening|morning|week|weekend|month|time|work|weekdays|weeknights|weekends|sundays?|mondays?|fridays?|saturdays?)),? )?(?:you|he|she|they)\b(?! and (?:i|me))|^(?:my (?:husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?|spouse)\b)|^(?:your|his|her|their) (?:\w+ )?(?:friends?|mates|family|brothers?|sisters?|mum|mom|mother|dad|father|parents|colleagues|workmates|cousins?|relatives|ex|best friend|pals?|boss|(?:\w+ )?(?:drinks|nights? out|trips?|weekends? away|holidays?|parties|classes|hobbies|outings|lunches))\b/;
const offerToPartner =
  /^(?:you|he|she|they) (?:can(?!'| not| only)|may|are welcome to|are free to|don't have to|do not have to|never have to|decide|choose)\b/;
const partnerSubject =
  /(?:^|[,;:] |\b(?:that|so|and|then|when|until|where|while) |\bthe only \w+ )(?:you|he|she|they)(?:'ll|'re)?\b(?! (?:can|may|are welcome to) (?:\w+ ){0,2}?(?:see|read|check|look|ask|have)\b[^.]{0,20}\bmy\b)/;
const imperative =
  /^(?:please |and )?(?:share|send|give|hand|show|keep|turn|install|forward|let me|add|stop|cut|delete|block|unfriend|no|never|always|be home|come home|ask|check|call|answer|spend|stay|leave|text|report|tell me|get home|don't|do not)\b/;
const firstPerson =
  /^(?:(?:and|so|then|also|now|today|tonight|for now|from now on|this \w+|next \w+|for the next \w+ \w+|on \w+|at \w+|while \w+ \w+|during \w+ \w+),? )?i(?:'ll|'m|'d)?\b/;
const speakerPower =
  /\bi(?:'m| am) (?:going to |gonna )?(?:start |begin )?(?:reading|checking|tracking|going through|looking through|monitoring|watching)\b|\bi (?:(?!you\b|never\b|not\b|won't\b|don't\b|wouldn't\b)\w+ ){0,4}?(?:read|check|see|track|look at|look through|go through|monitor|access|inspect|search|install|know (?:where|who|what|when|exactly|everything))\b(?! in)/;
const negatedMonitor =
  /\b(?:never|not|n't|no one|nobody|won't|don't|doesn't|neither)\b[^.]{0,25}?\b(?:read|reads|check|checks|track|tracks|look|looks|go through|goes through|ask|asks|see|need|share|demand|monitor|install|snoop|give|want)\b|\bno (?:tracking|checking|snooping|phone checks)\b/;
/** One person, one event: "if she writes, you show me", "messages from him". */
const scoped =
  /\b(?:from|with|to|about) (?:him|her|them|[a-z]+'s ex|your ex|my ex|the ex|that person|that man|that woman)\b|\bif (?:he|she|they|your ex|my ex) (?:contacts?|messages?|texts?|writes?|calls?|e-?mails?)\b/;

/** Every, everything, each: a demand with no edge to it. */
const exhaustive =
  /\b(?:every|everything|everyone|everybody|each|all|any|anyone|anything|the moment|the second)\b/;
/** Giving something of one's own up. */
const deprivation =
  /(?:^|\b(?:that|so|and) )(?:(?:you|he|she|they)(?:'ll| will| must| should| have to| has to| need to| needs to| are to| is to)? (?:\w+ )?)?(?:stop|stops|drop|drops|cancel|cancels|give up|gives up|quit|quits|no more|never|stay off|stays off|keep off|get rid of|gets rid of|throw away|throws away|delete|deletes|block|blocks|unfollow|unfollows|remove|removes)\b/;
const partnerToSpeaker =
  /\b(?:your|his|her|their) (?:\w+ ){0,2}(?:come|comes|go|goes|get sent|are sent|get forwarded|are forwarded|arrive) (?:to|on|into|through) my\b|\bi (?:want|need|expect|get) to be (?:added|included|copied|put|let) (?:in|on|to|into)\b[^.]{0,20}\b(?:your|his|her|their)\b|\b(?:gets?|will be|are|is) (?:\w+ )?(?:checked|read|searched|gone through|looked at|inspected|monitored|reviewed|approved|vetted) by me\b|\bi(?:'ve| have)? (?:put|set|made|added) myself (?:as|up as|on)\b[^.]{0,30}\b(?:your|his|her)\b|\b(?:has to|have to|must|will|'ll|needs? to) (?:let|allow) me\b|\bi(?:'m| am) allowed to\b[^.]{0,30}\b(?:your|you)\b|\bi (?:get|have|want|need|keep) (?:a |the )?(?:final |full |last )?(?:say|veto|access|right to (?:see|read|check|know|look|approve|decide))\b[^.]{0,40}\b(?:your|you|his|her|their)\b|\b(?:your|his|her|their) (?:\w+ ){0,2}(?:stays?|lives?|remains?|goes|go|sits?) (?:\w+ )?with me\b|\b(?:forwarded|sent|shown|copied|cc'?d|handed|passed|reported|read out) (?:on |straight |directly )?to me\b|\bi(?:'ll| will)? be the one (?:who|that) (?:holds|keeps|manages|decides|handles|controls|looks after|chooses|checks|approves|has the)\b|\b(?:i|let me)(?:'ll| will| want to| get to| can|'m allowed to| am allowed to| need to| have to)? (?:(?!not\b|never\b|won't\b|don't\b)\w+ ){0,2}?(?:set up|install|put|ring|check|read|hold|go through|look at|look through|listen to|monitor|track|limit|vet|screen|unlock)\b[^.]{0,40}\b(?:your|on you|before you)\b|\b(?:you|he|she|they) (?:let|lets|allow|allows) me\b|\b(?:give|gives|hand|hands|send|sends|show|shows|leave|leaves|bring|brings|forward|forwards|share|shares|copy|copies) me (?:a copy of |copies of |a list of )?(?:your|his|her|their)\b|\b(?:give|gives|hand|hands) (?:me|over) the (?:car )?(?:keys|phone|passport|cards?|money)\b|\b(?:your|his|her|their) (?:\w+ ){1,2}?(?:with|to) me\b|\bi (?:need|want) (?:to (?:see|have|read|know) )?(?:all )?(?:your|his|her|their) (?!help|support|patience|understanding|honesty|trust|forgiveness|time|love|company)/;
/** Leashes that need no topic: ultimatums, reply deadlines, chaperones, watching, appearance. */
const leash =
  /\b(?:your|his|her|their) (?:\w+ ){0,2}(?:drinks|nights?|trips?|weekends?|holidays?|parties|plans|classes|hobbies|football|gym|outings|dinners|evenings|lunches) (?:are|is) (?:off|cancelled|over|finished|done|not happening|a thing of the past|out)\b|\bthe only \w+ (?:you|he|she|they)(?:'ll| will)? (?:have|get|use|need|see|keep)\b|\bor (?:else|i(?: will|'ll| am|'m)|we(?:'re| are) (?:done|finished|over)|it'?s over|i leave|i'm gone)\b|\b(?:while|when) i(?:'m| am| go| go out)? (?:at work|out|away|not (?:there|home))\b|\b(?:you|he|she|they) (?:will not|won't|can't|cannot|may not|must not|are not to|do not|don't|never) (?:go|attend|visit|travel|join|leave)\b|\bwithin (?:\d+|a|an|one|two|five|ten|fifteen|twenty|thirty|half an) (?:minutes?|mins?|hours?)\b|\b(?:take|bring) me (?:with you|along)\b|\bonly i (?:get|have|know|can|may|see)\b|\b(?:change|changes|quit|quits|leave|leaves) (?:your |his |her |their )?(?:jobs?|number|phone number|course|team)\b/;
const watching =
  /\b(?:so|so that) i (?:can |will |'ll |get to )?(?:see|watch|check|read|hear|keep an eye)\b|\bi(?:'m| am)? (?:copied|cc'?d|bcc'?d) in\b|\b(?:your|his|her|their) (?:\w+ ){0,2}(?:gets?|will be|is|are) (?:\w+ )?(?:emptied|searched|checked|gone through|looked through|opened|inspected|confiscated|locked away)\b|\bfor me to (?:read|see|check|look at|look through|go through)\b|\bon my side\b|\b(?:logged in|signed in) (?:on|to) my\b|\bi (?:want|need|get|demand|expect|require) (?:a copy of |copies of |screenshots of |to see |a list of |a log of |a record of |the \w+ (?:to|for) )(?:every|all|each|your|his|her)|\bi(?:'ll| will)? (?:be )?(?:checking|watching|keeping an eye|keeping tabs|tracking)\b|\b(?:where|so|so that) i can (?:always )?(?:see|watch|check|read|hear|keep an eye)\b|\bi(?:'ll| will) know if you\b|\bi (?:get|receive|am sent|see) (?:an? )?(?:alerts?|notifications?|pings?|updates?)\b/;
/** Privacy taken away: "no calls in private", "you don't close the door", "blinds open". */
const privacy =
  /\b(?:no (?:\w+ ){0,2}privacy|give up (?:your|his|her|any) privacy|in private|privately|(?:behind )?(?:a )?(?:closed|locked|shut) doors?|(?:close|shut|lock) (?:the|your) (?:\w+ )?doors?|doors? (?:open|unlocked)|(?:blinds|curtains) (?:open|up)|out of my (?:sight|earshot))\b/;
const appearance =
  /\b(?:wear|wears|wearing|dress|dresses|make-?up|haircut|hair|clothes|outfits?)\b/;
const speakerOverPartner =
  /\bi(?:'ll|'d|'m)? (?:(?!you\b|never\b|not\b|won't\b|don't\b|wouldn't\b)\w+ ){0,3}?(?:keep|keeping|hold|holding|take|taking|have|having|listen to|listening to|listen in on|sit in on|read|reading|check|checking|go through|going through|look at|looking at|decide|deciding|choose|choosing|control|controlling|manage|managing|approve|approving)\b[^.]{0,20}\b(?:your|his|her|their)\b|\bi (?:\w+ ){0,2}?check on (?:you|him|her|them)\b/;

/**
 * A sentence led by the partner ("You only use the car for work", "Every night you tell me…",
 * "Your mates aren't coming round", "No going to the gym") lays a rule on them unless it frees
 * them ("whenever you like", "you're welcome to", "if you want", "have fun").
 */
export const partnerLed = (s: string) => partnerOpens.test(s) || imperative.test(s);
export const freeing =
  /\b(?:whenever|wherever|however|whatever|whoever|as (?:often|much|long) as) (?:you|he|she|they) (?:\w+ )?(?:like|likes|want|wants|wish|wishes|choose|chooses|need|needs|please|pleases)\b|\b(?:welcome|free) to\b|\b(?:is|are|'s|'re) (?:always |very |still |more than )?(?:welcome|invited)\b|\band (?:so do i|me too|i keep my|i'll keep my)\b|\b(?:are|is) (?:all )?(?:yours|his|hers|theirs)\b|\bif (?:you|he|she|they) (?:want|like|wish|prefer|'d like|would like|feel like)\b|\bhave fun\b|\benjoy\b|\bnice\b|\bnot required\b|\bso do i\b|\bmatters? to (?:you|him|her|them)\b|\b(?:it'?s|is|that'?s|was|be) (?:your|his|her|their) (?:own )?(?:choice|call|decision)\b|\b(?:don't|do not|never|won't) (?:have|need) to\b|\bno need\b|\b(?:when|whenever) (?:you're|you are|he's|she's) ready\b|\b(?:at|in) your own (?:pace|time)\b|\btake (?:all )?(?:the|as much) time\b|\b(?:you|he|she|they) keep (?:your|his|her|their) (?:\w+ ){0,2}?(?:class|classes|hobby|hobbies|friends|friendships|job|evenings?|nights?|team|club|choir|gym|football|sport|music|band|walks?|runs?|weekends?)\b(?! (?:on|open|unlocked|with me))|\b(?:you|he|she|they) keep (?:seeing|going|doing|playing|meeting)\b/;

export interface SentenceReading {
  topics: Concern[];
  direction: Direction;
  isAbsolute: boolean;
  isProhibition: boolean;
  needsPermission: boolean;
  isNegatedMonitoring: boolean;
  isScoped: boolean;
  /** Partner-directed shapes that read as control whatever the topic. */
  isControlShape: boolean;
}

export function readSentence(s: string): SentenceReading {
  const topics = topicPatterns.filter(([, re]) => re.test(s)).map(([c]) => c);
  const needsPermission = permission.test(s);
  const partnerOwned = partnerThings.test(s);
  const ownOwned = ownThings.test(s);
  let direction: Direction = 'none';
  if (
    mutual.test(s) &&
    !agreeThatYou.test(s) &&
    !(partnerOwned && !ownOwned && !/\beach other|both|one another\b/.test(s))
  )
    direction = 'mutual';
  else if (
    offerToPartner.test(s) &&
    !needsPermission &&
    !/\bbut (?:no|not|never|only|you (?:can't|won't|don't|must|have to))\b/.test(s)
  )
    direction = 'self';
  // "You only need to ask if you want to see my phone": the writer's own, offered.
  else if (ownOwned && !partnerOwned && freeing.test(s) && !needsPermission) direction = 'self';
  // "I'll tell you each time I see her", "I'll check in with a text when I land": an offer first.
  else if (
    selfFirst.test(s) &&
    !partnerOwned &&
    !needsPermission &&
    !watching.test(s) &&
    !partnerToSpeaker.test(s)
  )
    direction = 'self';
  else if (
    needsPermission ||
    partnerOpens.test(s) ||
    imperative.test(s) ||
    partnerOwned ||
    speakerOverPartner.test(s) ||
    partnerToSpeaker.test(s) ||
    watching.test(s) ||
    (speakerPower.test(s) && /\b(?:you|your|his|her|him|their|them)\b/.test(s))
  )
    direction = 'partner';
  else if (
    // "I want the Find My Friends on": monitoring the speaker wants, of nobody named, is not theirs.
    topics.some((t) => t === 'location' || t === 'messages' || t === 'passwords') &&
    /\bi (?:want|need|expect|demand|require|insist)\b/.test(s) &&
    !/\b(?:my|mine|we|us|our|both|each other)\b/.test(s.replace(/\bfind my\b/g, ''))
  )
    direction = 'partner';
  else if (ownOwned || selfOffer.test(s) || firstPerson.test(s)) direction = 'self';
  else if (partnerSubject.test(s) || imperative.test(s)) direction = 'partner';
  return {
    topics,
    direction,
    isAbsolute: absolute.test(s),
    isProhibition: prohibition.test(s),
    needsPermission,
    isNegatedMonitoring: negatedMonitor.test(s),
    // "I can listen back to them": the calls, not one person.
    isScoped: scoped.test(s.replace(/\blisten (?:back |in )?to them\b/g, '')),
    isControlShape:
      speakerOverPartner.test(s) ||
      partnerToSpeaker.test(s) ||
      leash.test(s) ||
      watching.test(s) ||
      privacy.test(s) ||
      (appearance.test(s) &&
        (prohibition.test(s) ||
          /\b(?:only|what i)\b|\b(?:the way|how) i (?:like|want|say)\b/.test(s))) ||
      (/\b(?:me|my|i|us)\b/.test(s) && exhaustive.test(s)) ||
      deprivation.test(s),
  };
}
