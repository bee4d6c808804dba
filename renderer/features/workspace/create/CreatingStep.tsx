import { PageHeading } from '../../../components/PageHeading';

/** Deriving the key takes about half a second; the core does it off the main thread. */
export function CreatingStep({ name }: { name: string }) {
  return (
    <section aria-busy="true" aria-labelledby="creating-heading" className="busy-panel">
      <PageHeading id="creating-heading">Creating “{name}”</PageHeading>
      <p role="status" className="busy-message">
        <span className="spinner" aria-hidden="true" />
        Creating the encrypted workspace…
      </p>
    </section>
  );
}
