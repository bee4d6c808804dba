import { useState, type FormEvent } from 'react';
import { dayProblem } from '../../../shared/dates/day-input';
import type { Participant } from '../../../shared/interviews/model';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { ConsentFields } from './ConsentFields';
import { consentInputOf, type ConsentDraft } from './consent-draft';
import { selectBusy, useInterviews } from './store';

interface ConsentChangeProps {
  conversationId: string;
  participant: Participant;
  onDone: () => void;
}

/** Consent given, declined or withdrawn later; a withdrawal flags every excerpt from the participant. */
export function ConsentChange({ conversationId, participant, onDone }: ConsentChangeProps) {
  const recordConsent = useInterviews((state) => state.recordConsent);
  const busy = useInterviews(selectBusy);
  const [draft, setDraft] = useState<ConsentDraft>(() => ({ status: participant.consent?.status ?? 'given', covers: participant.consent?.covers ?? [], on: '' }));
  const [errors, setErrors] = useState<FormError[]>([]);
  const id = 'consent-change';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = draft.status === 'not-asked' ? null : dayProblem(draft.on, 'The date of the change');
    if (problem) return setErrors([{ fieldId: `${id}-on`, message: problem }]);
    const consent = consentInputOf(draft);
    if (!consent) return setErrors([{ message: 'Choose given, declined or withdrawn.' }]);
    const outcome = await recordConsent({ id: conversationId, personId: participant.personId, ...consent });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    onDone();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} className="iv-inset">
      <ErrorSummary errors={errors} />
      <ConsentFields
        id={id}
        legend={`Consent now: ${participant.describedAs}`}
        value={draft}
        onChange={setDraft}
        statuses={['given', 'declined', 'withdrawn']}
        dateError={errorFor(errors, `${id}-on`)}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          Record the consent
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
