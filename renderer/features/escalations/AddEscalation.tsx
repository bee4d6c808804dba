import { useState, type FormEvent } from 'react';
import { escalationStageLabels, escalationStages, type EscalationStage } from '../../../shared/reviews/catalogue';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { formatDay } from '../reviews/deadline-text';
import { selectEscalationsBusy, useEscalations } from './store';
import { DateInput } from '../../components/DateInput';
import { dayProblem } from '../../../shared/dates/day-input';

const ids = { stage: 'escalation-stage', raisedBy: 'escalation-raised-by', agencies: 'escalation-agencies', issue: 'escalation-issue', raisedOn: 'escalation-raised-on', due: 'escalation-due' };
type StageText = `${EscalationStage}`;

export function AddEscalation({ reviewId }: { reviewId: string }) {
  const add = useEscalations((state) => state.add);
  const busy = useEscalations(selectEscalationsBusy);
  const [stage, setStage] = useState<StageText>('1');
  const [raisedBy, setRaisedBy] = useState('');
  const [agencies, setAgencies] = useState('');
  const [issue, setIssue] = useState('');
  const [raisedOn, setRaisedOn] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [added, setAdded] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    const found: FormError[] = [];
    if (!raisedBy.trim()) found.push({ fieldId: ids.raisedBy, message: 'Enter who raised the escalation.' });
    if (!issue.trim()) found.push({ fieldId: ids.issue, message: 'Describe the issue.' });
    const raisedProblem = raisedOn ? dayProblem(raisedOn, 'The date it was raised') : 'Enter the date it was raised.';
    if (raisedProblem) found.push({ fieldId: ids.raisedOn, message: raisedProblem });
    const dueProblem = dayProblem(due, 'The date the meeting is due by');
    if (dueProblem) found.push({ fieldId: ids.due, message: dueProblem });
    if (found.length > 0) return setErrors(found);
    const outcome = await add({
      reviewId,
      stage: Number(stage) as EscalationStage,
      raisedBy: raisedBy.trim(),
      agencies: agencies
        .split(',')
        .map((agency) => agency.trim())
        .filter(Boolean),
      issue: issue.trim(),
      raisedOn,
      stageDue: due || undefined,
    });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    setAdded(outcome.value.stageDue ? `The escalation has been added. This stage is due ${formatDay(outcome.value.stageDue)}.` : 'The escalation has been added.');
    setRaisedBy('');
    setAgencies('');
    setIssue('');
    setRaisedOn('');
    setDue('');
  }

  return (
    <section aria-labelledby="add-escalation-heading" className="section">
      <h2 id="add-escalation-heading">Raise an escalation</h2>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        <SelectInput
          id={ids.stage}
          label="Stage"
          value={stage}
          options={escalationStages.map((value) => ({ value: `${value}` as StageText, label: escalationStageLabels[value] }))}
          onChange={setStage}
        />
        <TextInput id={ids.raisedBy} label="Raised by" hint="A role and agency, for example Health Visitor, Community health." width="medium" value={raisedBy} onChange={setRaisedBy} error={errorFor(errors, ids.raisedBy)} />
        <TextInput id={ids.agencies} label="Agencies involved" hint="Separate agencies with commas." value={agencies} onChange={setAgencies} />
        <TextArea id={ids.issue} label="Issue" value={issue} onChange={setIssue} rows={4} error={errorFor(errors, ids.issue)} />
        <DateInput id={ids.raisedOn} label="Raised on" hint="The stage’s due date is worked out from this day. Day first, for example 23/12/2019." value={raisedOn} onChange={setRaisedOn} error={errorFor(errors, ids.raisedOn)} />
        {stage === '4' && (
          <DateInput id={ids.due} label="Meeting due by (optional)" hint="The protocol sets no working-day limit for this stage. Day first, for example 23/12/2019." value={due} onChange={setDue} error={errorFor(errors, ids.due)} />
        )}
        <button type="submit" className="button" disabled={busy}>
          Raise escalation
        </button>
        <p role="status" className="confirmation-text">
          {added}
        </p>
      </form>
    </section>
  );
}
