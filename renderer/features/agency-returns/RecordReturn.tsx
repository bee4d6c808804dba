import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isOpen, statusLabels, type AgencyRequest, type RequestRecord } from '../../../shared/agency-returns';
import { dayProblem } from '../../../shared/dates/day-input';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { formatDay } from '../reviews/deadline-text';
import { selectBusy, useAgencyReturns } from './store';
import { asksText, dueText } from './words';

type Choice = RequestRecord['status'] | 'due' | 'reopen';

const choices: ReadonlyArray<{ value: Choice; label: string; hint: string }> = [
  { value: 'chased', label: 'Chased', hint: 'You reminded the agency. Each chase is kept with its date.' },
  { value: 'received', label: 'Received', hint: 'The return came in. An imported chronology marks this for you.' },
  { value: 'nil-return', label: 'Nil return', hint: 'The agency had no involvement with the family. Say who confirmed it.' },
  { value: 'withdrawn', label: 'Withdrawn', hint: 'The request is no longer needed.' },
  { value: 'due', label: 'Change the due date', hint: 'A date agreed with the agency, or back to the one the rules give.' },
];

const ids = { choice: 'record-chased', on: 'record-on', confirmedBy: 'record-confirmed-by', note: 'record-note', due: 'record-due' };

/** A chase, what came back, a new due date — or, for a closed request, reopening it. */
export function RecordReturn({ request, onDone }: { request: AgencyRequest; onDone: (message: string | null) => void }) {
  const record = useAgencyReturns((state) => state.record);
  const edit = useAgencyReturns((state) => state.edit);
  const reopen = useAgencyReturns((state) => state.reopen);
  const busy = useAgencyReturns(selectBusy);
  const open = isOpen(request.status);
  const [choice, setChoice] = useState<Choice | ''>(open ? '' : 'reopen');
  const [on, setOn] = useState('');
  const [confirmedBy, setConfirmedBy] = useState('');
  const [note, setNote] = useState('');
  const [due, setDue] = useState(request.dueEntered ? (request.due ?? '') : '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);

  // The button pressed has gone with the table: start reading at this form's heading.
  useEffect(() => heading.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!choice) return setErrors([{ fieldId: ids.choice, message: 'Choose what happened.' }]);
    if (choice === 'reopen') return finish(await reopen(request.id), `The request to ${request.agency} is open again.`);
    if (choice === 'due') {
      const problem = dayProblem(due, 'The due date');
      if (problem) return setErrors([{ fieldId: ids.due, message: problem }]);
      const saved = await edit({ id: request.id, due: due || null });
      return finish(saved, saved.ok ? `${request.agency}’s return is now due ${saved.value.due ? formatDay(saved.value.due) : 'on no set date'}.` : '');
    }
    const found: FormError[] = [];
    const problem = dayProblem(on, 'The date');
    if (problem) found.push({ fieldId: ids.on, message: problem });
    if (choice === 'nil-return' && !confirmedBy.trim()) found.push({ fieldId: ids.confirmedBy, message: 'Enter who confirmed the nil return, for example their role.' });
    if (found.length > 0) return setErrors(found);
    const saved = await record({
      id: request.id,
      status: choice,
      ...(on ? { on } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(choice === 'nil-return' ? { confirmedBy: confirmedBy.trim() } : {}),
    });
    finish(saved, `${request.agency}: ${statusLabels[choice].toLowerCase()} recorded.`);
  }

  function finish(outcome: { ok: true } | { ok: false; error: { message: string } }, message: string) {
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    onDone(message);
  }

  return (
    <section aria-labelledby="record-return-heading" className="section">
      <h2 id="record-return-heading" ref={heading} tabIndex={-1}>
        {request.agency}
      </h2>
      <dl className="summary-list">
        <dt>Asked for</dt>
        <dd>{asksText(request)}</dd>
        <dt>Due</dt>
        <dd>{dueText(request)}</dd>
        <dt>Status</dt>
        <dd>{statusLabels[request.shownStatus]}</dd>
      </dl>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        {open ? (
          <fieldset className="fieldset form-group">
            <legend className="legend">What happened?</legend>
            {choices.map((item) => (
              <div className="radio" key={item.value}>
                <input id={`record-${item.value}`} type="radio" name="record-choice" checked={choice === item.value} onChange={() => setChoice(item.value)} aria-describedby={`record-${item.value}-hint`} />
                <label htmlFor={`record-${item.value}`}>{item.label}</label>
                <span id={`record-${item.value}-hint`} className="hint radio-hint">
                  {item.hint}
                </span>
              </div>
            ))}
          </fieldset>
        ) : (
          <p>This request is closed ({statusLabels[request.status].toLowerCase()}). Reopen it to record a chase or a return again.</p>
        )}
        {(choice === 'chased' || choice === 'received' || choice === 'nil-return' || choice === 'withdrawn') && (
          <>
            <DateInput id={ids.on} label="Date (optional)" hint="Leave empty for today. Day first, for example 26/11/2026." value={on} onChange={setOn} error={errorFor(errors, ids.on)} />
            {choice === 'nil-return' && <TextInput id={ids.confirmedBy} label="Confirmed by" hint="Their role, and name if you wish." value={confirmedBy} onChange={setConfirmedBy} error={errorFor(errors, ids.confirmedBy)} />}
            <TextArea id={ids.note} label="Note (optional)" rows={3} value={note} onChange={setNote} />
          </>
        )}
        {choice === 'due' && <DateInput id={ids.due} label="Due date" hint="Leave empty to go back to the date the review’s rules give." value={due} onChange={setDue} error={errorFor(errors, ids.due)} />}
        <FormActions submitLabel={busy ? 'Saving…' : choice === 'reopen' ? 'Reopen the request' : 'Save'} onCancel={() => onDone(null)} disabled={busy} />
      </form>
    </section>
  );
}
