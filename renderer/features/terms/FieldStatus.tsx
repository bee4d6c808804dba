import type { TermsField } from '../../../shared/terms/model';
import { timeOfDay } from '../documents/words';
import { selectFieldSave, useTerms } from './store';

/**
 * Whether a field was saved, said beside it ("Saved at 14:02"), where the user's eyes are — the
 * top of a long page is out of sight. Polite, so leaving a field is confirmed without moving focus.
 */
export function FieldStatus({ field }: { field: TermsField }) {
  const save = useTerms(selectFieldSave(field));
  const failed = save?.status === 'failed';
  const text = !save ? '' : save.status === 'saving' ? 'Saving…' : save.status === 'saved' ? `Saved at ${timeOfDay(save.at)}` : 'Not saved. What you wrote is still here: put right what the message says, then leave the field to save it again.';
  return (
    <p role="status" aria-atomic="true" className={failed ? 'tor-field-status tor-field-status-failed' : 'tor-field-status'} data-field={field}>
      {text}
    </p>
  );
}
