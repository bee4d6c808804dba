import { useState } from 'react';
import type { TermsField, TermsFields } from '../../../shared/terms/model';
import { sameValue } from './lists';
import { useTerms } from './store';
import { fieldMessage } from './words';

/**
 * Saves one field through terms:set and keeps the core's message for it, shown beside the field.
 * An unchanged value is not sent: after sign-off any save starts the next version.
 */
export function useFieldSave<F extends TermsField>(field: F, stored: TermsFields[F]) {
  const setField = useTerms((state) => state.setField);
  const [error, setError] = useState<string | undefined>();

  async function save(value: TermsFields[F]): Promise<void> {
    if (sameValue(stored, value)) return setError(undefined);
    const outcome = await setField(field, value);
    setError(outcome.ok ? undefined : fieldMessage(outcome.error.message));
  }

  return { error, save };
}
