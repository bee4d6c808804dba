import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { entryCount } from './entry-words';
import { selectEpisodes, selectList, useChronology } from './store';
import { TimelineChart } from './TimelineChart';
import { TimelineEntry } from './TimelineEntry';
import { axisHeight, bandHeight, laneHeight } from './timeline-marks';
import './timeline.css';
import { dayNumber, periodAround, zoomLevels } from './timeline-scale';

/** Beyond this many marks an SVG stops being quick; the filters narrow it down first. */
const maxMarks = 3000;

/** The timeline of the entries the composite's filters select, zoomable from the buttons or + and −. */
export function TimelineView() {
  const list = useChronology(selectList);
  const episodes = useChronology(selectEpisodes);
  const ensureList = useChronology((state) => state.ensureList);
  const setTab = useChronology((state) => state.setTab);
  const scroller = useRef<HTMLDivElement>(null);
  const keepCentre = useRef<number | null>(null);
  const [zoom, setZoom] = useState(0);
  const [fitted, setFitted] = useState(0);
  // Which entry the panel beside the chart shows; looked up afresh when the names switch or filters change the list.
  const [shownId, setShownId] = useState<string | null>(null);
  const [nearIds, setNearIds] = useState<readonly string[]>([]);

  useEffect(() => {
    void ensureList();
  }, [ensureList]);

  // The axis fits the space there is at 1×; the window can be resized.
  useEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const observer = new ResizeObserver(() => setFitted(box.clientWidth));
    observer.observe(box);
    return () => observer.disconnect();
  }, [list]);

  // Zooming keeps the middle of what was in view in the middle.
  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box || keepCentre.current === null) return;
    box.scrollLeft = keepCentre.current * box.scrollWidth - box.clientWidth / 2;
    keepCentre.current = null;
  }, [zoom]);

  const entries = useMemo(() => list?.entries ?? [], [list]);
  const shownEpisodes = useMemo(() => episodes ?? [], [episodes]);
  const shown = useMemo(() => (shownId ? (entries.find((entry) => entry.id === shownId) ?? null) : null), [entries, shownId]);
  const near = useMemo(() => entries.filter((entry) => nearIds.includes(entry.id)), [entries, nearIds]);
  const agencies = useMemo(() => {
    const drawn = new Set(entries.map((entry) => entry.agency));
    return (list?.agencies ?? []).filter((agency) => drawn.has(agency));
  }, [list, entries]);
  const period = useMemo(() => {
    const days: number[] = [];
    for (const entry of entries) for (const day of [dayNumber(entry.date.start), dayNumber(entry.date.end)]) if (day !== null) days.push(day);
    for (const episode of shownEpisodes) for (const day of [dayNumber(episode.start ?? ''), dayNumber(episode.end ?? '')]) if (day !== null) days.push(day);
    return periodAround(days);
  }, [entries, shownEpisodes]);

  function zoomTo(level: number) {
    const next = Math.max(0, Math.min(level, zoomLevels.length - 1));
    const box = scroller.current;
    if (next === zoom || !box) return;
    keepCentre.current = (box.scrollLeft + box.clientWidth / 2) / Math.max(1, box.scrollWidth);
    setZoom(next);
  }

  function onKeyDown(event: KeyboardEvent) {
    if ((event.target as HTMLElement).tagName === 'INPUT') return;
    if (event.key === '+' || event.key === '=') zoomTo(zoom + 1);
    else if (event.key === '-' || event.key === '_') zoomTo(zoom - 1);
    else return;
    event.preventDefault();
  }

  const factor = zoomLevels[zoom] ?? 1;
  const tooMany = entries.length > maxMarks;
  return (
    <>
      <h2>Timeline</h2>
      <p>
        Each agency’s entries in its own lane. A dot is one day; a bar is a date known only to a week, month, term or other range. Hatched bands are key practice episodes.
        The composite table lists the same entries as text:{' '}
        <button type="button" className="link-button" onClick={() => setTab('composite')}>
          open the composite table
        </button>
        .
      </p>
      {list === null ? (
        <p role="status">Loading entries…</p>
      ) : entries.length === 0 || !period ? (
        <p>No entries to draw{list.total > 0 ? ': no entry matches the composite’s filters' : ' yet'}.</p>
      ) : (
        <div role="group" aria-labelledby="timeline-status" className="chron-timeline" onKeyDown={onKeyDown}>
          <div className="chron-inline">
            <button type="button" className="button button-secondary button-small" onClick={() => zoomTo(zoom - 1)} disabled={zoom === 0}>
              Zoom out
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => zoomTo(zoom + 1)} disabled={zoom === zoomLevels.length - 1}>
              Zoom in
            </button>
            <button type="button" className="link-button" onClick={() => zoomTo(0)} disabled={zoom === 0}>
              Fit the whole period
            </button>
            <p id="timeline-status" role="status" className="chron-timeline-status">
              Timeline of {entryCount(entries.length)}
              {list.matched < list.total ? ` (the composite’s filters show ${list.matched.toLocaleString('en-GB')} of ${list.total.toLocaleString('en-GB')})` : ''}, zoom {factor}×
            </p>
          </div>
          <p id="timeline-keys" className="hint">
            Tab to the chart, then the arrow keys move from entry to entry in date order (Home and End: the first and last), and Enter or Space shows the entry below the chart. Press + or − to zoom.
          </p>
          {tooMany ? (
            <p className="warning-text">
              {entryCount(entries.length)} are too many to draw at once. Narrow them with the composite’s filters (dates or agency) to {maxMarks.toLocaleString('en-GB')} or fewer.
            </p>
          ) : (
            <div className="chron-timeline-frame">
              <ul className="chron-lane-labels" style={{ paddingTop: axisHeight + bandHeight }} aria-label="Agency lanes">
                {agencies.map((agency) => (
                  <li key={agency} style={{ height: laneHeight }}>
                    {agency}
                  </li>
                ))}
              </ul>
              {/* Not a tab stop itself: the chart's one tab stop is its current mark. */}
              <div ref={scroller} className="chron-timeline-scroll" role="region" aria-label="Timeline chart" aria-describedby="timeline-keys">
                {fitted > 0 ? (
                  <TimelineChart entries={entries} agencies={agencies} episodes={shownEpisodes} period={period} width={Math.floor(fitted * factor)} shownId={shown?.id ?? null} onOpen={(entry, others) => {
                      setShownId(entry.id);
                      setNearIds(others.map((other) => other.id));
                    }} detailId={shown ? 'timeline-entry' : undefined} />
                ) : null}
              </div>
            </div>
          )}
          {shown ? <TimelineEntry id="timeline-entry" entry={shown} near={near.filter((entry) => entry.id !== shown.id)} onShow={(id) => {
                // The one shown joins the others drawn there, so the reviewer can go back to it.
                setNearIds((others) => [...others.filter((other) => other !== id), shown.id]);
                setShownId(id);
              }} onClose={() => setShownId(null)} /> : null}
        </div>
      )}
    </>
  );
}
