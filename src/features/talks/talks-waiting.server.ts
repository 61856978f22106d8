import { sql } from 'drizzle-orm';
import { ownership as ownershipWords } from '../../content/ownership.ts';
import { talk as talkWords } from '../../content/talks.ts';
import { rowsFromJson } from '../../platform/db/json-rows.ts';
import type { WaitingItem, WaitingPart } from '../../platform/server/build-server.ts';
import { toState } from './conversations.server.ts';
import {
  conversations,
  ownershipAnswers,
  ownershipVersions,
  ownershipStatements,
} from './talks.tables.server.ts';
import { nextStep } from './turn-rules.ts';

/**
 * Today's part (decision 111): conversations not ended where the turn may be mine (the turn
 * rules decide, in code), and statements to me whose latest version I haven't answered. A
 * conversation of a space that closed for me ended then, so it is left out here.
 */
export const talksWaitingPart: WaitingPart = {
  sql: (userId) => sql`
    select 'talk' as kind, c.id as ref, c.updated_at as at, to_json(c) as data
      from ${conversations} c
      where (c.speaker_id = ${userId} or c.listener_id = ${userId}) and c.ended_at is null
        and not exists (select 1 from memberships m
          where m.person_id = ${userId} and m.couple_id = c.couple_id and m.left_at is not null)
    union all
    select 'ownership', s.id, s.created_at, null
      from ${ownershipStatements} s
      where s.recipient_id = ${userId}
        and not exists (select 1 from ${ownershipAnswers} a join ${ownershipVersions} v on v.id = a.version_id
          where v.statement_id = s.id
            and v.number = (select max(v2.number) from ${ownershipVersions} v2 where v2.statement_id = s.id))`,
  read: (rows, { userId, now }) =>
    rows.flatMap((row): WaitingItem[] => {
      if (row.kind === 'ownership')
        return [
          {
            id: row.ref!,
            kind: 'ownership',
            title: ownershipWords.waitingTitle,
            href: `/talk/ownership/${row.ref!}`,
            at: row.at!,
          },
        ];
      const [talk] = rowsFromJson(conversations, row.data);
      if (!talk || nextStep(toState(talk), now)?.personId !== userId) return [];
      return [
        {
          id: talk.id,
          kind: 'talk',
          title: talkWords.waitingTitle,
          href: `/talk/${talk.id}`,
          at: talk.updatedAt.toISOString(),
        },
      ];
    }),
};
