import { useCallback, useEffect, useRef } from 'react';
import { ExportAnywayForm } from './ExportAnywayForm';
import { MarkedInThisCheck } from './MarkedInThisCheck';
import { selectCheck, useExports, type NamesCheck } from './store';
import { UnknownNameItem } from './UnknownNameItem';
import { namesCount } from './words';
import './exports.css';

/**
 * "Names not in the people register": shown while an anonymised export waits on the names check.
 * Mounted once for the whole app; it opens when a check finds names and closes when none is
 * left, when the user exports anyway, or cancels (Escape too). Nothing is written until then.
 */
export function NamesCheckDialog() {
  const check = useExports(selectCheck);
  // A fresh dialog for each check, so nothing typed for one export carries to the next.
  return check ? <OpenCheck key={check.id} check={check} /> : null;
}

/**
 * A native modal dialog, as the reference dialog is: focus stays inside, Escape closes it, and
 * on closing the browser gives focus back to the export button that opened it.
 */
function OpenCheck({ check }: { check: NamesCheck }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const finish = useExports((state) => state.finish);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    heading.current?.focus();
  }, []);

  // Done (nothing left, or "Export anyway"): close first, so focus is back before the save dialog.
  useEffect(() => {
    if (check.result) dialog.current?.close();
  }, [check.result]);

  // After an action the name's buttons are gone: start again from the top of the dialog.
  const backToTop = useCallback(() => heading.current?.focus(), []);
  const count = check.candidates.length;

  return (
    <dialog ref={dialog} className="names-dialog" aria-labelledby="names-heading" aria-describedby="names-intro" onClose={finish}>
      <h2 id="names-heading" ref={heading} tabIndex={-1}>
        Names not in the people register
      </h2>
      <div id="names-intro">
        <p>
          The anonymised copy would show {count === 1 ? 'this name' : 'these names'} as written: the people register of this review does not know{' '}
          {count === 1 ? 'it' : 'them'}, so no pseudonym is put in {count === 1 ? 'its' : 'their'} place.
        </p>
        <p>Add each person to the register, so their pseudonym is used, or mark a word that is not a person. Nothing is saved until every name is dealt with.</p>
      </div>
      {check.problem ? (
        <div className="error-summary" role="alert">
          <p className="error-summary-title">The names could not be checked again</p>
          <p>{check.problem}</p>
        </div>
      ) : null}
      <p role="status" className="confirmation-text">
        {check.said}
      </p>
      <h3 className="names-count">{namesCount(count)} to check</h3>
      <ul className="plain-list names-list">
        {check.candidates.map((candidate, index) => (
          <li key={candidate.key}>
            <UnknownNameItem candidate={candidate} index={index} onDone={backToTop} />
          </li>
        ))}
      </ul>
      {check.marked.length > 0 ? <MarkedInThisCheck marked={check.marked} onDone={backToTop} /> : null}
      <ExportAnywayForm count={count} />
      <div className="button-group">
        <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
          Cancel: save nothing
        </button>
      </div>
    </dialog>
  );
}
