import { useEffect, useRef, useState } from 'react';
import type { DiffLine, DocumentComparison } from '../../../shared/documents/types';
import { changeCounts } from './words';

const lineWords: Record<DiffLine['kind'], string> = { same: 'Unchanged', added: 'Added', removed: 'Removed', changed: 'Changed' };

/**
 * What changed between two texts, block by block: a changed paragraph with its words marked,
 * added and removed paragraphs whole. Marked by <ins>/<del> (underlined, struck through) and by
 * words for screen readers, never by colour alone.
 */
export function ComparisonView({ comparison, onClose }: { comparison: DocumentComparison; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [showSame, setShowSame] = useState(false);

  // A new comparison is what the user asked for: take them to it.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [comparison]);

  const differences = comparison.changed + comparison.added + comparison.removed;
  const lines = showSame ? comparison.lines : comparison.lines.filter((line) => line.kind !== 'same');
  return (
    <section aria-labelledby="comparison-heading" className="doc-comparison">
      <h2 id="comparison-heading" ref={heading} tabIndex={-1}>
        Comparison
      </h2>
      <p>
        From <strong>{comparison.from.label}</strong> to <strong>{comparison.to.label}</strong>
      </p>
      <p className="doc-counts">{changeCounts(comparison)}</p>
      {differences === 0 ? <p>The two texts are the same.</p> : null}
      <div className="checkbox">
        <input id="comparison-same" type="checkbox" checked={showSame} onChange={(event) => setShowSame(event.target.checked)} />
        <label htmlFor="comparison-same">Show unchanged text too</label>
      </div>
      {lines.length > 0 ? (
        <ol className="doc-diff" aria-label="Differences">
          {lines.map((line, index) => (
            <li key={index} className={`doc-line doc-line-${line.kind}`}>
              <span className="doc-line-kind">{lineWords[line.kind]}</span>
              <Line line={line} />
            </li>
          ))}
        </ol>
      ) : null}
      <button type="button" className="button button-secondary" onClick={onClose}>
        Close comparison
      </button>
    </section>
  );
}

function Line({ line }: { line: DiffLine }) {
  return (
    <p className="doc-line-text">
      {line.parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index}>
            <span className="visually-hidden">added: </span>
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={index}>
            <span className="visually-hidden">removed: </span>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
