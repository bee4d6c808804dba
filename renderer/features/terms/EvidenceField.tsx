import { sizeInWords } from '../../../shared/terms/decision';

interface EvidenceFieldProps {
  id: string;
  file: File | null;
  onChange: (file: File | null) => void;
  error: string | undefined;
}

/**
 * The evidence of the decision: the chair's email saved as a file, a letter, the minutes. Chosen
 * here and read by the page itself (its path never leaves the page); kept encrypted in the workspace.
 */
export function EvidenceField({ id, file, onChange, error }: EvidenceFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const chosenId = `${id}-chosen`;
  return (
    <div className={error ? 'form-group form-group-error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        Evidence of the decision (optional)
      </label>
      <div id={hintId} className="hint">
        The chair’s email saved as a file (.eml or .msg), a letter or the minutes as a PDF: at most 20 MB. It is kept encrypted in this workspace and can be saved again from the decision.
      </div>
      {error ? (
        <p id={errorId} className="error-message">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        className="tor-evidence-input"
        aria-describedby={[hintId, error ? errorId : '', file ? chosenId : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
      {file ? (
        <p id={chosenId} className="hint">
          Chosen: {file.name} ({sizeInWords(file.size)})
        </p>
      ) : null}
    </div>
  );
}
