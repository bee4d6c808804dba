import { useState, type FormEvent } from 'react';
import type { Theme } from '../../../shared/interviews/model';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { selectBusy, useInterviews } from './store';

interface ThemeFormProps {
  heading: string;
  /** Editing this theme; absent: adding one (under `parentId`). */
  theme?: Theme;
  parentId: string | null;
  onDone: (message: string) => void;
}

/** A palette that reads apart; a new theme takes the next, and the user may pick any other. */
const palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#ff7f0e'];

/** Adds a theme or sub-theme, or changes one: name, colour, description and (once it exists) its memo. */
export function ThemeForm({ heading, theme, parentId, onDone }: ThemeFormProps) {
  const addTheme = useInterviews((state) => state.addTheme);
  const editTheme = useInterviews((state) => state.editTheme);
  const busy = useInterviews(selectBusy);
  const count = useInterviews((state) => state.themes?.length ?? 0);
  const prefix = theme ? `theme-${theme.id}` : parentId ? `sub-${parentId}` : 'new-theme';
  const [name, setName] = useState(theme?.name ?? '');
  const [colour, setColour] = useState(theme?.colour ?? palette[count % palette.length]!);
  const [description, setDescription] = useState(theme?.description ?? '');
  const [memo, setMemo] = useState(theme?.memo ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setErrors([{ fieldId: `${prefix}-name`, message: 'Give the theme a name.' }]);
    const fields = { name: name.trim(), colour, description: description.trim() || null };
    const outcome = theme ? await editTheme({ id: theme.id, ...fields, memo: memo.trim() || null }) : await addTheme({ ...fields, parentId });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    if (!theme) {
      setName('');
      setDescription('');
    }
    onDone(theme ? `Saved ${outcome.value.name}.` : `Added ${outcome.value.name}.`);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} aria-labelledby={`${prefix}-heading`} className="iv-inset">
      <h2 id={`${prefix}-heading`} className="iv-form-heading">
        {heading}
      </h2>
      <ErrorSummary errors={errors} />
      <TextInput id={`${prefix}-name`} label="Name" value={name} onChange={setName} error={errorFor(errors, `${prefix}-name`)} width="medium" />
      <div className="form-group">
        <label className="label" htmlFor={`${prefix}-colour`}>
          Colour
        </label>
        <input id={`${prefix}-colour`} type="color" className="iv-colour" value={colour} onChange={(event) => setColour(event.target.value)} />
      </div>
      <TextArea id={`${prefix}-description`} label="Description (optional)" hint="What the theme covers, so every coder applies it the same way." value={description} onChange={setDescription} rows={2} />
      {theme ? <TextArea id={`${prefix}-memo`} label="Memo (optional)" value={memo} onChange={setMemo} rows={3} /> : null}
      <button type="submit" className="button" disabled={busy}>
        {theme ? 'Save the theme' : parentId ? 'Add the sub-theme' : 'Add the theme'}
      </button>
    </form>
  );
}
