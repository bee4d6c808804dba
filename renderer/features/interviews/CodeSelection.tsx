import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ConversationDetail } from '../../../shared/interviews/channels';
import { noteText, textRange } from '../../../shared/interviews/note-text';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { TextArea } from '../../components/TextArea';
import { selectBusy, selectThemes, useInterviews } from './store';
import { ThemeChecklist } from './ThemeChecklist';

interface CodeSelectionProps {
  editor: Editor;
  /** Saves what was typed: the core checks the excerpt against the notes as saved. */
  flush: () => Promise<boolean>;
  conversation: ConversationDetail;
}

interface Selected {
  start: number;
  end: number;
  exact: string;
}

const themesId = 'code-themes';
const saidById = 'code-said-by';

/** "Code selection": the text selected in the notes, applied to themes, with who said it. */
export function CodeSelection({ editor, flush, conversation }: CodeSelectionProps) {
  const [selected, setSelected] = useState<Selected | null>(null);
  const [problem, setProblem] = useState('');

  async function start() {
    setProblem('');
    const { from, to, empty } = editor.state.selection;
    if (empty) return setProblem('Select some text in the notes first, then choose Code selection.');
    if (!(await flush())) return setProblem('The latest changes are not saved, so the excerpt cannot be found in the notes. Save them first (see the status under the text).');
    const note = noteText(editor.getJSON());
    const range = textRange(note, from, to);
    const exact = note.text.slice(range.start, range.end);
    if (!exact.trim()) return setProblem('Select some of the notes’ words to code.');
    setSelected({ ...range, exact });
  }

  return (
    <div className="iv-code">
      <button type="button" className="button button-secondary" onClick={() => void start()} aria-describedby="code-selection-problem">
        Code selection
      </button>
      <p id="code-selection-problem" role="status" className="error-message">
        {problem}
      </p>
      {selected ? <CodeForm key={`${selected.start}:${selected.end}`} selected={selected} conversation={conversation} onDone={() => (setSelected(null), editor.commands.focus())} /> : null}
    </div>
  );
}

function CodeForm({ selected, conversation, onDone }: { selected: Selected; conversation: ConversationDetail; onDone: () => void }) {
  const themes = useInterviews(selectThemes);
  const code = useInterviews((state) => state.code);
  const busy = useInterviews(selectBusy);
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const [saidBy, setSaidBy] = useState(() => conversation.participants.map((participant) => participant.personId));
  const [possibleQuote, setPossibleQuote] = useState(false);
  const [memo, setMemo] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FormError[] = [];
    if (themeIds.length === 0) found.push({ fieldId: themesId, message: 'Choose at least one theme.' });
    if (saidBy.length === 0) found.push({ fieldId: saidById, message: 'Choose who said it.' });
    setErrors(found);
    if (found.length > 0) return;
    const everyone = saidBy.length === conversation.participants.length;
    const outcome = await code({
      conversationId: conversation.id,
      ...selected,
      themeIds,
      ...(everyone ? {} : { participantIds: saidBy }),
      possibleQuote,
      memo: memo.trim() || null,
    });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    onDone();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} aria-labelledby="code-form-heading" className="iv-inset">
      <h3 id="code-form-heading" ref={heading} tabIndex={-1}>
        Code the selection
      </h3>
      <blockquote className="iv-quote">{selected.exact}</blockquote>
      <ErrorSummary errors={errors} />
      <ThemeChecklist id={themesId} legend="Themes" themes={themes ?? []} checked={themeIds} onChange={setThemeIds} error={errorFor(errors, themesId)} />
      <fieldset id={saidById} tabIndex={-1} className="fieldset">
        <legend className="label">Who said it</legend>
        {errorFor(errors, saidById) ? <p className="error-message">{errorFor(errors, saidById)}</p> : null}
        {conversation.participants.map((participant) => (
          <div className="checkbox" key={participant.personId}>
            <input
              id={`said-by-${participant.personId}`}
              type="checkbox"
              checked={saidBy.includes(participant.personId)}
              onChange={(event) => setSaidBy(event.target.checked ? [...saidBy, participant.personId] : saidBy.filter((each) => each !== participant.personId))}
            />
            <label htmlFor={`said-by-${participant.personId}`}>{participant.describedAs}</label>
          </div>
        ))}
      </fieldset>
      <div className="checkbox">
        <input id="code-possible-quote" type="checkbox" checked={possibleQuote} onChange={(event) => setPossibleQuote(event.target.checked)} />
        <label htmlFor="code-possible-quote">Possible quote</label>
      </div>
      <TextArea id="code-memo" label="Memo (optional)" value={memo} onChange={setMemo} rows={3} />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          Code the excerpt
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
