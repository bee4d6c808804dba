import { useState, type DragEvent } from 'react';
import { dayInWords } from '../../../shared/dates/day-input';
import { selectVerification, useTerms, type Verification } from './store';

const inputId = 'tor-verify-file';

/**
 * Checks a PDF someone holds against the signed versions in this workspace: dropped on the zone
 * or chosen with the file input (the keyboard's way in). The file is read here and its bytes
 * sent to the core; its path never leaves the page. The answer is a status message, so it is
 * read out wherever focus is.
 */
export function VerifyPdf() {
  const verify = useTerms((state) => state.verify);
  const verification = useTerms(selectVerification);
  const [dragging, setDragging] = useState(false);
  const [checking, setChecking] = useState<string | null>(null);

  async function check(file: File | undefined) {
    if (!file) return;
    setChecking(file.name);
    await verify(file);
    setChecking(null);
  }

  function over(event: DragEvent) {
    // Without this the browser would open the dropped file in place of the app.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void check(event.dataTransfer.files[0]);
  }

  return (
    <section aria-labelledby="tor-verify-heading" className="section tor-verify">
      <h2 id="tor-verify-heading">Verify a PDF</h2>
      <p>Check that a terms of reference PDF — one you were sent, or found in a shared folder — is exactly as signed off in this workspace. The file is only read, not kept.</p>
      <div className={dragging ? 'tor-drop tor-drop-active' : 'tor-drop'} onDragEnter={over} onDragOver={over} onDragLeave={() => setDragging(false)} onDrop={drop}>
        <p className="tor-drop-text">Drop a PDF here, or</p>
        <label className="label" htmlFor={inputId}>
          Choose a PDF…
        </label>
        <input
          id={inputId}
          type="file"
          className="tor-file"
          accept="application/pdf,.pdf"
          onChange={(event) => {
            void check(event.target.files?.[0]);
            // Choosing the same file again checks it again.
            event.target.value = '';
          }}
        />
      </div>
      <div role="status" aria-atomic="true" className="tor-verify-status">
        {checking ? <p>Checking {checking}…</p> : verification ? <VerificationResult verification={verification} /> : null}
      </div>
    </section>
  );
}

/** A match and a mismatch differ in words, symbol and border, not only in colour. */
function VerificationResult({ verification }: { verification: Verification }) {
  if ('problem' in verification) {
    return (
      <div className="tor-result tor-result-problem">
        <p className="tor-result-title">Could not check {verification.fileName}</p>
        <p>{verification.problem}</p>
      </div>
    );
  }
  const { result } = verification;
  return (
    <div className={result.match ? 'tor-result tor-result-match' : 'tor-result tor-result-mismatch'}>
      <p className="tor-result-title">{result.match ? 'Verified: this PDF matches a signed version' : 'Not verified: this PDF does not match a signed version'}</p>
      <p>{result.message}</p>
      <p className="hint">
        File: {verification.fileName}
        {result.match && result.signedAt ? ` · signed ${dayInWords(result.signedAt)}` : ''}
      </p>
    </div>
  );
}
