import { useEffect, useRef } from 'react';
import type { ChronologyEntry } from '../../../shared/chronology/views';
import { AnalysisForm } from './AnalysisForm';
import { sourceInWords } from './change-words';
import { EntryChanges } from './EntryChanges';
import { dateAsWritten, dateInWords, dayRangeInWords, entryLabel, flagExplained } from './entry-words';
import { EntryEpisodes } from './EntryEpisodes';
import { selectAnonymised, selectList, useChronology } from './store';

interface EntryDetailProps {
  entry: ChronologyEntry;
  /** Changes when the entry was opened from the keyboard: the panel's heading takes focus. */
  focusToken: number;
  onClose: () => void;
}

/** Everything about one entry: its fields, other columns, where it came from, links, episodes and changes made by hand. */
export function EntryDetail({ entry, focusToken, onClose }: EntryDetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const anonymised = useChronology(selectAnonymised);

  useEffect(() => {
    if (focusToken > 0) heading.current?.focus();
  }, [focusToken]);

  const fields: Array<[string, string | undefined]> = [
    ['Event type', entry.eventType],
    ['Event', entry.event],
    ['Action taken', entry.action],
    ['Outcome', entry.outcome],
    ['Author role', entry.authorRole],
    ['Source of information', entry.source],
  ];
  const extra = Object.entries(entry.extra);

  return (
    <section aria-labelledby="entry-detail-heading" className="chron-detail">
      <div className="chron-detail-top">
        <h2 id="entry-detail-heading" ref={heading} tabIndex={-1} className="heading-small">
          Entry: {entry.agency}, {dateInWords(entry.date)}
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          Close entry
        </button>
      </div>
      <dl className="summary-list chron-detail-list">
        <dt>Date</dt>
        <dd>
          {dateAsWritten(entry.date)}
          <span className="chron-read-as">Read as {dayRangeInWords(entry.date)}</span>
        </dd>
        <dt>Time</dt>
        <dd>{entry.date.time ?? 'Not given'}</dd>
        <dt>Agency</dt>
        <dd>{entry.agency}</dd>
        {fields.map(([label, value]) =>
          value ? (
            <FieldRow key={label} label={label}>
              {value}
            </FieldRow>
          ) : null,
        )}
        <dt>Significance</dt>
        <dd>{entry.significance ?? 'Not set'}</dd>
        <dt>Flags</dt>
        <dd>
          {entry.flags.length === 0 ? (
            'None'
          ) : (
            <ul className="plain-list">
              {entry.flags.map((flag) => (
                <li key={flag}>{flagExplained(flag)}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Provenance</dt>
        <dd>{sourceInWords(entry.agency, entry.provenance)}</dd>
      </dl>

      <h3>Other columns</h3>
      {extra.length === 0 ? (
        <p>{entry.provenance.submissionId === null ? 'None: the entry was written by hand.' : 'None: every column of the row was mapped to a field.'}</p>
      ) : (
        <dl className="summary-list chron-detail-list">
          {extra.map(([header, value]) => (
            <FieldRow key={header} label={header}>
              {value}
            </FieldRow>
          ))}
        </dl>
      )}

      <LinkedEntries entry={entry} />
      <EntryEpisodes entry={entry} />
      {/* Keyed by view: an anonymised copy must never be saved over the real text. */}
      <AnalysisForm key={`${entry.id}:${String(anonymised)}`} entry={entry} anonymised={anonymised} />
      <EntryChanges key={entry.id} entry={entry} anonymised={anonymised} />
    </section>
  );
}

function FieldRow({ label, children }: { label: string; children: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="chron-pre">{children}</dd>
    </>
  );
}

/** Entries marked as the same event as this one in Likely duplicates. */
function LinkedEntries({ entry }: { entry: ChronologyEntry }) {
  const list = useChronology(selectList);
  const openEntry = useChronology((state) => state.openEntry);
  const linked = entry.linkedIds.map((id) => ({ id, entry: list?.entries.find((candidate) => candidate.id === id) ?? null }));
  return (
    <>
      <h3>Linked duplicates</h3>
      {linked.length === 0 ? (
        <p>None. Likely duplicates lists entries that may record the same event.</p>
      ) : (
        <ul className="plain-list" aria-label="Linked duplicates">
          {linked.map(({ id, entry: other }) => (
            <li key={id}>
              Same event as{' '}
              {other ? (
                <button type="button" className="link-button" onClick={() => openEntry(id)}>
                  {entryLabel(other, 60)}
                </button>
              ) : (
                'an entry the filters hide'
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
