import type { DiffLine } from '../../../shared/documents/types';
import type { TermsOverview } from '../../../shared/terms/types';

const lineWords: Record<DiffLine['kind'], string> = { same: 'Unchanged', added: 'Added', removed: 'Removed', changed: 'Changed' };

/**
 * What the draft changes in the signed text, block by block, as the documents comparison shows
 * it: <ins>/<del> (underlined, struck through) with words for screen readers, never colour
 * alone. The documents' ComparisonView takes focus and has a Close button, which fit a
 * comparison the user asked for, not this standing summary, so this is its quiet sibling.
 */
export function ChangesSinceSigned({ changes }: { changes: NonNullable<TermsOverview['changesSinceSigned']> }) {
  const lines = changes.lines.filter((line) => line.kind !== 'same');
  return (
    <section aria-labelledby="tor-changes-heading" className="section tor-changes">
      <h2 id="tor-changes-heading">What changed since signed version {changes.signedVersion}</h2>
      {lines.length === 0 ? (
        <p>Nothing yet: this draft says the same as version {changes.signedVersion}.</p>
      ) : (
        <ol className="tor-diff" aria-label={`Changes since version ${changes.signedVersion}`}>
          {lines.map((line, index) => (
            <li key={index} className={`tor-line tor-line-${line.kind}`}>
              <span className="tor-line-kind">{lineWords[line.kind]}</span>
              <p className="tor-line-text">
                {line.parts.map((part, position) =>
                  part.kind === 'added' ? (
                    <ins key={position}>
                      <span className="visually-hidden">added: </span>
                      {part.text}
                    </ins>
                  ) : part.kind === 'removed' ? (
                    <del key={position}>
                      <span className="visually-hidden">removed: </span>
                      {part.text}
                    </del>
                  ) : (
                    <span key={position}>{part.text}</span>
                  ),
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
