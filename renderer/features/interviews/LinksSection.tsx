import { useEffect, useState, type FormEvent } from 'react';
import { dateInWords } from '../../../shared/chronology/date-words';
import type { InterviewLink } from '../../../shared/interviews/model';
import { ErrorSummary, type FormError } from '../../components/ErrorSummary';
import { SelectInput } from '../../components/SelectInput';
import { selectBusy, useInterviews } from './store';

/** A theme's links to the chronology: its key practice episodes and entries, as the evidence behind it. */
export function LinksSection({ themeId, links }: { themeId: string; links: readonly InterviewLink[] }) {
  const choices = useInterviews((state) => state.linkChoices);
  const loadLinkChoices = useInterviews((state) => state.loadLinkChoices);
  const link = useInterviews((state) => state.link);
  const unlink = useInterviews((state) => state.unlink);
  const busy = useInterviews(selectBusy);
  const [target, setTarget] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);

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
    if ((kind !== 'episode' && kind !== 'entry') || !id) return setErrors([{ fieldId: 'link-target', message: 'Choose an episode or entry to link to.' }]);
    const outcome = await link({ from: { kind: 'theme', id: themeId }, target: { kind, id } });
    if (!outcome.ok) return setErrors([{ message: outcome.error.message }]);
    setErrors([]);
    setTarget('');
  }

  async function remove(id: string) {
    const outcome = await unlink(id);
    setErrors(outcome.ok ? [] : [{ message: outcome.error.message }]);
  }

  return (
    <section aria-labelledby="iv-links-heading">
      <h2 id="iv-links-heading">Linked to the chronology</h2>
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
        <SelectInput id="link-target" label="Link to" value={target} placeholder={choices === null ? 'Loading the chronology…' : 'Choose an episode or entry'} options={options} onChange={setTarget} />
        <button type="submit" className="button button-secondary" disabled={busy}>
          Add the link
        </button>
      </form>
    </section>
  );
}
