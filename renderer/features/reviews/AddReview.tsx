import { useState, type FormEvent } from 'react';
import { defaultRuleSet, reviewTypeLabels, reviewTypes, ruleSetIds, ruleSetLabels, type ReviewType, type RuleSetId } from '../../../shared/reviews/catalogue';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { PageHeading } from '../../components/PageHeading';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { selectBusy, useReviews } from './store';
import { DateInput } from '../../components/DateInput';
import { dayProblem } from '../../../shared/dates/day-input';

const ids = { type: 'review-type', title: 'review-title', subject: 'review-subject', rules: 'review-rules', aware: 'review-aware' };

export function AddReview() {
  const create = useReviews((state) => state.create);
  const showList = useReviews((state) => state.showList);
  const busy = useReviews(selectBusy);
  const [type, setType] = useState<ReviewType | ''>('');
  const [title, setTitle] = useState('');
  const [subject, setSubject] = useState('');
  const [rules, setRules] = useState<RuleSetId>(defaultRuleSet);
  const [aware, setAware] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FormError[] = [];
    if (!type) found.push({ fieldId: ids.type, message: 'Select the type of review.' });
    if (!title.trim()) found.push({ fieldId: ids.title, message: 'Enter a title for the review.' });
    const awareProblem = dayProblem(aware, 'The date the local authority became aware');
    if (awareProblem) found.push({ fieldId: ids.aware, message: awareProblem });
    if (found.length > 0 || !type) return setErrors(found);
    const outcome = await create({
      type,
      title: title.trim(),
      subject: subject.trim() || undefined,
      rules,
      dates: aware ? { aware } : undefined,
    });
    if (!outcome.ok) setErrors([{ message: outcome.error.message }]);
  }

  return (
    <section aria-labelledby="add-review-heading">
      <PageHeading id="add-review-heading" caption="Reviews">
        Add a review
      </PageHeading>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        <SelectInput
          id={ids.type}
          label="Type of review"
          value={type}
          placeholder="Select a type"
          options={reviewTypes.map((value) => ({ value, label: reviewTypeLabels[value] }))}
          onChange={setType}
          error={errorFor(errors, ids.type)}
        />
        <TextInput id={ids.title} label="Title" value={title} onChange={setTitle} error={errorFor(errors, ids.title)} />
        <TextInput
          id={ids.subject}
          label="Subject label (optional)"
          hint="A pseudonym, never a real name, for example “Child M”."
          width="medium"
          value={subject}
          onChange={setSubject}
          error={errorFor(errors, ids.subject)}
        />
        <SelectInput
          id={ids.rules}
          label="Rule set for deadlines"
          value={rules}
          options={ruleSetIds.map((value) => ({ value, label: `${ruleSetLabels[value]}${value === defaultRuleSet ? ' (default)' : ''}` }))}
          onChange={setRules}
        />
        <DateInput
          id={ids.aware}
          label="Date the local authority became aware (optional)"
          hint="The statutory clocks start from this day. Day first, for example 23/12/2019."
          value={aware}
          onChange={setAware}
          error={errorFor(errors, ids.aware)}
        />
        <FormActions submitLabel={busy ? 'Adding…' : 'Add review'} onCancel={showList} disabled={busy} />
      </form>
    </section>
  );
}
