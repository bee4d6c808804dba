import { useState, type FormEvent } from 'react';
import { actionStatuses, actionStatusWords, rags, ragWords, type ActionDetail, type ActionStatus, type Rag } from '../../../shared/findings/model';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { TextArea } from '../../components/TextArea';
import { ChoiceGroup } from './ChoiceGroup';
import { checkProgress } from './drafts';
import { selectBusy, useFindings } from './store';
import { statusText } from './words';

/** A progress update: the status (a reason required for "Not implemented"), the RAG rating, a note and the day. */
export function ProgressForm({ action }: { action: ActionDetail }) {
  const recordProgress = useFindings((state) => state.recordProgress);
  const say = useFindings((state) => state.say);
  const busy = useFindings(selectBusy);
  const [status, setStatus] = useState<ActionStatus | ''>('');
  const [rag, setRag] = useState<Rag | ''>('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [on, setOn] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkProgress({ status, rag, note, reason, on });
    if (!checked.ok) return setErrors(checked.errors);
    const outcome = await recordProgress({ id: action.id, ...checked.value });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    say(`Recorded the progress: ${statusText(outcome.value)}.`);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} aria-labelledby="fd-progress-heading" className="fd-inset">
      <h2 id="fd-progress-heading">Record progress</h2>
      <ErrorSummary errors={errors} />
      <ChoiceGroup id="progress-status" legend="Status" error={errorFor(errors, 'progress-status')}>
        <div className="fd-radios">
          {actionStatuses.map((each, index) => (
            <div className="radio" key={each}>
              <input id={index === 0 ? 'progress-status' : `progress-status-${each}`} type="radio" name="progress-status" checked={status === each} onChange={() => setStatus(each)} />
              <label htmlFor={index === 0 ? 'progress-status' : `progress-status-${each}`}>{actionStatusWords[each]}</label>
            </div>
          ))}
        </div>
      </ChoiceGroup>
      <SelectInput id="progress-rag" label="RAG rating (optional)" value={rag} placeholder="No rating" options={rags.map((each) => ({ value: each, label: ragWords[each] }))} onChange={setRag} />
      <TextArea id="progress-note" label="Progress note (optional)" value={note} onChange={setNote} rows={3} />
      <TextArea
        id="progress-reason"
        label={status === 'not-implemented' ? 'Why it was not implemented' : 'Why it was not implemented (only for “Not implemented”)'}
        hint={status === 'not-implemented' ? 'Required: the annual report says why.' : undefined}
        value={reason}
        onChange={setReason}
        error={errorFor(errors, 'progress-reason')}
        rows={2}
      />
      <DateInput id="progress-on" label="Date of the update (optional)" hint="Day first, for example 23/12/2026. Today when left empty." value={on} onChange={setOn} error={errorFor(errors, 'progress-on')} />
      <button type="submit" className="button" disabled={busy}>
        Record the progress
      </button>
    </form>
  );
}
