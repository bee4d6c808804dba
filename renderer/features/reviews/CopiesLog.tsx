import { useState, type FormEvent } from 'react';
import { copyDocumentLabels, copyDocuments, type CopyDocument } from '../../../shared/reviews/catalogue';
import type { ReviewDetail } from '../../../shared/reviews/types';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { formatDay } from './deadline-text';
import { selectBusy, useReviews } from './store';
import { DateInput } from '../../components/DateInput';
import { dayProblem } from '../../../shared/dates/day-input';

const ids = { document: 'copy-document', to: 'copy-sent-to', on: 'copy-sent-on' };

/** Wiltshire’s safeguarding plan (2019) asks that notifications, reports and decisions be copied to SVPP members: the log of who got what, when. */
export function CopiesLog({ review }: { review: ReviewDetail }) {
  const logCopy = useReviews((state) => state.logCopy);
  const busy = useReviews(selectBusy);
  const [document, setDocument] = useState<CopyDocument>('decision');
  const [sentTo, setSentTo] = useState('');
  const [sentOn, setSentOn] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FormError[] = [];
    if (!sentTo.trim()) found.push({ fieldId: ids.to, message: 'Enter who the copy was sent to.' });
    const sentProblem = sentOn ? dayProblem(sentOn, 'The date it was sent') : 'Enter the date it was sent.';
    if (sentProblem) found.push({ fieldId: ids.on, message: sentProblem });
    if (found.length > 0) return setErrors(found);
    const outcome = await logCopy({ document, sentTo: sentTo.trim(), sentOn });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    setSentTo('');
  }

  return (
    <section aria-labelledby="copies-heading" className="section">
      <h2 id="copies-heading">Copies sent</h2>
      {review.copies.length === 0 ? (
        <p>No copies logged yet.</p>
      ) : (
        <table className="table table-wide">
          <caption className="visually-hidden">Copies sent to partnership members</caption>
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Sent to</th>
              <th scope="col">Sent on</th>
            </tr>
          </thead>
          <tbody>
            {review.copies.map((copy) => (
              <tr key={copy.id}>
                <td>{copyDocumentLabels[copy.document]}</td>
                <td>{copy.sentTo}</td>
                <td>{formatDay(copy.sentOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Log a copy sent</h3>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        <SelectInput
          id={ids.document}
          label="Document"
          value={document}
          options={copyDocuments.map((value) => ({ value, label: copyDocumentLabels[value] }))}
          onChange={setDocument}
        />
        <TextInput id={ids.to} label="Sent to" hint="The partnership member or agency." width="medium" value={sentTo} onChange={setSentTo} error={errorFor(errors, ids.to)} />
        <DateInput id={ids.on} label="Sent on" value={sentOn} onChange={setSentOn} error={errorFor(errors, ids.on)} />
        <button type="submit" className="button button-secondary" disabled={busy}>
          Log copy
        </button>
      </form>
    </section>
  );
}
