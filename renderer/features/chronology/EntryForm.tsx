import { useState, type FormEvent } from 'react';
import type { ChronologyEntry } from '../../../shared/chronology/views';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import type { Outcome } from '../../lib/outcome';
import { FormActions } from '../../components/FormActions';

export interface EntryFormFields {
  date: string;
  agency: string;
  event: string;
  action: string;
  source: string;
  /** Why: only a correction asks for it. */
  reason: string;
}

export const emptyEntryFields: EntryFormFields = { date: '', agency: '', event: '', action: '', source: '', reason: '' };

interface EntryFormProps {
  /** Prefixes the fields' ids, so two forms can be on screen together. */
  idPrefix: string;
  heading: string;
  /** 2 where the form stands under the area's heading, 3 inside a section. */
  headingLevel?: 2 | 3;
  submitLabel: string;
  initial?: EntryFormFields;
  /** A correction: a reason is asked for and kept with it. */
  withReason?: boolean;
  onSubmit: (fields: EntryFormFields) => Promise<Outcome<ChronologyEntry>>;
  onDone: (entry: ChronologyEntry) => void;
  onCancel: () => void;
}

const dateHint = 'As an agency would write it, for example 14/06/2019, 14 June 2019 14:30, June 2019, approx March 2019, w/c 18 February 2019 or Spring term 2019.';

/** An entry's date, agency, event, action and source, to add one by hand or to correct one. */
export function EntryForm({ idPrefix, heading, headingLevel = 3, submitLabel, initial = emptyEntryFields, withReason = false, onSubmit, onDone, onCancel }: EntryFormProps) {
  const ids = {
    date: `${idPrefix}-date`,
    agency: `${idPrefix}-agency`,
    event: `${idPrefix}-event`,
    action: `${idPrefix}-action`,
    source: `${idPrefix}-source`,
    reason: `${idPrefix}-reason`,
  };
  const [fields, setFields] = useState(initial);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<EntryFormFields>) => setFields((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FormError[] = [];
    if (!fields.date.trim()) found.push({ fieldId: ids.date, message: 'Enter the date of the event, for example 14/06/2019 or June 2019.' });
    if (!fields.agency.trim()) found.push({ fieldId: ids.agency, message: 'Enter the agency the event concerns.' });
    if (!fields.event.trim()) found.push({ fieldId: ids.event, message: 'Describe the event.' });
    if (withReason && !fields.reason.trim()) found.push({ fieldId: ids.reason, message: 'Give a reason for the correction.' });
    if (found.length > 0) return setErrors(found);
    setBusy(true);
    const outcome = await onSubmit(fields);
    setBusy(false);
    if (!outcome.ok) {
      // The date is the one thing the core reads that the form cannot check: point at it.
      const aboutDate = / is not a date| date /i.test(outcome.error.message);
      return setErrors([{ message: outcome.error.message, ...(aboutDate ? { fieldId: ids.date } : {}) }]);
    }
    setErrors([]);
    onDone(outcome.value);
  }

  const headingId = `${idPrefix}-heading`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={headingId} aria-busy={busy} className="chron-entry-form">
      <Heading id={headingId}>{heading}</Heading>
      <ErrorSummary errors={errors} />
      <TextInput id={ids.date} label="Date" hint={dateHint} width="medium" autoComplete="off" value={fields.date} onChange={(date) => change({ date })} error={errorFor(errors, ids.date)} />
      <TextInput id={ids.agency} label="Agency" width="medium" autoComplete="off" value={fields.agency} onChange={(agency) => change({ agency })} error={errorFor(errors, ids.agency)} />
      <TextArea id={ids.event} label="Event" rows={3} value={fields.event} onChange={(text) => change({ event: text })} error={errorFor(errors, ids.event)} />
      <TextArea id={ids.action} label="Action taken (optional)" rows={2} value={fields.action} onChange={(action) => change({ action })} />
      <TextInput id={ids.source} label="Source of information (optional)" width="long" autoComplete="off" value={fields.source} onChange={(source) => change({ source })} />
      {withReason ? (
        <TextArea
          id={ids.reason}
          label="Reason for the correction"
          hint="Kept with the earlier version, which stays in the entry’s history."
          rows={2}
          value={fields.reason}
          onChange={(reason) => change({ reason })}
          error={errorFor(errors, ids.reason)}
        />
      ) : null}
      <FormActions submitLabel={submitLabel} onCancel={onCancel} disabled={busy} />
    </form>
  );
}
