import { useState, type FormEvent } from 'react';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { formatDateTime } from '../../lib/format';
import { CompareForm } from './CompareForm';
import { selectBusy, selectVersions, useDocuments } from './store';
import { versionLabel, wordsInWords } from './words';

interface VersionsPanelProps {
  /** Saves what was typed: a version is taken of the stored text. */
  flush: () => Promise<boolean>;
}

const labelId = 'version-label';

/** Saved versions (immutable), taking a new one, restoring one, and comparing two. */
export function VersionsPanel({ flush }: VersionsPanelProps) {
  const versions = useDocuments(selectVersions);
  const takeVersion = useDocuments((state) => state.takeVersion);
  const restoreVersion = useDocuments((state) => state.restoreVersion);
  // The version whose restore is being confirmed, and what the last restore said.
  const [restoring, setRestoring] = useState<number | null>(null);
  const restored = useDocuments((state) => state.restoreNotice);
  const busy = useDocuments(selectBusy);
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [taken, setTaken] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTaken('');
    if (!label.trim()) return setErrors([{ fieldId: labelId, message: 'Give the version a label, for example Draft for PRG.' }]);
    if (!(await flush())) return setErrors([{ message: 'The latest changes are not saved, so the version would miss them. Save them first (see the status under the text).' }]);
    const outcome = await takeVersion(label);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    setLabel('');
    setTaken(`Saved ${versionLabel(outcome.value)}.`);
  }

  async function restore(number: number) {
    if (!(await flush())) return setErrors([{ message: 'The latest changes are not saved. Save them first (see the status under the text), then restore the version.' }]);
    const outcome = await restoreVersion(number);
    setRestoring(null);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
  }

  return (
    <>
      <p role="status" className="confirmation-text">
        {restored}
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="take-version-heading" aria-busy={busy}>
        <h3 id="take-version-heading">Save a version</h3>
        <ErrorSummary errors={errors} />
        <TextInput id={labelId} label="Label" hint="What this version is for, e.g. Draft for PRG, 12 March." value={label} onChange={setLabel} error={errorFor(errors, labelId)} />
        <button type="submit" className="button" disabled={busy}>
          Save a version
        </button>
        <p role="status" className="confirmation-text">
          {taken}
        </p>
      </form>
      <h3>Saved versions</h3>
      {versions === null ? (
        <p role="status">Loading versions…</p>
      ) : versions.length === 0 ? (
        <p>No versions yet. A version keeps the text as it is now, to compare with later or export.</p>
      ) : (
        <>
          <ol className="doc-versions" aria-label="Saved versions">
            {[...versions].reverse().map((version) => (
              <li key={version.id}>
                <p className="doc-version-title">{versionLabel(version)}</p>
                <p className="hint">
                  {formatDateTime(version.createdAt)} · {wordsInWords(version.wordCount)}
                </p>
                {restoring === version.number ? (
                  <div className="inset-text">
                    <p>Make version {version.number} the current text? The text as it is now is kept as a version first, so nothing is lost.</p>
                    <div className="button-group">
                      <button type="button" className="button" disabled={busy} onClick={() => void restore(version.number)}>
                        Restore version {version.number}
                      </button>
                      <button type="button" className="button button-secondary" onClick={() => setRestoring(null)}>
                        Cancel
                      </button>
                    </div>
                  </div>
                ) : (
                  <button type="button" className="link-button" onClick={() => setRestoring(version.number)}>
                    Restore this version<span className="visually-hidden"> ({versionLabel(version)})</span>
                  </button>
                )}
              </li>
            ))}
          </ol>
          <CompareForm key={versions.length} versions={versions} flush={flush} />
        </>
      )}
    </>
  );
}
