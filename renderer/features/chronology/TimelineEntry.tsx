import { Fragment } from 'react';
import type { ChronologyEntry } from '../../../shared/chronology/views';
import { sourceInWords } from './change-words';
import { dateInWords, entryLabel } from './entry-words';
import { useChronology } from './store';

interface TimelineEntryProps {
  id: string;
  entry: ChronologyEntry;
  /** Entries drawn at the same place as the one clicked, to choose between. */
  near: readonly ChronologyEntry[];
  onShow: (id: string) => void;
  onClose: () => void;
}

/**
 * The entry a timeline mark opened, beside the chart: what the reviewer needs to place it
 * (date, agency, event, action, source). The composite has the rest — analysis, changes,
 * episodes — one click away, so this stays a reading panel, not a second place to edit.
 */
export function TimelineEntry({ id, entry, near, onShow, onClose }: TimelineEntryProps) {
  const openEntry = useChronology((state) => state.openEntry);
  const setTab = useChronology((state) => state.setTab);
  const fields: Array<[string, string | undefined]> = [
    ['Event type', entry.eventType],
    ['Event', entry.event],
    ['Action taken', entry.action],
    ['Outcome', entry.outcome],
    ['Source of information', entry.source],
  ];

  function showInComposite() {
    openEntry(entry.id);
    setTab('composite');
  }

  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="timeline-entry">
      <h3 id={`${id}-heading`} className="heading-small">
        {dateInWords(entry.date)}, {entry.agency}
      </h3>
      <dl className="summary-list">
        <dt>Date</dt>
        <dd>
          {dateInWords(entry.date)}
          <span className="timeline-entry-written">as written: {entry.date.text}</span>
        </dd>
        <dt>Agency</dt>
        <dd>{entry.agency}</dd>
        {fields.map(([label, value]) =>
          value ? (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd className="timeline-entry-text">{value}</dd>
            </Fragment>
          ) : null,
        )}
        <dt>Where it came from</dt>
        <dd>{sourceInWords(entry.agency, entry.provenance)}</dd>
      </dl>
      {near.length > 0 ? (
        <>
          <h4 className="timeline-entry-near-heading">Also drawn here</h4>
          <ul className="plain-list timeline-entry-near">
            {near.map((other) => (
              <li key={other.id}>
                <button type="button" className="link-button" onClick={() => onShow(other.id)}>
                  {entryLabel(other, 80)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="timeline-entry-actions">
        <button type="button" className="link-button" onClick={showInComposite}>
          Show in the composite
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          Close entry
        </button>
      </div>
    </section>
  );
}
