import { useState, type FormEvent } from 'react';
import { keyDateFields, keyDateLabels, type KeyDateField } from '../../../shared/reviews/catalogue';
import type { KeyDates } from '../../../shared/reviews/dates';
import { capitalise } from '../../../shared/reviews/text';
import type { ReviewDetail } from '../../../shared/reviews/types';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { selectBusy, useReviews } from './store';
import { DateInput } from '../../components/DateInput';
import { dayProblem } from '../../../shared/dates/day-input';

const fieldId = (field: KeyDateField) => `key-date-${field}`;

function asText(dates: KeyDates): Record<KeyDateField, string> {
  return Object.fromEntries(keyDateFields.map((field) => [field, dates[field] ?? ''])) as Record<KeyDateField, string>;
}

/** The review's key dates; only the ones changed are sent, so another edit's fields survive. */
export function KeyDatesForm({ review }: { review: ReviewDetail }) {
  const update = useReviews((state) => state.update);
  const busy = useReviews(selectBusy);
  const [values, setValues] = useState(() => asText(review.dates));
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const changed = keyDateFields.filter((field) => values[field] !== (review.dates[field] ?? ''));
    if (changed.length === 0) return setErrors([{ message: 'No dates have changed.' }]);
    const problems = changed.flatMap((field) => {
      const problem = dayProblem(values[field], capitalise(keyDateLabels[field]));
      return problem ? [{ fieldId: fieldId(field), message: problem }] : [];
    });
    if (problems.length > 0) return setErrors(problems);
    const dates = Object.fromEntries(changed.map((field) => [field, values[field] || null]));
    const outcome = await update({ dates });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setValues(asText(outcome.value.dates));
    setErrors([]);
    setSaved(true);
  }

  return (
    <section aria-labelledby="key-dates-heading" className="section">
      <h2 id="key-dates-heading">Key dates</h2>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        {keyDateFields.map((field) => (
          <DateInput
            key={field}
            id={fieldId(field)}
            label={capitalise(keyDateLabels[field])}
            value={values[field]}
            onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
            error={errorFor(errors, fieldId(field))}
          />
        ))}
        <button type="submit" className="button" disabled={busy}>
          Save key dates
        </button>
        <p role="status" className="confirmation-text">
          {saved && 'The key dates have been saved and the deadlines worked out again.'}
        </p>
      </form>
    </section>
  );
}
