// The suggested next focus on the path, and the gentle line about where a couple is on it.
// Pure: it gets only what the person may see (their own reflection and stance, and what their
// partner chose to share), so its sentence can never reveal anything private of the partner's.

import { pacedStatuses, type Marks } from './pace.ts';
import { patternById, type Level, type PatternId, type StanceId } from './patterns.ts';
import { stageById, stages, statusWords, type StageId, type StageStatus } from './stages.ts';

export interface FocusPerson {
  stance: StanceId | null;
  levels: Partial<Record<PatternId, Level>>;
}

export interface FocusInputs {
  me: FocusPerson;
  /** Only what the partner shared; null without a partner. */
  partner: (FocusPerson & { name: string }) | null;
  /** My own marks. */
  statuses: Marks;
  /** My partner's own marks, shared with the couple; none without a partner. */
  partnerStatuses?: Marks;
}

export interface Focus {
  stage: StageId;
  /** Patterns that speak to either of us (as far as I can see), strongest first. */
  patterns: PatternId[];
  /** One sentence: why this stage. */
  reason: string;
}

const stanceStage: Partial<Record<StanceId, { stage: StageId; line: string }>> = {
  broke: { stage: 'face', line: 'owning it fully comes first' },
  hurt: { stage: 'grieve', line: 'there is room for your grief first' },
  both: { stage: 'face', line: 'naming it together comes first' },
};

const patternStage: Record<PatternId, { stage: StageId; line: string }> = {
  insecurity: { stage: 'agree', line: 'agreeing on what helps you feel secure can help' },
  distance: { stage: 'practise', line: 'small daily acts of closeness can help' },
  secrecy: { stage: 'talk', line: 'making it safe to talk and listen again can help' },
  infidelity: { stage: 'understand', line: 'understanding why, together, can help' },
};

const mineClause: Record<StanceId, string> = {
  broke: 'you said you broke the trust',
  hurt: 'you said you were hurt',
  both: 'you said you both carry part of it',
  unsaid: '',
};
const theirClause: Record<StanceId, (name: string) => string> = {
  broke: (n) => `${n} said they broke the trust`,
  hurt: (n) => `${n} said they were hurt`,
  both: (n) => `${n} said you both carry part of it`,
  unsaid: () => '',
};

const rank: Record<Level, number> = { quiet: 0, some: 1, strong: 2 };

function lower(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function sentence(clauses: string[], line: string): string {
  return `Because ${clauses.filter(Boolean).join(' and ')}, ${line}.`;
}

function stanceCandidate({ me, partner }: FocusInputs): { stage: StageId; reason: string } | null {
  const target = me.stance ? stanceStage[me.stance] : undefined;
  if (!me.stance || !target) return null;
  const theirs = partner?.stance && partner.stance !== 'unsaid' ? partner.stance : null;
  if (theirs === 'both' && me.stance === 'both') {
    return {
      stage: target.stage,
      reason: sentence(['you both said you each carry part of it'], target.line),
    };
  }
  const clauses = [
    mineClause[me.stance],
    theirs && partner ? theirClause[theirs](partner.name) : '',
  ];
  return { stage: target.stage, reason: sentence(clauses, target.line) };
}

function patternCandidates({
  me,
  partner,
}: FocusInputs): { stage: StageId; pattern: PatternId; reason: string }[] {
  const scored = (Object.keys(patternStage) as PatternId[])
    .map((pattern) => {
      const mine = me.levels[pattern];
      const theirs = partner?.levels[pattern];
      const strength = Math.max(mine ? rank[mine] : -1, theirs ? rank[theirs] : -1);
      const both = (mine ? rank[mine] : -1) >= 1 && (theirs ? rank[theirs] : -1) >= 1;
      return { pattern, mine, theirs, strength, both };
    })
    .filter((p) => p.strength >= 1)
    .sort((a, b) => Number(b.both) - Number(a.both) || b.strength - a.strength);
  return scored.map(({ pattern, mine, theirs, both }) => {
    const name = patternById(pattern).inSentence;
    const clause = both
      ? `you both said ${name} speaks to you`
      : mine && rank[mine] >= 1
        ? `you said ${name} speaks to you${mine === 'strong' ? ' strongly' : ''}`
        : `${partner?.name ?? ''} shared that ${name} speaks to them${theirs === 'strong' ? ' strongly' : ''}`;
    return {
      stage: patternStage[pattern].stage,
      pattern,
      reason: sentence([clause], patternStage[pattern].line),
    };
  });
}

/** The suggested next focus, explained in one sentence. */
export function suggestFocus(inputs: FocusInputs): Focus {
  const fromPatterns = patternCandidates(inputs);
  const patterns = fromPatterns.map((p) => p.pattern);
  const paced = pacedStatuses({
    myStance: inputs.me.stance,
    partnerStance: inputs.partner?.stance ?? null,
    hasPartner: inputs.partner !== null,
    mine: inputs.statuses,
    theirs: inputs.partnerStatuses ?? {},
  });
  const statuses = paced.statuses;
  const isOpen = (stage: StageId) => statuses[stage] !== 'steady';
  // Said when the stage is open because the partner's grief is still in it, not because of mine.
  const pacedBy = (stage: StageId) =>
    paced.fromPartner.includes(stage) && inputs.partner
      ? `Because ${inputs.partner.name} sets the pace here, ${lower(stageById(stage).name)} stays open for as long as they need it.`
      : null;

  const byStance = stanceCandidate(inputs);
  if (byStance && isOpen(byStance.stage)) return { ...byStance, patterns };
  const byPattern = fromPatterns.find((p) => isOpen(p.stage));
  if (byPattern) return { stage: byPattern.stage, reason: byPattern.reason, patterns };

  const active = stages.find((s) => statuses[s.id] === 'working' || statuses[s.id] === 'returning');
  if (active) {
    const how = lower(statusWords[statuses[active.id]!].label);
    return {
      stage: active.id,
      patterns,
      reason: pacedBy(active.id) ?? `Because it is marked as ${how}, it stays close for now.`,
    };
  }
  const first = stages.find((s) => isOpen(s.id));
  if (first) {
    return {
      stage: first.id,
      patterns,
      reason:
        pacedBy(first.id) ??
        (first.id === 'face'
          ? 'Because most couples begin by naming what happened, this is a gentle place to start.'
          : `Because the stages before it feel steady, ${lower(first.name)} may be the next place to look.`),
    };
  }
  return {
    stage: 'build',
    patterns,
    reason:
      'Because every stage feels steady right now, building what comes next is yours to enjoy.',
  };
}

/** A gentle line about where the couple is on the path, for Today. */
export function pathLine(statuses: Partial<Record<StageId, StageStatus>>): string {
  const named = (status: StageStatus) =>
    stages.filter((s) => statuses[s.id] === status).map((s) => stageById(s.id).name);
  const working = named('working');
  const returning = named('returning');
  const steady = named('steady');
  if (working.length > 0 && returning.length > 0) {
    return `You're working on ${joinNames(working)}, and coming back to ${joinNames(returning)}. Going back is part of the path.`;
  }
  if (working.length > 0) return `You're working on ${joinNames(working)}. There's no timer on it.`;
  if (returning.length > 0)
    return `You're coming back to ${joinNames(returning)}. Going back is part of the path.`;
  if (steady.length > 0)
    return `${joinNames(steady)} ${steady.length === 1 ? 'feels' : 'feel'} steady for now. Nothing else is marked yet.`;
  return 'Nothing is marked on your path yet. It is there whenever you want it.';
}
