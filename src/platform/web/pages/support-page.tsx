import { safety } from '../../../content/safety.ts';
import { support } from '../../../content/support.ts';
import { Helplines } from '../ui/helplines.tsx';
import { PageHeader } from '../ui/page-header.tsx';

function Paragraphs({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </>
  );
}

/** Open to everyone, signed in or not: help should never sit behind a password. */
export function SupportPage() {
  return (
    <>
      <PageHeader title={support.heading} lead={support.lead} />

      <section class="card card--urgent" aria-labelledby="danger-heading">
        <h2 id="danger-heading">{support.danger.heading}</h2>
        <Paragraphs lines={support.danger.body} />
      </section>

      <section class="card" aria-labelledby="safety-check-heading">
        <h2 id="safety-check-heading">{safety.supportCard.heading}</h2>
        <p>{safety.supportCard.body}</p>
        <p>
          <a href="/support/safety">{safety.supportCard.link}</a>
        </p>
      </section>

      <section class="card" aria-labelledby="abuse-heading">
        <h2 id="abuse-heading">{support.abuse.heading}</h2>
        <Paragraphs lines={support.abuse.body} />
      </section>

      <section class="section" aria-labelledby="numbers-heading">
        <h2 id="numbers-heading">{support.numbersHeading}</h2>
        <p>{support.numbersIntro}</p>
        {/* One country open at a time is enough on a phone; each opens with one tap. */}
        <Helplines folded />
      </section>

      {/* Help that is not urgent: each card opens with one tap, so the page fits a phone. */}
      <details class="card fold-card">
        <summary>
          <h2>{support.therapist.heading}</h2>
        </summary>
        <Paragraphs lines={support.therapist.body} />
        <h3>{support.therapist.howHeading}</h3>
        <ul>
          {support.therapist.how.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>{support.therapist.abuseNote}</p>
      </details>

      <details class="card fold-card">
        <summary>
          <h2>{support.strength.heading}</h2>
        </summary>
        <Paragraphs lines={support.strength.body} />
      </details>

      <details class="card fold-card">
        <summary>
          <h2>{support.quickExit.heading}</h2>
        </summary>
        <Paragraphs lines={support.quickExit.body} />
      </details>
    </>
  );
}
