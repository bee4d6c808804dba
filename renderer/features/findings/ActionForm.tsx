import { useState, type FormEvent } from 'react';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { checkAction } from './drafts';
import { ScreenFrame } from './ScreenFrame';
import { selectActions, selectBusy, selectRecommendations, useFindings } from './store';
import { recommendationName } from './words';

const prefix = 'action';

/** Adds an action to a recommendation or changes one: what, who leads it, by when, and how success is known. */
export function ActionForm({ recommendationId, id, title }: { recommendationId: string; id: string | null; title: string }) {
  const recommendation = useFindings(selectRecommendations)?.find((each) => each.id === recommendationId) ?? null;
  const action = useFindings(selectActions)[recommendationId]?.find((each) => each.id === id) ?? null;
  const addAction = useFindings((state) => state.addAction);
  const editAction = useFindings((state) => state.editAction);
  const show = useFindings((state) => state.show);
  const busy = useFindings(selectBusy);
  const [text, setText] = useState(action?.text ?? '');
  const [agency, setAgency] = useState(action?.agency ?? '');
  const [leadRole, setLeadRole] = useState(action?.leadRole ?? '');
  const [due, setDue] = useState(action?.due ?? '');
  const [measure, setMeasure] = useState(action?.measure ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const back = () => (action ? show({ name: 'action', id: action.id }) : show({ name: 'list' }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkAction({ text, agency, leadRole, due, measure }, prefix);
    if (!checked.ok) return setErrors(checked.errors);
    const outcome = action ? await editAction({ id: action.id, ...checked.value }) : await addAction({ recommendationId, ...checked.value });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    show({ name: 'action', id: outcome.value.id }, action ? 'Saved the action.' : 'Added the action.');
  }

  const under = recommendation ? recommendationName(recommendation) : 'the recommendation';
  return (
    <ScreenFrame title={title} heading={action ? 'Edit the action' : `Add an action to ${under}`}>
      {recommendation ? <p className="fd-statement">{recommendation.text}</p> : null}
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        <TextArea id={`${prefix}-text`} label="What will be done" value={text} onChange={setText} error={errorFor(errors, `${prefix}-text`)} rows={3} />
        <TextInput id={`${prefix}-agency`} label="Lead agency" value={agency} onChange={setAgency} error={errorFor(errors, `${prefix}-agency`)} width="medium" />
        <TextInput id={`${prefix}-lead-role`} label="Lead officer’s role" hint="A role, not a name: for example Head of Safeguarding." value={leadRole} onChange={setLeadRole} error={errorFor(errors, `${prefix}-lead-role`)} width="medium" />
        <DateInput id={`${prefix}-due`} label="Target date" value={due} onChange={setDue} error={errorFor(errors, `${prefix}-due`)} />
        <TextArea id={`${prefix}-measure`} label="Success measure (optional)" hint="How the partnership will know it made a difference." value={measure} onChange={setMeasure} rows={2} />
        <FormActions submitLabel={action ? 'Save the action' : 'Add the action'} disabled={busy} onCancel={back} />
      </form>
    </ScreenFrame>
  );
}
