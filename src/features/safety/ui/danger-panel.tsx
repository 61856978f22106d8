import { safety as words } from '../../../content/safety.ts';
import { support } from '../../../content/support.ts';
import { quickExit } from '../../../platform/web/quick-exit.ts';
import { Button } from '../../../platform/web/ui/button.tsx';
import { Helplines } from '../../../platform/web/ui/helplines.tsx';

/** Shown when an answer signals danger: help first, a way out, and plain words about couples work. */
export function DangerPanel() {
  return (
    <section class="card card--urgent" aria-labelledby="danger-heading">
      <h2 id="danger-heading" tabIndex={-1}>
        {words.danger.heading}
      </h2>
      {words.danger.body.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <h3>{words.danger.numbersHeading}</h3>
      <p>{support.danger.body[0]}</p>
      <Helplines folded={false} />
      <p class="muted">{support.numbersIntro}</p>
      <h3>{words.danger.exitHeading}</h3>
      <p>{words.danger.exitBody}</p>
      <div class="actions">
        <Button variant="danger" onClick={quickExit}>
          {words.danger.exit}
        </Button>
      </div>
    </section>
  );
}
