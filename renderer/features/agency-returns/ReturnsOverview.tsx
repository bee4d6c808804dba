import { useEffect, useMemo, useRef, useState } from 'react';
import type { RequestInReview, ReturnsOverview as Overview } from '../../../shared/agency-returns';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { SelectInput } from '../../components/SelectInput';
import { formatDay } from '../reviews/deadline-text';
import { useReviews } from '../reviews/store';
import { RequestTable } from './RequestTable';
import { selectOverview, useAgencyReturns } from './store';

type SortKey = 'late' | 'due' | 'review' | 'agency';

const sortLabels: Record<SortKey, string> = { late: 'Most late first', due: 'Due date, soonest first', review: 'Review', agency: 'Agency' };

const undated = '9999-12-31';
const sorters: Record<SortKey, (a: RequestInReview, b: RequestInReview) => number> = {
  late: (a, b) => b.daysLate - a.daysLate || (a.due ?? undated).localeCompare(b.due ?? undated),
  due: (a, b) => (a.due ?? undated).localeCompare(b.due ?? undated) || a.agency.localeCompare(b.agency),
  review: (a, b) => a.review.title.localeCompare(b.review.title) || a.agency.localeCompare(b.agency),
  agency: (a, b) => a.agency.localeCompare(b.agency) || (a.due ?? undated).localeCompare(b.due ?? undated),
};

/** The three lists the Practice Review Group works from, out of every request. */
export function groups(overview: Overview) {
  const open = overview.requests.filter((request) => request.status === 'requested' || request.status === 'chased');
  return {
    late: open.filter((request) => request.due !== null && request.due < overview.today).sort(sorters.late),
    dueThisWeek: open.filter((request) => request.due !== null && request.due >= overview.today && request.due <= overview.weekEnd).sort(sorters.due),
    receivedToday: overview.requests.filter((request) => request.closedOn === overview.today && (request.status === 'received' || request.status === 'nil-return')),
  };
}

/** Every review's agency requests: what is late, what is due this week, what came in today. */
export function ReturnsOverview() {
  const showList = useReviews((state) => state.showList);
  const openReview = useReviews((state) => state.open);
  const show = useReviews((state) => state.show);
  const overview = useAgencyReturns(selectOverview);
  const load = useAgencyReturns((state) => state.loadOverview);
  const exportOverview = useAgencyReturns((state) => state.exportOverview);
  const [sort, setSort] = useState<SortKey>('late');
  const [notice, setNotice] = useState<string | null>(null);
  const noticeBox = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const lists = useMemo(() => (overview ? groups(overview) : null), [overview]);
  const sorted = useMemo(() => (overview ? [...overview.requests].sort(sorters[sort]) : []), [overview, sort]);

  async function goTo(reviewId: string) {
    await openReview(reviewId);
    show('requests');
  }

  async function saveExcel() {
    const outcome = await exportOverview();
    const message = outcome.ok ? (outcome.value?.summary ?? null) : outcome.error.message;
    setNotice(message);
    if (message) requestAnimationFrame(() => noticeBox.current?.focus());
  }

  return (
    <section aria-labelledby="returns-heading">
      <BackLink onClick={showList}>All reviews</BackLink>
      <PageHeading id="returns-heading">Agency returns across all reviews</PageHeading>
      {overview === null || lists === null ? (
        <p role="status">Loading agency requests…</p>
      ) : (
        <>
          <p className="lead">
            As at {formatDay(overview.today)}: {lists.late.length} late, {lists.dueThisWeek.length} due by {formatDay(overview.weekEnd)}, {lists.receivedToday.length} received today.
          </p>
          <div className="button-group">
            <button type="button" className="button button-secondary" onClick={() => void saveExcel()} disabled={overview.requests.length === 0}>
              Save as an Excel workbook
            </button>
          </div>
          <p ref={noticeBox} role="status" className="confirmation-text" tabIndex={-1}>
            {notice}
          </p>
          <ReturnsList heading="Late" id="returns-late" empty="Nothing is late." requests={lists.late} onOpenReview={(id) => void goTo(id)} />
          <ReturnsList heading="Due this week" id="returns-due" empty="Nothing else is due this week." requests={lists.dueThisWeek} onOpenReview={(id) => void goTo(id)} />
          <ReturnsList heading="Received today" id="returns-received" empty="Nothing has come in today." requests={lists.receivedToday} onOpenReview={(id) => void goTo(id)} />
          <section aria-labelledby="returns-all" className="section">
            <h2 id="returns-all">Every request</h2>
            {overview.requests.length === 0 ? (
              <p>No agency has been asked for anything in this workspace yet.</p>
            ) : (
              <>
                <SelectInput id="returns-sort" label="Sort by" value={sort} options={(Object.keys(sortLabels) as SortKey[]).map((value) => ({ value, label: sortLabels[value] }))} onChange={setSort} />
                <RequestTable caption={`Every request, sorted by ${sortLabels[sort].toLowerCase()}`} requests={sorted} withReview onOpenReview={(id) => void goTo(id)} />
              </>
            )}
          </section>
        </>
      )}
    </section>
  );
}

function ReturnsList({ heading, id, empty, requests, onOpenReview }: { heading: string; id: string; empty: string; requests: RequestInReview[]; onOpenReview: (id: string) => void }) {
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>
        {heading} ({requests.length})
      </h2>
      {requests.length === 0 ? <p>{empty}</p> : <RequestTable caption={heading} captionHidden requests={requests} withReview onOpenReview={onOpenReview} />}
    </section>
  );
}
