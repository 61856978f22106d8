import { support } from '../../../content/support.ts';

/** One country's numbers, each a tap to call. */
function Numbers({ lines }: { lines: (typeof support.countries)[number]['lines'] }) {
  return (
    <ul class="helplines">
      {lines.map((line) => (
        <li key={line.name}>
          {line.name}:{' '}
          <a href={`tel:${line.dial}`} data-native>
            {line.number}
          </a>
          {line.note ? <span class="muted"> {line.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Every helpline we list, by country, in one place (src/content/support.ts). `folded`: one
 * country open at a time, each with one tap (the support page, which a phone reads top to
 * bottom); open: every number at once, where an answer just signalled danger.
 */
export function Helplines({ folded }: { folded: boolean }) {
  return (
    <>
      {support.countries.map((country) =>
        folded ? (
          <details key={country.country} class="fold country">
            <summary>{country.country}</summary>
            <Numbers lines={country.lines} />
          </details>
        ) : (
          <div key={country.country} class="country">
            <h4>{country.country}</h4>
            <Numbers lines={country.lines} />
          </div>
        ),
      )}
    </>
  );
}
