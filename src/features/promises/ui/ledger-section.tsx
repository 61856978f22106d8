import { ledger as words, missSharing } from '../../../content/promises.ts';
import { useAction } from '../../../platform/web/use-action.ts';
import { FoldSection } from '../../../platform/web/ui/fold-section.tsx';
import { Notice } from '../../../platform/web/ui/notice.tsx';
import { LedgerChart } from './ledger-chart.tsx';
import { promisesApi, type LedgerView } from './promises-api.ts';
import { useEffect, useState } from 'preact/hooks';

/** The maker's own switch: off unless they turn it on, and undone the same way. */
function MissSharing({ shared, onChanged }: { shared: boolean; onChanged: () => void }) {
  const save = useAction(promisesApi.shareMisses);
  const [said, setSaid] = useState<string | null>(null);
  // The box shows the choice at once; it goes back only if saving fails.
  const [on, setOn] = useState(shared);
  useEffect(() => setOn(shared), [shared]);
  return (
    <div class="miss-sharing-wrap">
      <label class="check-line">
        <input
          type="checkbox"
          checked={on}
          aria-describedby="miss-sharing-hint"
          onChange={async (event) => {
            const next = event.currentTarget.checked;
            setOn(next);
            const result = await save.run(next);
            if (result.ok) setSaid(next ? missSharing.on : missSharing.off);
            else setOn(!next);
            onChanged();
          }}
        />
        <span>
          {missSharing.label}
          <span id="miss-sharing-hint" class="option-hint">
            {missSharing.hint}
          </span>
        </span>
      </label>
      {save.error ? <Notice tone="error">{save.error.message}</Notice> : null}
      <p role="status" class="muted">
        {said}
      </p>
    </div>
  );
}

/**
 * The reliability ledger. My own weeks hold everything; my partner's hold what was kept,
 * changed in time and noticed, and their misses only if they chose to share them. It opens on
 * demand (and by its address `#ledger`), so the promises come first on a phone (decision 140).
 */
export function LedgerSection({
  data,
  error,
  onChanged,
}: {
  data: LedgerView | undefined;
  error: { message: string } | null;
  onChanged: () => void;
}) {
  return (
    <FoldSection id="ledger" headingId="ledger-heading" heading={words.heading}>
      <p>{words.lead}</p>
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      {data ? (
        <>
          <LedgerChart id="ledger-mine" weeks={data.mine} label={words.mine} />
          {data.partner ? (
            <>
              <MissSharing shared={data.sharingMyMisses} onChanged={onChanged} />
              <LedgerChart id="ledger-partner" weeks={data.partner} label={words.partner} />
              <p class="muted">
                {data.partnerSharesMisses ? words.partnerShares : words.partnerOwn}
              </p>
            </>
          ) : null}
          <p class="muted">{words.quietWeeks}</p>
        </>
      ) : null}
    </FoldSection>
  );
}
