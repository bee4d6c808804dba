import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { shownColumns } from './columns';
import { ColumnsPanel } from './ColumnsPanel';
import { CompositeFilters, FiltersToggle } from './CompositeFilters';
import { CompositeTable } from './CompositeTable';
import { EntryDetail } from './EntryDetail';
import { ExportButtons } from './ExportButtons';
import { filtersApplied } from './filter';
import { entryCount } from './entry-words';
import { episodeDates } from './episode-words';
import { SelectionBar } from './SelectionBar';
import { selectAnonymised, selectEpisodes, selectFilter, selectList, selectLoading, selectOpenId, useChronology } from './store';
import { useCompositeColumns } from './use-columns';

/**
 * Every agency's entries in date order, filtered, with the open entry's detail beside them: a
 * working view that fills the window (chronology.css), its tools folded into one line above.
 */
export function CompositeView() {
  const list = useChronology(selectList);
  const loading = useChronology(selectLoading);
  const filter = useChronology(selectFilter);
  const anonymised = useChronology(selectAnonymised);
  const openId = useChronology(selectOpenId);
  const ensureList = useChronology((state) => state.ensureList);
  const openEntry = useChronology((state) => state.openEntry);
  const columnChoice = useCompositeColumns();
  const columns = useMemo(() => shownColumns(columnChoice.choice), [columnChoice.choice]);
  const [columnsShown, setColumnsShown] = useState(false);
  const [focusToken, setFocusToken] = useState(0);
  const open = useMemo(() => (openId ? (list?.entries.find((entry) => entry.id === openId) ?? null) : null), [openId, list]);

  useEffect(() => {
    void ensureList();
  }, [ensureList]);

  function onOpen(id: string, byKeyboard: boolean) {
    openEntry(id);
    if (byKeyboard) setFocusToken((token) => token + 1);
  }

  function close() {
    if (!open) return;
    const id = open.id;
    openEntry(null);
    // Back to the row the entry was opened from (it stays rendered: it is the grid's tab stop).
    document.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(id)}"]`)?.focus();
  }

  function onDetailKey(event: KeyboardEvent) {
    if (event.key === 'Escape' && !event.defaultPrevented) close();
  }

  const hidden = columnChoice.choice.hidden.length;
  return (
    <>
      <h2 id="composite-grid-label" className="visually-hidden">
        Composite chronology
      </h2>
      <EpisodeBanner />
      <div className="chron-toolbar">
        <p role="status" className="chron-count">
          {list ? `Showing ${list.matched.toLocaleString('en-GB')} of ${entryCount(list.total)}` : 'Loading entries…'}
          {list && loading ? ' — updating…' : ''}
        </p>
        <FiltersToggle />
        <button type="button" className="link-button chron-toggle" aria-expanded={columnsShown} aria-controls="chronology-columns" onClick={() => setColumnsShown(!columnsShown)}>
          {columnsShown ? 'Hide columns' : 'Columns'}
          {hidden > 0 ? ` (${hidden} hidden)` : ''}
        </button>
        {list ? <ExportButtons total={list.total} shown={list.matched} filtered={filtersApplied(filter) > 0} /> : null}
      </div>
      <CompositeFilters />
      {columnsShown ? <ColumnsPanel columnChoice={columnChoice} /> : null}
      {list && list.total === 0 ? (
        <p>No entries yet. Use Import agency submission to add each agency’s chronology.</p>
      ) : list && list.entries.length === 0 ? (
        <p>No entries match the filters.</p>
      ) : list ? (
        <>
          <SelectionBar shown={list.entries} />
          <div className={open ? 'chron-composite chron-with-detail' : 'chron-composite'}>
            {/* A new filter or view starts at the top. */}
            <CompositeTable key={JSON.stringify([filter, anonymised])} entries={list.entries} columns={columns} columnChoice={columnChoice} onOpen={onOpen} />
            {open ? (
              <div className="chron-detail-frame" onKeyDown={onDetailKey}>
                <EntryDetail key={open.id} entry={open} focusToken={focusToken} onClose={close} />
              </div>
            ) : null}
          </div>
          <p id="composite-grid-keys" className="hint chron-keys">
            In the grid, the arrow keys move between entries, Enter opens one and Space selects it.
          </p>
        </>
      ) : null}
    </>
  );
}

/** When the composite shows one key practice episode's entries, says which, and how to see all. */
function EpisodeBanner() {
  const filter = useChronology(selectFilter);
  const episodes = useChronology(selectEpisodes);
  const setFilter = useChronology((state) => state.setFilter);
  const episode = filter.episodeId ? episodes?.find((candidate) => candidate.id === filter.episodeId) : undefined;
  if (!episode) return null;
  return (
    <div className="inset-text chron-episode-banner">
      <p>
        <strong>Key practice episode: {episode.title}</strong> ({episodeDates(episode)}).
      </p>
      {episode.summary ? <p className="chron-pre">{episode.summary}</p> : null}
      <button type="button" className="link-button" onClick={() => setFilter({ episodeId: '' })}>
        Show entries from every episode
      </button>
    </div>
  );
}
