import { useState, type FormEvent } from 'react';
import type { Episode } from '../../../shared/chronology/views';
import { dayProblem } from '../../../shared/dates/day-input';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import type { Outcome } from '../../lib/outcome';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import type { EpisodeFields } from './store';

interface EpisodeFormProps {
  /** Prefixes the fields' ids, so an edit form and the add form can be on screen together. */
  idPrefix: string;
  heading: string;
  submitLabel: string;
  initial?: EpisodeFields;
  onSubmit: (fields: EpisodeFields) => Promise<Outcome<Episode>>;
  onDone: (episode: Episode) => void;
  onCancel?: () => void;
}

const empty: EpisodeFields = { title: '', start: '', end: '', summary: '' };

/** A key practice episode's title, period and summary, for adding one or changing it. */
export function EpisodeForm({ idPrefix, heading, submitLabel, initial = empty, onSubmit, onDone, onCancel }: EpisodeFormProps) {
  const ids = { title: `${idPrefix}-title`, start: `${idPrefix}-start`, end: `${idPrefix}-end`, summary: `${idPrefix}-summary` };
  const [fields, setFields] = useState(initial);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<EpisodeFields>) => setFields((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FormError[] = [];
    if (!fields.title.trim()) found.push({ fieldId: ids.title, message: 'Enter a title for the episode, for example Strategy discussion and s47 enquiry.' });
    // A partly typed date is said, never dropped ("no dates set").
    const startProblem = dayProblem(fields.start, 'The start');
    const endProblem = dayProblem(fields.end, 'The end');
    if (startProblem) found.push({ fieldId: ids.start, message: startProblem });
    if (endProblem) found.push({ fieldId: ids.end, message: endProblem });
    else if (!startProblem && fields.start && fields.end && fields.end < fields.start) found.push({ fieldId: ids.end, message: 'The end must be the same as or after the start.' });
    if (found.length > 0) return setErrors(found);
    setBusy(true);
    const outcome = await onSubmit(fields);
    setBusy(false);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    if (!onCancel) setFields(empty);
    onDone(outcome.value);
  }

  const headingId = `${idPrefix}-heading`;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={headingId} aria-busy={busy} className="chron-episode-form">
      <h3 id={headingId}>{heading}</h3>
      <ErrorSummary errors={errors} />
      <TextInput id={ids.title} label="Title" width="long" value={fields.title} onChange={(title) => change({ title })} error={errorFor(errors, ids.title)} />
      <div className="chron-inline">
        <DateInput id={ids.start} label="Start (optional)" value={fields.start} onChange={(start) => change({ start })} error={errorFor(errors, ids.start)} />
        <DateInput id={ids.end} label="End (optional)" value={fields.end} onChange={(end) => change({ end })} error={errorFor(errors, ids.end)} />
      </div>
      <TextArea id={ids.summary} label="Summary (optional)" rows={4} value={fields.summary} onChange={(summary) => change({ summary })} />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="link-button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
