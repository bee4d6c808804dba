import { useId, useState } from 'react';

interface RecoveryCodeShownProps {
  code: string;
  /** The button that leaves this page, enabled once the user confirms they stored the code. */
  continueLabel: string;
  onContinue: () => void;
}

/**
 * A recovery code shown once: large, monospaced, in groups of four to read aloud or copy by
 * hand, with what to do with it and a confirmation before the user can move on.
 */
export function RecoveryCodeShown({ code, continueLabel, onContinue }: RecoveryCodeShownProps) {
  const [stored, setStored] = useState(false);
  const checkboxId = useId();
  const adviceId = useId();
  const groups = code.split('-');
  return (
    <div className="recovery">
      <p className="recovery-code">
        {groups.map((group, index) => (
          <span key={index} className="recovery-code-group">
            {group}
            {index < groups.length - 1 && <span className="recovery-code-dash">-</span>}
          </span>
        ))}
      </p>
      <div id={adviceId} className="recovery-advice">
        <p>
          <strong>This is the only time the app will show this code.</strong> If the passphrase is forgotten, the code is the only way to
          open the workspace.
        </p>
        <ul>
          <li>Write it down, or print this page, now.</li>
          <li>Keep it somewhere safe away from this computer, such as a locked drawer or your organisation’s key safe.</li>
          <li>Do not save it in a file, an email or a photo on this computer or your phone.</li>
          <li>Anyone with the code and a copy of the workspace folder can open it.</li>
        </ul>
      </div>
      <p className="no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          Print this page
        </button>
      </p>
      <div className="checkbox no-print">
        <input id={checkboxId} type="checkbox" checked={stored} onChange={(event) => setStored(event.target.checked)} aria-describedby={adviceId} />
        <label htmlFor={checkboxId}>I have stored the recovery code safely</label>
      </div>
      <p className="no-print">
        <button type="button" className="button" disabled={!stored} onClick={onContinue}>
          {continueLabel}
        </button>
      </p>
    </div>
  );
}
