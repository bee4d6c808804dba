import { useEffect, useState, type FormEvent } from 'react';
import type { TemplateInfo } from '../../../shared/terms/types';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { selectBusy, selectTemplates, useTerms } from './store';

const sourceWords: Record<TemplateInfo['source'], string> = { app: 'Comes with the app', workspace: 'Saved in this workspace' };

/** The first radio's id: where the error summary sends the user. */
const choiceId = (template: TemplateInfo) => `tor-template-${template.id}`;

/** No terms yet: choose a template to start from; the review's subject, agencies, people and deadlines are filled in. */
export function StartFromTemplate() {
  const templates = useTerms(selectTemplates);
  const loadTemplates = useTerms((state) => state.loadTemplates);
  const start = useTerms((state) => state.start);
  const busy = useTerms(selectBusy);
  const [chosen, setChosen] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);

  useEffect(() => {
    void loadTemplates();
  }, [loadTemplates]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const first = templates?.[0];
    if (!chosen) return setErrors([{ message: 'Choose a template to start from.', ...(first ? { fieldId: choiceId(first) } : {}) }]);
    const outcome = await start(chosen);
    if (!outcome.ok) setErrors([{ message: outcome.error.message }]);
  }

  const error = templates?.[0] ? errorFor(errors, choiceId(templates[0])) : undefined;
  return (
    <section aria-labelledby="tor-start-heading" className="section">
      <h2 id="tor-start-heading">Start from a template</h2>
      <p>This review has no terms of reference yet. Choose a template: the review’s subject, agencies, reviewers, panel and deadlines are filled in from the reviews register, and you can change everything afterwards.</p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        {templates === null ? (
          <p role="status">Loading templates…</p>
        ) : (
          <fieldset className={error ? 'fieldset form-group form-group-error' : 'fieldset form-group'} aria-describedby={error ? 'tor-template-error' : undefined}>
            <legend className="legend">Template</legend>
            {error ? (
              <p id="tor-template-error" className="error-message">
                <span className="visually-hidden">Error: </span>
                {error}
              </p>
            ) : null}
            {templates.map((template) => (
              <div key={template.id} className="radio">
                <input
                  id={choiceId(template)}
                  type="radio"
                  name="tor-template"
                  value={template.id}
                  checked={chosen === template.id}
                  onChange={() => setChosen(template.id)}
                  aria-describedby={`${choiceId(template)}-hint`}
                />
                <label htmlFor={choiceId(template)}>{template.name}</label>
                <p id={`${choiceId(template)}-hint`} className="hint radio-hint">
                  {template.description} <span className="tor-source">{sourceWords[template.source]}.</span>
                </p>
              </div>
            ))}
          </fieldset>
        )}
        <button type="submit" className="button" disabled={busy || templates === null}>
          Start the terms of reference
        </button>
      </form>
    </section>
  );
}
