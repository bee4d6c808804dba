import { useEffect, useState } from 'react';
import type { ChronologyEntry, DuplicatePair } from '../../../shared/chronology/views';
import { notifyError } from '../../lib/notify';
import { dateInWords, shortDay, similarityInWords } from './entry-words';
import { selectAnonymised, selectDuplicates, selectDuplicatesCancelled, selectReviewId, useChronology } from './store';

const decisionWords = { same: 'Same event — both entries kept and linked.', dismissed: 'Not the same event.' } as const;

/** Pairs of entries from different agencies that may record one event, side by side to decide. */
export function DuplicatesView() {
  const duplicates = useChronology(selectDuplicates);
  const cancelled = useChronology(selectDuplicatesCancelled);
  const reviewId = useChronology(selectReviewId);
  const anonymised = useChronology(selectAnonymised);
  const loadDuplicates = useChronology((state) => state.loadDuplicates);
  const decide = useChronology((state) => state.decideDuplicate);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void loadDuplicates();
  }, [loadDuplicates, reviewId, anonymised]);

  async function choose(pair: DuplicatePair, decision: DuplicatePair['decision'], headingId: string) {
    const outcome = await decide(pair, decision);
    if (!outcome.ok) return notifyError(outcome.error);
    setMessage(decision === null ? 'Decision undone.' : decision === 'same' ? 'Marked as the same event: the two entries are linked.' : 'Marked as not the same event.');
    // The buttons pressed are gone: land on the pair, whose decision now shows.
    document.getElementById(headingId)?.focus();
  }

  return (
    <>
      <h2>Likely duplicates</h2>
      <p>
        Entries from different agencies on the same day (or overlapping dates) whose text is similar. Mark a pair as the same event — both entries are kept and linked —
        or as not the same.
      </p>
      <p role="status" className="confirmation-text">
        {message}
      </p>
      {duplicates === null && cancelled !== null ? (
        <div>
          <p role="status">{cancelled}</p>
          <button type="button" className="button button-secondary" onClick={() => void loadDuplicates()}>
            Look for likely duplicates again
          </button>
        </div>
      ) : duplicates === null ? (
        <p role="status">Looking for likely duplicates…</p>
      ) : duplicates.length === 0 ? (
        <p>No likely duplicates found.</p>
      ) : (
        <ol className="chron-pairs">
          {duplicates.map((pair, index) => {
            const headingId = `pair-${pair.a.id}-${pair.b.id}`;
            return (
              <li key={headingId}>
                <section aria-labelledby={headingId} className="chron-pair">
                  <h3 id={headingId} tabIndex={-1}>
                    Pair {index + 1} of {duplicates.length}: {pair.a.agency} and {pair.b.agency}, {shortDay(pair.a.date.start)} — {similarityInWords(pair.score)}
                  </h3>
                  <div className="chron-pair-sides">
                    <PairSide entry={pair.a} />
                    <PairSide entry={pair.b} />
                  </div>
                  {pair.decision === null ? (
                    <div className="button-group">
                      <button type="button" className="button button-small" aria-describedby={headingId} onClick={() => void choose(pair, 'same', headingId)}>
                        Same event
                      </button>
                      <button type="button" className="button button-secondary button-small" aria-describedby={headingId} onClick={() => void choose(pair, 'dismissed', headingId)}>
                        Not the same
                      </button>
                    </div>
                  ) : (
                    <div className="chron-inline">
                      <p className="chron-decision">
                        <strong>Decision:</strong> {decisionWords[pair.decision]}
                      </p>
                      <button type="button" className="button button-secondary button-small" aria-describedby={headingId} onClick={() => void choose(pair, null, headingId)}>
                        Undo
                      </button>
                    </div>
                  )}
                </section>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}

function PairSide({ entry }: { entry: ChronologyEntry }) {
  return (
    <dl className="summary-list chron-pair-side">
      <dt>Agency</dt>
      <dd>{entry.agency}</dd>
      <dt>Date</dt>
      <dd>
        {dateInWords(entry.date)}
        <span className="chron-as-written">as written: {entry.date.text}</span>
      </dd>
      <dt>Event</dt>
      <dd className="chron-pre">{entry.event ?? entry.eventType ?? 'Not given'}</dd>
      {entry.action ? (
        <>
          <dt>Action taken</dt>
          <dd className="chron-pre">{entry.action}</dd>
        </>
      ) : null}
    </dl>
  );
}
