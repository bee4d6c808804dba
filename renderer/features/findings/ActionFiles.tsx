import { useState, type FormEvent } from 'react';
import type { ActionDetail, ActionFilePurpose } from '../../../shared/findings/model';
import { largestEvidenceBytes, sizeInWords } from '../../../shared/terms/decision';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { EvidenceFileField } from './EvidenceFileField';
import { selectBusy, useFindings } from './store';
import { dayText } from './words';

const purposeWords: Record<ActionFilePurpose, string> = { completion: 'Evidence of completion', impact: 'Evidence of impact' };

/** Files showing the action was done or what difference it made: kept encrypted, saved out again on request. */
export function ActionFiles({ action }: { action: ActionDetail }) {
  const attach = useFindings((state) => state.attach);
  const saveFile = useFindings((state) => state.saveFile);
  const say = useFindings((state) => state.say);
  const busy = useFindings(selectBusy);
  const [purpose, setPurpose] = useState<ActionFilePurpose>('completion');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setErrors([{ fieldId: 'action-file', message: 'Choose the file to attach.' }]);
    if (file.size > largestEvidenceBytes) return setErrors([{ fieldId: 'action-file', message: `${file.name} is ${sizeInWords(file.size)}: a file can be at most 20 MB. Attach a smaller copy.` }]);
    const outcome = await attach(action.id, purpose, file);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    setFile(null);
    say(`Attached ${file.name}.`);
  }

  async function save(fileId: string) {
    const outcome = await saveFile(fileId);
    if (!outcome.ok) return say(outcome.error.message);
    if (outcome.value) say(`Saved a copy of ${outcome.value.fileName}.`);
  }

  return (
    <section aria-labelledby="fd-files-heading">
      <h2 id="fd-files-heading">Evidence files</h2>
      {action.files.length === 0 ? (
        <p>No files attached yet.</p>
      ) : (
        <ul className="fd-plain-list">
          {action.files.map((each) => (
            <li key={each.id}>
              {purposeWords[each.purpose]}: {each.fileName} ({sizeInWords(each.size)}, added {dayText(each.addedAt.slice(0, 10))}){' '}
              <button type="button" className="link-button" disabled={busy} onClick={() => void save(each.id)}>
                Save a copy<span className="visually-hidden"> of {each.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} className="fd-inset" aria-label="Attach a file">
        <ErrorSummary errors={errors} />
        <fieldset className="fieldset form-group">
          <legend className="label">What the file shows</legend>
          {(['completion', 'impact'] as const).map((each) => (
            <div className="radio" key={each}>
              <input id={`file-purpose-${each}`} type="radio" name="file-purpose" checked={purpose === each} onChange={() => setPurpose(each)} />
              <label htmlFor={`file-purpose-${each}`}>{purposeWords[each]}</label>
            </div>
          ))}
        </fieldset>
        {/* Keyed by the files attached: the box empties once its file is attached. */}
        <EvidenceFileField key={action.files.length} id="action-file" file={file} onChange={setFile} error={errorFor(errors, 'action-file')} />
        <button type="submit" className="button button-secondary" disabled={busy}>
          Attach the file
        </button>
      </form>
    </section>
  );
}
