import { useEffect } from 'react';
import type { Autosave } from './autosave';
import { useDocuments, type OpenDocument } from './store';

/**
 * For a document opened from another area (a conversation's notes, a briefing): leaving, once the
 * last typing is saved, closes it in the documents store, so the Report area does not open on it.
 * Not if this load was replaced by another (a reload).
 */
export function useCloseOnLeave(autosave: Pick<Autosave, 'flush'>, document: Pick<OpenDocument, 'id' | 'session'>): void {
  const { id, session } = document;
  useEffect(
    () => () => {
      void autosave.flush().finally(() => {
        const open = useDocuments.getState().open;
        if (open?.id === id && open.session === session) useDocuments.getState().closeDocument();
      });
    },
    [autosave, id, session],
  );
}
