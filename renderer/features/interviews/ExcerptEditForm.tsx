import { useState, type FormEvent } from 'react';
import type { Excerpt } from '../../../shared/interviews/model';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { selectBusy, selectThemes, useInterviews } from './store';
import { ThemeChecklist } from './ThemeChecklist';

/** An excerpt's themes and memo changed; with no theme left it goes to the Uncoded list. */
export function ExcerptEditForm({ excerpt, onDone }: { excerpt: Excerpt; onDone: () => void }) {
  const themes = useInterviews(selectThemes);
  const editExcerpt = useInterviews((state) => state.editExcerpt);
  const busy = useInterviews(selectBusy);
  const [themeIds, setThemeIds] = useState<string[]>(excerpt.themeIds);
  const [memo, setMemo] = useState(excerpt.memo ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await editExcerpt({ id: excerpt.id, themeIds, memo: memo.trim() || null });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    onDone();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} className="iv-inset">
      <ErrorSummary errors={errors} />
      <ThemeChecklist id={`edit-themes-${excerpt.id}`} legend="Themes" themes={themes ?? []} checked={themeIds} onChange={setThemeIds} />
      <TextArea id={`edit-memo-${excerpt.id}`} label="Memo (optional)" value={memo} onChange={setMemo} rows={3} />
      <div className="button-group">
        <button type="submit" className="button button-small" disabled={busy}>
          Save the excerpt
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
