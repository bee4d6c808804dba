import { useEffect, useRef, useState } from 'react';
import type { AgencyRequest } from '../../../shared/agency-returns';
import type { ReviewDetail } from '../../../shared/reviews/types';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { useChronology } from '../chronology/store';
import { useReviews } from '../reviews/store';
import { useShell } from '../shell/store';
import { AskAgency } from './AskAgency';
import { RecordReturn } from './RecordReturn';
import { RequestTable, recordButtonId } from './RequestTable';
import { selectRequests, useAgencyReturns } from './store';

/** One review's requests to agencies: ask, chase, record what came back, make the request pack. */
export function RequestsScreen({ review }: { review: ReviewDetail }) {
  const show = useReviews((state) => state.show);
  const requests = useAgencyReturns(selectRequests);
  const load = useAgencyReturns((state) => state.load);
  const makePack = useAgencyReturns((state) => state.pack);
  const [recording, setRecording] = useState<AgencyRequest | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeBox = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void load(review.id);
  }, [load, review.id]);

  function say(message: string | null, focusId?: string) {
    setNotice(message);
    requestAnimationFrame(() => (message ? noticeBox.current : focusId ? document.getElementById(focusId) : null)?.focus());
  }

  function done(request: AgencyRequest, message: string | null) {
    setRecording(null);
    say(message, recordButtonId(request));
  }

  /** To the Chronology area's import wizard, for this review, with the agency filled in. */
  function importReturn(request: AgencyRequest) {
    const chronology = useChronology.getState();
    chronology.chooseReview(request.reviewId);
    chronology.openImport(undefined, request.agency);
    useShell.getState().show('chronology');
  }

  async function pack(request: AgencyRequest) {
    setNotice(null);
    const outcome = await makePack(request.id);
    if (!outcome.ok) return say(outcome.error.message);
    if (outcome.value) say(`Saved the request pack for ${request.agency} in ${outcome.value.folder}: ${outcome.value.files.map((file) => file.path.split(/[\\/]/).pop()).join(' and ')}.`);
  }

  return (
    <section aria-labelledby="requests-heading">
      <BackLink onClick={() => show('overview')}>Back to the review</BackLink>
      <PageHeading id="requests-heading" caption={review.title}>
        Agency requests
      </PageHeading>
      <p className="lead">What each agency was asked for, when it is due, and what came back. Late counts working days after the due date.</p>
      <p ref={noticeBox} role="status" className="confirmation-text" tabIndex={-1}>
        {notice}
      </p>
      {recording ? (
        <RecordReturn request={recording} onDone={(message) => done(recording, message)} />
      ) : (
        <>
          {requests === null ? (
            <p role="status">Loading requests…</p>
          ) : requests.length === 0 ? (
            <p>No agency has been asked yet.</p>
          ) : (
            <RequestTable
              caption="Requests for this review"
              requests={requests}
              onRecord={(request) => {
                setNotice(null);
                setRecording(request);
              }}
              onImport={importReturn}
              onPack={(request) => void pack(request)}
            />
          )}
          <AskAgency review={review} onAdded={(message) => say(message)} />
        </>
      )}
    </section>
  );
}
