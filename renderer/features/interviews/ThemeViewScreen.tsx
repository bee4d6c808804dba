import { useState } from 'react';
import { BackLink } from '../../components/BackLink';
import { SelectInput } from '../../components/SelectInput';
import { AreaHeading } from './AreaHeading';
import { ExcerptFlags } from './ExcerptFlags';
import { LinksSection } from './LinksSection';
import { useInterviews } from './store';
import { excerptsText } from './words';

/** Every excerpt of one theme across the review's conversations, filtered by agency and role, and its links. */
export function ThemeViewScreen({ id, reviewTitle }: { id: string; reviewTitle: string }) {
  const show = useInterviews((state) => state.show);
  const view = useInterviews((state) => state.themeView);
  const loadThemeView = useInterviews((state) => state.loadThemeView);
  const [agency, setAgency] = useState('');
  const [role, setRole] = useState('');
  const current = view?.theme.id === id ? view : null;

  function filter(next: { agency: string; role: string }) {
    setAgency(next.agency);
    setRole(next.role);
    void loadThemeView(id, { ...(next.agency ? { agency: next.agency } : {}), ...(next.role ? { role: next.role } : {}) });
  }

  return (
    <section aria-labelledby="area-heading" className="iv-area">
      <BackLink onClick={() => show({ name: 'themes' })}>All themes</BackLink>
      <AreaHeading caption={reviewTitle}>{current ? `Theme: ${current.theme.name}` : 'Theme'}</AreaHeading>
      {!current ? (
        <p role="status">Loading the theme…</p>
      ) : (
        <>
          {current.theme.description ? <p className="lead">{current.theme.description}</p> : null}
          {current.theme.memo ? <p className="iv-memo">Memo: {current.theme.memo}</p> : null}
          <div className="iv-filters">
            <SelectInput id="theme-agency" label="Agency" value={agency} placeholder="All agencies" options={current.agencies.map((each) => ({ value: each, label: each }))} onChange={(next) => filter({ agency: next, role })} />
            <SelectInput id="theme-role" label="Role" value={role} placeholder="All roles" options={current.roles.map((each) => ({ value: each, label: each }))} onChange={(next) => filter({ agency, role: next })} />
          </div>
          <h2>Excerpts</h2>
          <p role="status">{excerptsText(current.excerpts.length)}{agency || role ? ' matching the filter' : ''}.</p>
          <ol className="iv-excerpt-list" aria-label={`Excerpts coded to ${current.theme.name}`}>
            {current.excerpts.map((excerpt) => (
              <li key={excerpt.id} className="iv-excerpt-item">
                <blockquote className="iv-quote">{excerpt.anchor.exact}</blockquote>
                <ExcerptFlags excerpt={excerpt} />
                <p className="hint">
                  {excerpt.conversation} · {excerpt.roles.join('; ')} · {excerpt.agencies.join('; ')}
                  {excerpt.possibleQuote ? ' · Possible quote' : ''}
                </p>
                {excerpt.memo ? <p className="iv-memo">Memo: {excerpt.memo}</p> : null}
                <button type="button" className="link-button" onClick={() => show({ name: 'conversation', id: excerpt.conversationId })}>
                  Open the conversation<span className="visually-hidden">: {excerpt.conversation}</span>
                </button>
              </li>
            ))}
          </ol>
          <LinksSection from={{ kind: 'theme', id: current.theme.id }} links={current.links} />
        </>
      )}
    </section>
  );
}
