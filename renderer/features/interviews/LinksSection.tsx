import { useEffect, useState, type FormEvent } from 'react';
import { dateInWords } from '../../../shared/chronology/date-words';
import type { InterviewLink } from '../../../shared/interviews/model';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { selectBusy, useInterviews } from './store';

interface LinksSectionProps {
  from: { kind: 'theme' | 'excerpt'; id: string };
  links: readonly InterviewLink[];
  /** A theme's view has it as a section (h2); an excerpt in a list as a sub-part (h4). */
  level?: 2 | 4;
}

/** A theme's or an excerpt's links to the chronology: key practice episodes and entries, as the evidence behind it. */
export function LinksSection({ from, links, level = 2 }: LinksSectionProps) {
  const choices = useInterviews((state) => state.linkChoices);
  const loadLinkChoices = useInterviews((state) => state.loadLinkChoices);
  const link = useInterviews((state) => state.link);
  const unlink = useInterviews((state) => state.unlink);
  const busy = useInterviews(selectBusy);
  const [target, setTarget] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const prefix = `${from.kind}-${from.id}`;
  const Heading = level === 2 ? 'h2' : 'h4';

  useEffect(() => {
    void loadLinkChoices();
  }, [loadLinkChoices]);

  const options = [
    ...(choices?.episodes ?? []).map((episode) => ({ value: `episode:${episode.id}`, label: `Key practice episode: ${episode.title}` })),
    ...(choices?.entries ?? []).map((entry) => ({ value: `entry:${entry.id}`, label: `${entry.agency}, ${dateInWords(entry.date)}: ${(entry.event ?? '').slice(0, 80)}` })),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const [kind, id] = target.split(/:(.*)/s);
    if ((kind !== 'episode' && kind !== 'entry') || !id) return setErrors([{ fieldId: `${prefix}-link-target`, message: 'Choose an episode or entry to link to.' }]);
    const outcome = await link({ from, target: { kind, id } });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    setTarget('');
  }

  async function remove(id: string) {
    const outcome = await unlink(id);
    setErrors(outcome.ok ? [] : [{ message: outcome.error.message }]);
  }

  return (
    <section aria-labelledby={`${prefix}-links-heading`}>
      <Heading id={`${prefix}-links-heading`}>Linked to the chronology</Heading>
      {links.length === 0 ? (
        <p>Not linked to any entry or key practice episode yet.</p>
      ) : (
        <ul className="iv-plain-list">
          {links.map((each) => (
            <li key={each.id}>
              {each.label}{' '}
              <button type="button" className="link-button" disabled={busy} onClick={() => void remove(each.id)}>
                Remove the link<span className="visually-hidden"> to {each.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <ErrorSummary errors={errors} />
        <SelectInput id={`${prefix}-link-target`} label="Link to" value={target} placeholder={choices === null ? 'Loading the chronology…' : 'Choose an episode or entry'} options={options} onChange={setTarget} />
        <button type="submit" className="button button-secondary" disabled={busy}>
          Add the link
        </button>
      </form>
    </section>
  );
}
