import { welcome } from '../../../content/accounts.ts';
import { LinkButton } from '../../../platform/web/ui/button.tsx';
import { Seam } from '../../../platform/web/ui/seam.tsx';

export function WelcomePage() {
  return (
    <>
      <header class="page-header">
        <Seam />
        <h1 tabIndex={-1} class="page-title">
          {welcome.heading}
        </h1>
        {welcome.lead.map((p) => (
          <p key={p} class="lead">
            {p}
          </p>
        ))}
      </header>
      <div class="actions actions--stack">
        <LinkButton href="/sign-up">{welcome.signUp}</LinkButton>
        <LinkButton href="/sign-in" variant="secondary">
          {welcome.signIn}
        </LinkButton>
      </div>
      <section class="card" aria-labelledby="welcome-points">
        <h2 id="welcome-points">{welcome.promisesLabel}</h2>
        <ul class="welcome-points">
          {welcome.promises.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </section>
      <p>
        <a href="/support">{welcome.support}</a>
      </p>
    </>
  );
}
