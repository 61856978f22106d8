// The frame a noticed phrase stands in. The shapes find words that often minimise, excuse or
// blame; this reads the clause around them and asks whether the sentence turns those words round:
// negated ("it was not your fault", "none of this happened because of you"), owned by "I"
// ("I didn't do it because you were busy. I did it because I wanted to"), offered rather than
// demanded ("you don't have to forgive me", "I will keep talking about it"), reported and then
// judged ("I said it was just a friendship. That was a lie."), or the partner's good act set
// against my wrong one ("you made it easy to be honest, and I still lied"). Pure, one sentence
// (and the one after it) at a time.
import type { NoteKind } from '../../content/ownership.ts';

/** Kinds whose words can be turned round by a negation or by "I" owning the act. */
const turnable = new Set<NoteKind>([
  'blaming',
  'justifying',
  'minimising',
  'agentless',
  'normalising',
  'moving-on',
  'their-feelings',
]);

/** Where a clause starts: after a comma, semicolon, colon or dash, or before "but". */
function clauseBefore(before: string): string {
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.lastIndexOf(' - '),
    before.lastIndexOf(' but '),
  );
  return before.slice(cut + 1);
}

/** The wrongs an author names as their own: "I lied", "I still cheated", "I kept hiding it". */
const myWrong = String.raw`i (?:still |then |just |also |only |even )?(?:lied|cheated|hid|betrayed|deceived|chose|kept (?:lying|hiding|going|it|on)|never stopped (?:lying|seeing|texting)|went (?:behind|back|ahead)|broke|crossed|started|carried on|decided|did it|did this)`;

// The negative subject or attribution that scopes over what follows in the clause:
// "none of this", "no part of it was", "nothing you did", "it wasn't", "not once was it".
const negativeSubject =
  /^\s*(?:and |so |but )?(?:there(?:'s| is| was) )?(?:none|nothing|no one|nobody|neither|no part|not one (?:bit|part|word)|not any)\b/;
const negatedAttribution =
  /\b(?:it|that|this|any of (?:it|this|that)|the reason|what i did|my (?:choice|lying|affair|cheating))(?:'s| was| is| were)? (?:not|never|n't)\b[^,;]{0,12}$|\b(?:wasn't|was not|isn't|is not|was never|is never|were not|weren't|aren't|are not|are never|were never|am not|'m not)(?: (?:at all|ever|in any way|really))? $|\b(?:not (?:at all |even )?|no|none of)\s*$/;
// "I didn't do it because…", "I never cheated because…": the reason that follows is denied.
const deniedReason =
  /\b(?:didn't|did not|never|wouldn't|would not) (?:do|did|cheat|lie|start|go|choose|betray you)(?: (?:it|this|that|any of it|to you))?\s*(?:just |only |simply )?$/;
// Rhetorical negations that carry the excuse rather than refuse it.
const rhetorical =
  /\bnot (?:like|as if|as though|exactly|that|even)\b|\b(?:don't|do not|can't|cannot) (?:see|understand|know) why\b|\bwhy (?:can't|don't|won't|isn't|wasn't)\b|\b(?:can't|cannot) keep\b/;

// Offering to stay with it, or releasing the partner: "you don't have to", "I'll keep talking".
const releasing =
  /\byou(?:'re| are)? (?:can|may|allowed to|free to|welcome to)(?: \w+)? $|\byou (?:don't|do not|never|won't|will not|needn't|need not) (?:ever )?(?:(?:have|need|owe|ought) (?:me )?(?:to )?)?$/;
const offering =
  /\b(?:i|we)(?:'ll| will| can| am going to|'m going to| want to| promise to| would) (?:gladly |always |happily |still )?$|\bi(?:'ll| will)? (?:not|never|won't) (?:ask|tell|expect|want|need|push|rush|hurry|pressure) (?:you )?(?:to )?$|\b(?:i'm|i am) not (?:asking|telling|expecting|going to ask|pushing) you to $|\bno (?:deadline|hurry|rush)\b/;

/** A sentence that judges the one before it: "That was a lie.", "It was my choice." */
const verdict =
  /^\s*(?:and )?(?:that|it|this|which|all of (?:it|that)|the truth)(?:'s| was| is)? (?:(?:all |just |simply )?(?:a lie|lies|untrue|not true|false|my choice|a choice i made|wrong|selfish|cowardly|an excuse|no excuse|not an excuse|not the reason|not why)|(?:never|not) (?:true|the reason|why))\b|^\s*(?:there is|there's|that's|that is|it's|it is) no excuse\b|^\s*(?:none of (?:that|it) (?:was|is) true|i chose (?:it|to|this))\b|^\s*(?:it|that) (?:wasn't|was not|isn't|is not)\s*(?:$|[;,])/;
/** The same judgement later in the same sentence: "…, and that was selfish". */
const verdictAfter =
  /\bi still (?:chose|did|decided|went|lied)\b|[;,] (?:and )?(?:that|it|this)(?:'s| is| was) (?:still )?no (?:excuse|reason)\b|\b(?:and|but) (?:that|it|this)(?:'s| was| is)? (?:still )?(?:no (?:excuse|reason)|not (?:an excuse|a reason|why|the reason)|a lie|my choice|wrong|selfish|cowardly)\b|\bthat (?:doesn't|does not|didn't|did not) (?:excuse|explain|justify)\b/;

/**
 * True when the words a shape found are used honestly in this sentence: the note is dropped.
 * `before`/`after` are the sentence either side of the match; `next` is the following sentence.
 */
export function turnedRound(
  kind: NoteKind,
  before: string,
  match: string,
  after: string,
  next: string,
): boolean {
  // "I'm not sorry that you know; I'm sorry I did it": a refused apology is not one about them.
  if ((kind === 'about-you' || kind === 'conditional') && /(?:\bnot|n't)\s*$/.test(before))
    return true;
  // "I'm sorry you had to go through that because of me": the cause is named, and it is me.
  if (kind === 'about-you' && /\bbecause of (?:me|what i did|my)\b/.test(after)) return true;
  // "Sorry I hurt you, full stop, with no if attached": the if refused.
  if (
    kind === 'conditional' &&
    /\b(?:no|without (?:an?|any)) ?$/.test(before + match.replace(/\bif$/, ''))
  )
    return true;
  // "I'm sorry it came out because you found the emails, not because I told you".
  if (
    kind === 'about-you' &&
    /\bnot (?:because|from) (?:i|me)\b|\bi (?:didn't|did not|never|should have) (?:tell|told)\b/.test(
      after,
    )
  )
    return true;
  // "I will not contact him again, in any way": no apology for the "in any way" to hedge.
  if (kind === 'conditional' && match === 'in any way')
    return !/\b(?:sorry|apologi[sz]e|apologies|regret|hurt|upset|offended)\b/.test(before);
  if (!turnable.has(kind)) return false;
  // "I only admitted it when there was no way out": a late confession owned, not excused.
  if (
    kind === 'justifying' &&
    /\bonly (?:admitted|told|confessed|came clean|owned up|said)\b/.test(before)
  )
    return true;
  const clause = clauseBefore(before);
  // "Whatever anyone else does, I broke a promise": others named only to be set aside.
  if (
    kind === 'normalising' &&
    /\b(?:whatever|no matter (?:what|how|who)|regardless of(?: what)?|even if)(?: \w+){0,2}\s*$/.test(
      clause,
    )
  )
    return true;
  // "Lots of people are lonely and don't cheat": others named to show it was a choice.
  if (
    kind === 'normalising' &&
    /\b(?:and|but|yet) (?:still |they )?(?:don't|do not|didn't|did not|never|wouldn't|would not)\b/.test(
      after,
    )
  )
    return true;
  // "Even when I was drunk, I knew what I was doing": the state named to be set aside.
  if (kind === 'justifying' && /\beven (?:when|if|though|while|as)\s*$/.test(clause)) return true;
  // "When your dad was ill, I was with her": the partner's hard time, not a reason.
  if (
    kind === 'justifying' &&
    /^(?:when|while|as) /.test(match) &&
    /\byour \w+$/.test(match) &&
    /^ (?:was|were|got|fell|lay) (?:so |very |really )?(?:ill|sick|dying|in hospital|pregnant|grieving|struggling|unwell|having)\b/.test(
      after,
    )
  )
    return true;
  // "Everyone we know has heard about it": a past event, not a norm.
  if (
    kind === 'normalising' &&
    /^ ?(?:heard|found out|seen|known|learned|learnt|been told|noticed|asked|talked|wondered|read)\b/.test(
      after,
    )
  )
    return true;
  // "You never ignored me; I stopped telling you": a fault named to clear the partner of it.
  if (
    (kind === 'blaming' || kind === 'justifying') &&
    /\byou(?: have| had|'ve|'d)? never (?:once |really )?(?:ignored|neglected|nagged|critici[sz]ed|rejected|pushed|shut|controlled|humiliated|mistreated|forced|hurt|cheated|lied|betrayed|gave me (?:any |a )?reason|did anything|deserved|made it clear you didn't|made me (?:feel (?:small|bad|unwanted|guilty|worthless|stupid|unloved|invisible|trapped|ignored)|do|go|lie|cheat|hide)|acted like you were (?:perfect|better|innocent)|pretended to be (?:perfect|better))\b/.test(
      match + after,
    )
  )
    return true;
  // "I didn't do it because I thought we were finished": the whole reason denied.
  if (
    kind === 'justifying' &&
    /\b(?:didn't|did not|never) (?:do|did|cheat|lie|start|go|choose)(?: (?:it|this|that))? (?:just |only |simply )?because\b[^,;]*$/.test(
      before,
    )
  )
    return true;
  // "You aren't blowing this out of proportion": the judgement of them, negated.
  if (
    kind === 'their-feelings' &&
    /\byou(?: are|'re| were)? (?:not|never|aren't|weren't|don't|do not|didn't|did not)\b/.test(
      clause,
    ) &&
    !/\b(?:don't|do not|didn't) (?:know|realise|realize|see|get|understand)(?: how)?\s*$/.test(
      clause,
    )
  )
    return true;
  // "You never made it clear you didn't want me. I decided that on my own."
  if (
    kind === 'blaming' &&
    /^\s*(?:i (?:decided|chose|did) (?:that|it|this)(?: all)? (?:on my own|myself|alone|by myself)|that was (?:all )?(?:on )?me|that was my (?:choice|doing))\b/.test(
      next,
    )
  )
    return true;
  // "I deserved to be caught": what the author deserved was the consequence, not a reward.
  if (
    kind === 'justifying' &&
    /\bdeserved(?: to be)?$/.test(match) &&
    /^ ?(?:to be )?(?:caught|found out|left|punished|exposed|your anger|every bit of)\b/.test(after)
  )
    return true;
  // "It's only a start", "only a chance to show you": not a size.
  if (
    kind === 'minimising' &&
    /\bonly a$/.test(match) &&
    /^ (?:start|beginning|chance|first|step|fraction|small part|tiny part|part)\b/.test(after)
  )
    return true;
  const rhetoric = rhetorical.test(clause) || rhetorical.test(match);
  if (!rhetoric && kind !== 'self-pity') {
    // "No part of it was your fault", "None of this happened because of you".
    if (negativeSubject.test(clause)) return true;
    // "It wasn't your fault", "It was never because of you", "not just once".
    if (kind !== 'minimising' && negatedAttribution.test(clause)) return true;
    if (
      kind === 'minimising' &&
      /(?:\bnot|n't|\bnever)(?: (?:a|an|some|one|that|at all|even|ever))?\s*$/.test(clause) &&
      !/\b(?:really|exactly)\s*$/.test(clause)
    )
      return true;
    if (
      kind === 'minimising' &&
      /^(?:just|only|merely|simply)\b/.test(match) &&
      /(?:\bnot|n't|\bnever)\b/.test(clause) &&
      !/\b(?:don't|do not|didn't|did not) (?:know|see|mean|think|understand)\b|\bdoesn't matter\b/.test(
        clause,
      )
    )
      return true;
    // "I didn't do it because you were busy."
    if (kind === 'justifying' && deniedReason.test(before)) return true;
  }
  // "Worse than what you're imagining", "I treated it like it was nothing": a clause about
  // something else, not a judgement of the partner or a size.
  if (kind === 'their-feelings' && /\bthan(?: what)?\s*$/.test(clause)) return true;
  if (kind === 'minimising' && /\b(?:like|as if|as though)\s*$/.test(clause)) return true;
  // "You never stopped caring": the fault named only to be denied.
  if (
    (kind === 'blaming' || kind === 'justifying') &&
    /\b(?:never|didn't|did not|hadn't|had not) (?:once )?(?:stopped|quit|gave up|given up)\b/.test(
      match,
    )
  )
    return true;
  // "Your drinking was never the reason I left": a cause named only to be denied.
  if (
    kind === 'blaming' &&
    /(?:\bnever|\bnot|n't) (?:the reason|why|to blame|at fault|the cause|an excuse|part of (?:it|this|why))\b/.test(
      match + after,
    )
  )
    return true;
  // "What anyone else would have done doesn't matter": others named only to be set aside.
  if (
    kind === 'normalising' &&
    /\b(?:doesn't|does not|don't|do not|won't|can't) (?:matter|change|excuse|make (?:it|this|that|what i did)|count|justify|lessen|shrink)\b|\bnothing to do with\b|\birrelevant\b|\bisn't the point\b|\bchanges nothing\b/.test(
      after,
    )
  )
    return true;
  if (kind === 'moving-on' || kind === 'their-feelings') {
    if (releasing.test(before) || offering.test(before)) return true;
    // "It's been a year, and I know it's still raw": the time named, then their pace honoured.
    if (
      /^[^.]{0,5}[,;]? (?:and|but) (?:i know|i understand|i get|it'?s still|it still|that doesn't|that does not|time doesn't|you (?:still )?(?:get to|can|may|have every right|are allowed|'re allowed))\b/.test(
        after,
      )
    )
      return true;
    // "…before you're ready": their pace honoured.
    if (/\b(?:before|until|unless|when|till) you(?:'re| are| feel) ready\b/.test(after))
      return true;
    // "I know you can't simply move past this": their pace acknowledged, not pushed.
    if (
      /\bi (?:know|understand|accept|get|see|realise|realize)(?: that| why)? you (?:can't|cannot|couldn't|won't|don't|may not|might not)(?: \w+)?\s*$/.test(
        clause,
      )
    )
      return true;
  }
  // The partner's good act against my wrong: "You made it easy to be honest and I still lied".
  if (
    kind === 'blaming' &&
    !/\bbut\b/.test(clause) &&
    new RegExp(String.raw`\b(?:and|yet|while|but) (?:yet )?${myWrong}\b`).test(after)
  )
    return true;
  // The excuse said, then judged: "I said it was just a friendship. That was a lie."
  if (
    (kind === 'justifying' ||
      kind === 'minimising' ||
      kind === 'agentless' ||
      kind === 'normalising') &&
    (verdict.test(next) || verdictAfter.test(after))
  )
    return true;
  return false;
}
