import { selectSave, useDocuments } from './store';
import { saveInWords, wordsInWords } from './words';

interface SaveStatusProps {
  words: number;
  marking: string;
  onRetry: () => void;
  onReload: () => void;
}

/**
 * The status line under the text: words, marking and whether the text is saved. Saving is a
 * polite live region, so a screen-reader user hears "Saved at 14:05" or "Not saved: …" without
 * losing their place; the buttons sit outside it so they are not read out on every change.
 */
export function SaveStatus({ words, marking, onRetry, onReload }: SaveStatusProps) {
  const save = useDocuments(selectSave);
  const failed = save.status === 'failed' || save.status === 'conflict';
  return (
    <div className="doc-status">
      <span>{wordsInWords(words)}</span>
      <span>
        Marking: <strong>{marking}</strong>
      </span>
      <span role="status" aria-atomic="true" className={failed ? 'doc-save doc-save-failed' : 'doc-save'}>
        {saveInWords(save)}
      </span>
      {save.status === 'failed' ? (
        <button type="button" className="button button-small button-secondary" onClick={onRetry}>
          Try saving again
        </button>
      ) : null}
      {save.status === 'conflict' ? (
        <button type="button" className="button button-small button-secondary" onClick={onReload}>
          Reload the document
        </button>
      ) : null}
    </div>
  );
}
