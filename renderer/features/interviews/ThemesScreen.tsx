import { useState } from 'react';
import { BackLink } from '../../components/BackLink';
import { AreaHeading } from './AreaHeading';
import { CoOccurrenceTable } from './CoOccurrenceTable';
import { InterviewExports } from './InterviewExports';
import { selectThemes, useInterviews } from './store';
import { ThemeForm } from './ThemeForm';
import { ThemeTree } from './ThemeTree';
import { UncodedList } from './UncodedList';

/** The review's themes: the tree with its counts, how themes occur together, what is uncoded, and the exports. */
export function ThemesScreen({ reviewTitle }: { reviewTitle: string }) {
  const show = useInterviews((state) => state.show);
  const themes = useInterviews(selectThemes);
  const [notice, setNotice] = useState('');
  return (
    <section aria-labelledby="area-heading" className="iv-area">
      <BackLink onClick={() => show({ name: 'list' })}>All conversations</BackLink>
      <AreaHeading caption={reviewTitle}>Themes</AreaHeading>
      <p className="lead">Themes are applied to excerpts of the notes. A sub-theme sits under its parent; counts are of excerpts coded to the theme itself.</p>
      <p role="status" className="confirmation-text">
        {notice}
      </p>
      {themes === null ? <p role="status">Loading themes…</p> : <ThemeTree themes={themes} onNotice={setNotice} />}
      <ThemeForm key={themes?.length ?? 0} heading="Add a theme" parentId={null} onDone={(message) => setNotice(message)} />
      <CoOccurrenceTable />
      <UncodedList />
      <InterviewExports />
    </section>
  );
}
