import { useEffect, useRef, useState, type FormEvent } from 'react';
import { escalationStageLabels, type EscalationStage } from '../../../shared/reviews/catalogue';
import type { EscalationPatch } from '../../../shared/reviews/schemas';
import type { Escalation } from '../../../shared/reviews/types';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextArea } from '../../components/TextArea';
import { formatDay } from '../reviews/deadline-text';
import { selectEscalationsBusy, useEscalations } from './store';
import { DateInput } from '../../components/DateInput';
import { dayProblem } from '../../../shared/dates/day-input';

const ids = { move: 'escalation-move', startedOn: 'escalation-stage-started-on', outcome: 'escalation-outcome', resolvedOn: 'escalation-resolved-on' };

const nextStage = (stage: EscalationStage): EscalationStage | null => (stage < 4 ? ((stage + 1) as EscalationStage) : null);

interface UpdateEscalationProps {
  escalation: Escalation;
  /** Called with what to tell the user, or null when nothing was saved. */
  onDone: (message: string | null) => void;
}

/** Moves an escalation on to the protocol's next stage, and records its outcome. */
export function UpdateEscalation({ escalation, onDone }: UpdateEscalationProps) {
  const update = useEscalations((state) => state.update);
  const busy = useEscalations(selectEscalationsBusy);
  const next = nextStage(escalation.stage);
  const [moving, setMoving] = useState(false);
  const [startedOn, setStartedOn] = useState('');
  const [outcome, setOutcome] = useState(escalation.outcome ?? '');
  const [resolvedOn, setResolvedOn] = useState(escalation.resolvedOn ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);

  // The button pressed has gone with the table: start reading at this step's heading.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (moving && next && !startedOn) return setErrors([{ fieldId: ids.startedOn, message: `Enter the date stage ${next} began: its due date counts from that day.` }]);
    const problems: FormError[] = [];
    const startedProblem = moving ? dayProblem(startedOn, `The date stage ${next ?? ''} began`) : null;
    if (startedProblem) problems.push({ fieldId: ids.startedOn, message: startedProblem });
    const resolvedProblem = dayProblem(resolvedOn, 'The date it was resolved');
    if (resolvedProblem) problems.push({ fieldId: ids.resolvedOn, message: resolvedProblem });
    if (problems.length > 0) return setErrors(problems);
    const patch: Omit<EscalationPatch, 'id'> = {};
    if (moving && next) Object.assign(patch, { stage: next, stageStartedOn: startedOn });
    if (outcome.trim() !== (escalation.outcome ?? '')) patch.outcome = outcome.trim() || null;
    if (resolvedOn !== (escalation.resolvedOn ?? '')) patch.resolvedOn = resolvedOn || null;
    if (Object.keys(patch).length === 0) return onDone(null);
    const saved = await update(escalation.id, patch);
    if (!saved.ok) return setErrors([{ message: saved.error.message }]);
    const due = saved.value.stageDue ? ` This stage is due ${formatDay(saved.value.stageDue)}.` : '';
    onDone(patch.stage ? `The escalation is now at ${escalationStageLabels[saved.value.stage]}.${due}` : 'The escalation has been updated.');
  }

  return (
    <section aria-labelledby="update-escalation-heading" className="section">
      <h2 id="update-escalation-heading" ref={heading} tabIndex={-1}>
        Update the escalation
      </h2>
      <dl className="summary-list">
        <dt>Issue</dt>
        <dd>{escalation.issue}</dd>
        <dt>Stage</dt>
        <dd>
          {escalationStageLabels[escalation.stage]}, since {formatDay(escalation.stageStartedOn)}
        </dd>
      </dl>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        {next ? (
          <div className="form-group">
            <div className="checkbox">
              <input id={ids.move} type="checkbox" checked={moving} onChange={(event) => setMoving(event.target.checked)} />
              <label htmlFor={ids.move}>Move it on to {escalationStageLabels[next]}</label>
            </div>
            {moving && (
              <DateInput
                id={ids.startedOn}
                label={`Date stage ${next} began`}
                hint="The stage’s due date is worked out from this day. Day first, for example 23/12/2019."
                value={startedOn}
                onChange={setStartedOn}
                error={errorFor(errors, ids.startedOn)}
              />
            )}
          </div>
        ) : (
          <p>This is the protocol’s last stage.</p>
        )}
        <TextArea id={ids.outcome} label="Outcome (optional)" hint="What was agreed, and by whom." rows={4} value={outcome} onChange={setOutcome} />
        <DateInput
          id={ids.resolvedOn}
          label="Resolved on (optional)"
          hint="Leave empty while the escalation is still open. Day first, for example 23/12/2019."
          value={resolvedOn}
          onChange={setResolvedOn}
          error={errorFor(errors, ids.resolvedOn)}
        />
        <FormActions submitLabel={busy ? 'Saving…' : 'Save escalation'} onCancel={() => onDone(null)} disabled={busy} />
      </form>
    </section>
  );
}
