// Nobody closes another's grief. For the grief and safety stages, the suggested focus follows
// the partner who was hurt: the one who broke trust cannot mark them steady for both. Pure, and
// given only what the person may see (their own stance, their partner's only when shared, and
// both people's marks, which are shared with the couple).

import type { StanceId } from './patterns.ts';
import type { StageId, StageStatus } from './stages.ts';

export type Marks = Partial<Record<StageId, StageStatus>>;

/** Grieve, and agreeing on what makes it safe again: the hurt partner sets their pace. */
export const paceStages: readonly StageId[] = ['grieve', 'agree'];

export interface PaceInputs {
  myStance: StanceId | null;
  /** Only when the partner shared it. */
  partnerStance: StanceId | null;
  hasPartner: boolean;
  mine: Marks;
  theirs: Marks;
}

/** Whose marks set the pace of grief and safety for me. */
export function paceSetter(inputs: PaceInputs): 'me' | 'partner' | 'both' {
  if (!inputs.hasPartner || inputs.myStance === 'hurt') return 'me';
  if (inputs.myStance === 'broke') return 'partner';
  // I said both or nothing, and they said they were hurt: their grief counts as well as mine.
  if (inputs.partnerStance === 'hurt') return 'both';
  return 'me';
}

export interface PacedMarks {
  statuses: Marks;
  /** Pace stages whose status here is the partner's mark, not mine. */
  fromPartner: StageId[];
}

/** The statuses the focus uses: my own marks, except where the hurt partner's grief sets the pace. */
export function pacedStatuses(inputs: PaceInputs): PacedMarks {
  const setter = paceSetter(inputs);
  const statuses: Marks = { ...inputs.mine };
  const fromPartner: StageId[] = [];
  if (setter === 'me') return { statuses, fromPartner };
  for (const stage of paceStages) {
    const mine = inputs.mine[stage] ?? 'not-yet';
    const theirs = inputs.theirs[stage] ?? 'not-yet';
    const useTheirs = setter === 'partner' || (theirs !== 'steady' && mine === 'steady');
    if (!useTheirs) continue;
    statuses[stage] = theirs;
    fromPartner.push(stage);
  }
  return { statuses, fromPartner };
}
