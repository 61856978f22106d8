import { safety as words } from '../../../content/safety.ts';
import { support } from '../../../content/support.ts';
import { quickExit } from '../../../platform/web/quick-exit.ts';
import { Button } from '../../../platform/web/ui/button.tsx';

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
      {support.countries.map((country) => (
        <div key={country.country} class="country">
          <h4>{country.country}</h4>
          <ul class="helplines">
            {country.lines.map((line) => (
              <li key={line.name}>
                {line.name}:{' '}
                <a href={`tel:${line.dial}`} data-native>
                  {line.number}
                </a>
                {line.note ? <span class="muted"> {line.note}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
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
