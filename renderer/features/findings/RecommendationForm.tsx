import { useState, type FormEvent } from 'react';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextArea } from '../../components/TextArea';
import { ChoiceGroup } from './ChoiceGroup';
import { checkRecommendation } from './drafts';
import { ScreenFrame } from './ScreenFrame';
import { selectBusy, selectFindings, selectRecommendations, useFindings } from './store';
import { findingName, recommendationName } from './words';

const prefix = 'recommendation';

/** Adds a recommendation or changes one: the findings it answers, its words, to whom, and when it was made. */
export function RecommendationForm({ id, title }: { id: string | null; title: string }) {
  const recommendation = useFindings(selectRecommendations)?.find((each) => each.id === id) ?? null;
  const findings = useFindings(selectFindings) ?? [];
  const addRecommendation = useFindings((state) => state.addRecommendation);
  const editRecommendation = useFindings((state) => state.editRecommendation);
  const show = useFindings((state) => state.show);
  const busy = useFindings(selectBusy);
  const [findingIds, setFindingIds] = useState<string[]>(() => (recommendation?.findings ?? []).flatMap((each) => (each.findingId ? [each.findingId] : [])));
  const [text, setText] = useState(recommendation?.text ?? '');
  const [to, setTo] = useState((recommendation?.addressedTo ?? []).join('\n'));
  const [madeOn, setMadeOn] = useState(recommendation?.madeOn ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);

  function toggle(findingId: string, on: boolean) {
    setFindingIds((ids) => (on ? [...ids, findingId] : ids.filter((each) => each !== findingId)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkRecommendation({ findingIds, text, to, madeOn }, prefix);
    if (!checked.ok) return setErrors(checked.errors);
    const outcome = recommendation ? await editRecommendation({ id: recommendation.id, ...checked.value }) : await addRecommendation(checked.value);
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    show({ name: 'list' }, `${recommendation ? 'Saved' : 'Added'} ${recommendationName(outcome.value)}.`);
  }

  return (
    <ScreenFrame title={title} heading={recommendation ? `Edit ${recommendationName(recommendation)}` : 'Add a recommendation'}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        <ChoiceGroup id={`${prefix}-findings`} legend="Findings it answers" error={errorFor(errors, `${prefix}-findings`)}>
          {findings.map((finding, index) => (
            <div className="checkbox" key={finding.id}>
              <input
                id={index === 0 ? `${prefix}-findings` : `${prefix}-finding-${finding.id}`}
                type="checkbox"
                checked={findingIds.includes(finding.id)}
                onChange={(event) => toggle(finding.id, event.target.checked)}
              />
              <label htmlFor={index === 0 ? `${prefix}-findings` : `${prefix}-finding-${finding.id}`}>
                {findingName(finding)}: {finding.statement}
              </label>
            </div>
          ))}
        </ChoiceGroup>
        <TextArea id={`${prefix}-text`} label="Recommendation" value={text} onChange={setText} error={errorFor(errors, `${prefix}-text`)} rows={3} />
        <TextArea id={`${prefix}-to`} label="Addressed to (optional)" hint="One agency per line. Leave it empty when the recommendation is for the partnership as a whole." value={to} onChange={setTo} rows={3} />
        <DateInput id={`${prefix}-made-on`} label="Made on (optional)" hint="Day first, for example 23/12/2026. Today when left empty." value={madeOn} onChange={setMadeOn} error={errorFor(errors, `${prefix}-made-on`)} />
        <FormActions submitLabel={recommendation ? 'Save the recommendation' : 'Add the recommendation'} disabled={busy} onCancel={() => show({ name: 'list' })} />
      </form>
    </ScreenFrame>
  );
}
