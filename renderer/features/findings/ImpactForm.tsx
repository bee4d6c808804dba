import { useState, type FormEvent } from 'react';
import type { ActionDetail } from '../../../shared/findings/model';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { dayProblem } from '../../../shared/dates/day-input';
import { selectBusy, useFindings } from './store';
import { dayText } from './words';

/** What difference the action made: the words, and the day they were known. */
export function ImpactForm({ action }: { action: ActionDetail }) {
  const recordImpact = useFindings((state) => state.recordImpact);
  const say = useFindings((state) => state.say);
  const busy = useFindings(selectBusy);
  const [impact, setImpact] = useState(action.impact ?? '');
  const [on, setOn] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FormError[] = [];
    if (!impact.trim()) found.push({ fieldId: 'impact-text', message: 'Say what difference the action made, for example what an audit found afterwards.' });
    const dateProblem = dayProblem(on, 'The date of the evidence of impact');
    if (dateProblem) found.push({ fieldId: 'impact-on', message: dateProblem });
    if (found.length > 0) return setErrors(found);
    const outcome = await recordImpact({ id: action.id, impact: impact.trim(), ...(on ? { on } : {}) });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    say('Recorded the evidence of impact.');
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} aria-labelledby="fd-impact-heading" className="fd-inset">
      <h2 id="fd-impact-heading">Evidence of impact</h2>
      {action.impact ? <p>Recorded {dayText(action.impactOn, 'without a date')}.</p> : <p>Not recorded yet.</p>}
      <ErrorSummary errors={errors} />
      <TextArea id="impact-text" label="What difference it made" value={impact} onChange={setImpact} error={errorFor(errors, 'impact-text')} rows={3} />
      <DateInput id="impact-on" label="Date (optional)" hint="Day first, for example 23/12/2026. Today when left empty." value={on} onChange={setOn} error={errorFor(errors, 'impact-on')} />
      <button type="submit" className="button button-secondary" disabled={busy}>
        Record the evidence of impact
      </button>
    </form>
  );
}
