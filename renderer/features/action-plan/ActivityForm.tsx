import { useState, type FormEvent } from 'react';
import { activityTypeWords, activityTypes, type Activity, type ActivityType } from '../../../shared/findings/model';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { activityFields, draftOf, newActivity, type ActivityDraft } from './activity-draft';
import { useFocusOnOpen } from './focus';
import { selectBusy, usePlan } from './store';
import { activityName } from './words';

const typeOptions = activityTypes.map((type) => ({ value: type, label: activityTypeWords[type] }));

/** Adds an activity, or changes one: its type, title, date and who led it. */
export function ActivityForm({ activity, onDone }: { activity?: Activity; onDone: (message: string) => void }) {
  const addActivity = usePlan((state) => state.addActivity);
  const editActivity = usePlan((state) => state.editActivity);
  const busy = usePlan(selectBusy);
  const prefix = activity ? `ap-activity-${activity.id}` : 'ap-new-activity';
  const [draft, setDraft] = useState<ActivityDraft>(() => (activity ? draftOf(activity) : newActivity));
  const [errors, setErrors] = useState<FormError[]>([]);
  const headingRef = useFocusOnOpen<HTMLHeadingElement>();
  const change = <K extends keyof ActivityDraft>(key: K) => (value: ActivityDraft[K]) => setDraft((now) => ({ ...now, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = activityFields(draft, prefix);
    if (!checked.ok) return setErrors(checked.errors);
    const outcome = activity ? await editActivity(activity.id, checked.fields) : await addActivity(checked.fields);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    onDone(activity ? `Saved ${activityName(outcome.value)}.` : `Added ${activityName(outcome.value)}.`);
  }

  const heading = activity ? `Change ${activity.title}` : 'Add an activity';
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} aria-labelledby={`${prefix}-heading`} className="ap-inset">
      <h2 id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <ErrorSummary errors={errors} />
      <SelectInput<ActivityType> id={`${prefix}-type`} label="Type" value={draft.type} options={typeOptions} onChange={change('type')} />
      <TextInput id={`${prefix}-title`} label="Title" value={draft.title} onChange={change('title')} error={errorFor(errors, `${prefix}-title`)} />
      <DateInput id={`${prefix}-held-on`} label="Date held or reported" value={draft.heldOn} onChange={change('heldOn')} error={errorFor(errors, `${prefix}-held-on`)} />
      <TextInput id={`${prefix}-lead`} label="Led by (optional)" hint="A role or a team, for example “Quality and Impact Group”." value={draft.lead} onChange={change('lead')} width="medium" />
      <FormActions submitLabel={activity ? 'Save the activity' : 'Add the activity'} onCancel={() => onDone('')} disabled={busy} />
    </form>
  );
}
