import type { Excerpt } from '../../../shared/interviews/model';

/** What a reader must know before using an excerpt: its text is gone from the notes, or consent was withdrawn. */
export function ExcerptFlags({ excerpt }: { excerpt: Pick<Excerpt, 'orphaned' | 'consentWithdrawn'> }) {
  if (!excerpt.orphaned && !excerpt.consentWithdrawn) return null;
  return (
    <ul className="iv-flags">
      {excerpt.orphaned ? <li className="iv-flag">Orphaned — its text is no longer in the notes</li> : null}
      {excerpt.consentWithdrawn ? <li className="iv-flag iv-flag-warning">Consent withdrawn</li> : null}
    </ul>
  );
}
