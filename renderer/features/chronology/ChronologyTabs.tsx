import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { assertNever } from '../../../shared/errors';
import { RejectedRows } from '../chronology-import/RejectedRows';
import { Submissions } from '../chronology-import/Submissions';
import { CompositeView } from './CompositeView';
import { DuplicatesView } from './DuplicatesView';
import { EpisodesView } from './EpisodesView';
import { chronologyTabs, selectAnonymised, selectTab, useChronology, type ChronologyTab } from './store';
import { TimelineView } from './TimelineView';

export const tabLabels: Record<ChronologyTab, string> = {
  composite: 'Composite',
  duplicates: 'Likely duplicates',
  episodes: 'Key practice episodes',
  timeline: 'Timeline',
  submissions: 'Submissions',
  rejected: 'Rejected rows',
};

export const tabId = (tab: ChronologyTab) => `chronology-tab-${tab}`;
const panelId = (tab: ChronologyTab) => `chronology-panel-${tab}`;

/** The WAI-ARIA tabs pattern: one tab stop, arrows (and Home, End) move and show. */
export function ChronologyTabs({ reviewId }: { reviewId: string }) {
  const tab = useChronology(selectTab);
  const setTab = useChronology((state) => state.setTab);
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const index = chronologyTabs.indexOf(tab);
    const last = chronologyTabs.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = chronologyTabs[next]!;
    setTab(target);
    list.current?.querySelector<HTMLElement>(`#${tabId(target)}`)?.focus();
  }

  return (
    <>
      <div ref={list} role="tablist" aria-label="Chronology views" className="chron-tabs" onKeyDown={onKeyDown}>
        {chronologyTabs.map((candidate) => (
          <button
            key={candidate}
            id={tabId(candidate)}
            type="button"
            role="tab"
            className="chron-tab"
            aria-selected={candidate === tab}
            aria-controls={panelId(candidate)}
            tabIndex={candidate === tab ? 0 : -1}
            onClick={() => setTab(candidate)}
          >
            {tabLabels[candidate]}
          </button>
        ))}
      </div>
      <div id={panelId(tab)} role="tabpanel" aria-labelledby={tabId(tab)} className="chron-panel">
        <TabContent tab={tab} reviewId={reviewId} />
      </div>
    </>
  );
}

function TabContent({ tab, reviewId }: { tab: ChronologyTab; reviewId: string }): ReactNode {
  const anonymised = useChronology(selectAnonymised);
  const reloadList = useChronology((state) => state.reloadList);
  const openImport = useChronology((state) => state.openImport);
  switch (tab) {
    case 'composite':
      return <CompositeView />;
    case 'duplicates':
      return <DuplicatesView />;
    case 'episodes':
      return <EpisodesView />;
    case 'timeline':
      return <TimelineView />;
    case 'submissions':
      return (
        <>
          <h2>Submissions</h2>
          <p>Each agency file imported into this review, kept (encrypted) exactly as the agency sent it.</p>
          {anonymised ? <AsSent why="File names are listed as each agency gave them, real names and all, so the list is not shown in the anonymised view." /> : <Submissions reviewId={reviewId} onReplace={openImport} />}
        </>
      );
    case 'rejected':
      return anonymised ? <AsSent why="Rejected rows are shown as the agency sent them, real names and all, so they are not shown in the anonymised view." /> : <RejectedRows reviewId={reviewId} onFixed={reloadList} />;
    default:
      return assertNever(tab);
  }
}

/** The agencies' files and rows are shown as sent, real names and all: not in the anonymised view. */
function AsSent({ why }: { why: string }) {
  const setAnonymised = useChronology((state) => state.setAnonymised);
  return (
    <div className="inset-text">
      <p>{why}</p>
      <button type="button" className="button button-secondary" onClick={() => void setAnonymised(false)}>
        Show real names
      </button>
    </div>
  );
}
