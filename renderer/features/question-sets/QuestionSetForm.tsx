import { useState, type FormEvent } from 'react';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { blankStage, draftProblems, setOf, type SetDraft, type StageDraft } from './draft';
import { useQuestionSets } from './store';

const ids = {
  id: 'qs-id',
  title: 'qs-title',
  source: 'qs-source',
  description: 'qs-description',
  stage: (index: number, field: 'title' | 'purpose' | 'questions') => `qs-stage-${index}-${field}`,
};

/** Edits a partnership's question set: its title, source, and stages with their questions (one per line). */
export function QuestionSetForm({ initial, isNew, reviewTitle, onDone }: { initial: SetDraft; isNew: boolean; reviewTitle: string; onDone: (savedTitle: string | null) => void }) {
  const save = useQuestionSets((state) => state.save);
  const busy = useQuestionSets((state) => state.busy);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FormError[]>([]);

  const change = (fields: Partial<SetDraft>) => setDraft((current) => ({ ...current, ...fields }));
  const changeStage = (index: number, fields: Partial<StageDraft>) => setDraft((current) => ({ ...current, stages: current.stages.map((stage, i) => (i === index ? { ...stage, ...fields } : stage)) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = draftProblems(draft, ids);
    if (found.length > 0) return setErrors(found);
    const outcome = await save(setOf(draft));
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    onDone(outcome.value.set.title);
  }

  return (
    <section aria-labelledby="qs-heading" className="section">
      <PageHeading id="qs-heading" caption={reviewTitle}>
        {isNew ? 'Your copy of a question set' : 'Edit a question set'}
      </PageHeading>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        {isNew && (
          <TextInput
            id={ids.id}
            label="Short name"
            hint="Lower-case letters, digits and hyphens, for example ai-4d-northshire. It cannot be changed later."
            width="medium"
            value={draft.id}
            onChange={(id) => change({ id })}
            error={errorFor(errors, ids.id)}
          />
        )}
        <TextInput id={ids.title} label="Title" value={draft.title} onChange={(title) => change({ title })} error={errorFor(errors, ids.title)} />
        <TextInput id={ids.source} label="Source" hint="Where the questions come from, as you would cite it." value={draft.source} onChange={(source) => change({ source })} error={errorFor(errors, ids.source)} />
        <TextArea id={ids.description} label="What the conversation is for" rows={2} value={draft.description} onChange={(description) => change({ description })} error={errorFor(errors, ids.description)} />
        {draft.stages.map((stage, index) => (
          <fieldset key={stage.id} className="fieldset qs-stage">
            <legend className="legend">
              Stage {index + 1}
              {stage.title.trim() ? `: ${stage.title.trim()}` : ''}
            </legend>
            <TextInput id={ids.stage(index, 'title')} label="Title" value={stage.title} onChange={(title) => changeStage(index, { title })} error={errorFor(errors, ids.stage(index, 'title'))} />
            <TextInput id={ids.stage(index, 'purpose')} label="What it is for" value={stage.purpose} onChange={(purpose) => changeStage(index, { purpose })} error={errorFor(errors, ids.stage(index, 'purpose'))} />
            <TextArea
              id={ids.stage(index, 'questions')}
              label="Questions"
              hint="One question per line."
              rows={4}
              value={stage.questions}
              onChange={(questions) => changeStage(index, { questions })}
              error={errorFor(errors, ids.stage(index, 'questions'))}
            />
            <div className="checkbox">
              <input id={`qs-stage-${index}-episodes`} type="checkbox" checked={stage.episodePrompts} onChange={(event) => changeStage(index, { episodePrompts: event.target.checked })} />
              <label htmlFor={`qs-stage-${index}-episodes`}>Put the review’s key practice episodes here as prompts</label>
            </div>
            {draft.stages.length > 1 && (
              <button type="button" className="button button-secondary" onClick={() => change({ stages: draft.stages.filter((_, i) => i !== index) })}>
                Remove stage {index + 1}
              </button>
            )}
          </fieldset>
        ))}
        <div className="button-group">
          <button type="button" className="button button-secondary" onClick={() => change({ stages: [...draft.stages, blankStage(draft.stages)] })}>
            Add a stage
          </button>
        </div>
        <div className="button-group">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Saving…' : 'Save the question set'}
          </button>
          <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
