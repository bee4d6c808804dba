import { useState, type FormEvent } from 'react';
import { dayProblem } from '../../../shared/dates/day-input';
import { conversationFormats, conversationKinds, type ConversationFormat, type ConversationKind } from '../../../shared/interviews/model';
import { BackLink } from '../../components/BackLink';
import { DateInput } from '../../components/DateInput';
import { ErrorSummary, errorFor, type FormError } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { TextInput } from '../../components/TextInput';
import { AreaHeading } from './AreaHeading';
import { consentInputOf, type ConsentDraft } from './consent-draft';
import { ParticipantsField } from './ParticipantsField';
import { selectBusy, useInterviews } from './store';
import { formatLabels, kindLabels } from './words';

const dateId = 'plan-date';
const participantsId = 'plan-participants';

/** Plans a conversation: what kind, when and where, who leads it, the guide, and who takes part with their consent. */
export function PlanConversation({ reviewTitle }: { reviewTitle: string }) {
  const show = useInterviews((state) => state.show);
  const plan = useInterviews((state) => state.plan);
  const busy = useInterviews(selectBusy);
  const questionSets = useInterviews((state) => state.questionSets);
  const [kind, setKind] = useState<ConversationKind>('individual');
  const [date, setDate] = useState('');
  const [format, setFormat] = useState<ConversationFormat | ''>('');
  const [place, setPlace] = useState('');
  const [interviewers, setInterviewers] = useState('');
  const [setId, setSetId] = useState('');
  const [chosen, setChosen] = useState<Record<string, ConsentDraft>>({});
  const [errors, setErrors] = useState<FormError[]>([]);

  function problems(): FormError[] {
    const found: FormError[] = [];
    const dateProblem = dayProblem(date, 'The date of the conversation');
    if (dateProblem) found.push({ fieldId: dateId, message: dateProblem });
    if (Object.keys(chosen).length === 0) found.push({ fieldId: participantsId, message: 'Choose at least one participant from the people register.' });
    for (const [personId, consent] of Object.entries(chosen)) {
      const problem = consent.status === 'not-asked' ? null : dayProblem(consent.on, 'The date of the consent');
      if (problem) found.push({ fieldId: `consent-${personId}-on`, message: problem });
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = problems();
    setErrors(found);
    if (found.length > 0) return;
    const outcome = await plan({
      kind,
      date: date || null,
      format: format || null,
      place: place.trim() || null,
      interviewers: interviewers
        .split(',')
        .map((each) => each.trim())
        .filter(Boolean),
      questionSetId: setId || null,
      participants: Object.entries(chosen).map(([personId, consent]) => ({ personId, consent: consentInputOf(consent) })),
    });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    show({ name: 'conversation', id: outcome.value.id });
  }

  return (
    <section aria-labelledby="area-heading" className="iv-area">
      <BackLink onClick={() => show({ name: 'list' })}>All conversations</BackLink>
      <AreaHeading caption={reviewTitle}>Plan a conversation</AreaHeading>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} className="iv-form">
        <ErrorSummary errors={errors} />
        <fieldset className="fieldset">
          <legend className="label">Kind of conversation</legend>
          {conversationKinds.map((each) => (
            <div className="radio" key={each}>
              <input id={`plan-kind-${each}`} type="radio" name="plan-kind" checked={kind === each} onChange={() => setKind(each)} />
              <label htmlFor={`plan-kind-${each}`}>{kindLabels[each]}</label>
            </div>
          ))}
        </fieldset>
        <DateInput id={dateId} label="Date (optional)" value={date} onChange={setDate} error={errorFor(errors, dateId)} />
        <SelectInput
          id="plan-format"
          label="Format"
          value={format}
          placeholder="Not decided yet"
          options={conversationFormats.map((each) => ({ value: each, label: formatLabels[each] }))}
          onChange={setFormat}
        />
        <TextInput id="plan-place" label="Place (optional)" value={place} onChange={setPlace} />
        <TextInput id="plan-interviewers" label="Interviewers (optional)" hint="Their roles or names, separated by commas, for example Lead reviewer, PRG member." value={interviewers} onChange={setInterviewers} />
        <SelectInput
          id="plan-question-set"
          label="Question set"
          hint="The notes start from the set’s stages, with the review’s key practice episodes as prompts where the set asks for them."
          value={setId}
          placeholder={questionSets === null ? 'Loading question sets…' : 'None: notes without a guide'}
          options={(questionSets ?? []).map((entry) => ({ value: entry.set.id, label: entry.set.title }))}
          onChange={setSetId}
        />
        <ParticipantsField id={participantsId} chosen={chosen} onChange={setChosen} errors={errors} />
        <button type="submit" className="button" disabled={busy}>
          Plan the conversation
        </button>
      </form>
    </section>
  );
}
