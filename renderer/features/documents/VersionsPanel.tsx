import { useState, type FormEvent } from 'react';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { formatDateTime } from '../../lib/format';
import { CompareForm } from './CompareForm';
import { selectBusy, selectVersions, useDocuments } from './store';
import { fingerprint, versionLabel, wordsInWords } from './words';

interface VersionsPanelProps {
  /** Saves what was typed: a version is taken of the stored text. */
  flush: () => Promise<boolean>;
}

const labelId = 'version-label';

/** Saved versions (immutable, each with the fingerprint of its text), taking a new one, and comparing two. */
export function VersionsPanel({ flush }: VersionsPanelProps) {
  const versions = useDocuments(selectVersions);
  const takeVersion = useDocuments((state) => state.takeVersion);
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

  return (
    <>
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
                <p className="hint">
                  Fingerprint: <code className="doc-fingerprint">{fingerprint(version)}</code>
                </p>
              </li>
            ))}
          </ol>
          <CompareForm key={versions.length} versions={versions} flush={flush} />
        </>
      )}
    </>
  );
}
