import type { AgencyRequest, RequestInReview } from '../../../shared/agency-returns';
import { isOpen, reviewName, statusLabels } from '../../../shared/agency-returns';
import { formatDayShort } from '../reviews/deadline-text';
import { asksText, chasesText, dueText, statusDetail, statusTagClass } from './words';

export const recordButtonId = (request: AgencyRequest) => `request-record-${request.id}`;

interface RequestTableProps {
  caption: string;
  requests: ReadonlyArray<AgencyRequest | RequestInReview>;
  /** Shown across reviews: a Review column. */
  withReview?: boolean;
  onRecord?: (request: AgencyRequest) => void;
  onPack?: (request: AgencyRequest) => void;
  /** Opens the import wizard for the agency's chronology, its agency filled in. */
  onImport?: (request: AgencyRequest) => void;
  /** Across reviews: opens the review's own list of requests. */
  onOpenReview?: (reviewId: string) => void;
  /** The caption repeats a heading just above: read by screen readers, not shown twice. */
  captionHidden?: boolean;
}

/** Agency requests, one row each: what was asked, when it is due, and where it stands. */
export function RequestTable({ caption, requests, withReview = false, onRecord, onPack, onImport, onOpenReview, captionHidden = false }: RequestTableProps) {
  return (
    <div className="table-scroll">
      <table className="table table-wide">
        <caption className={captionHidden ? 'visually-hidden' : 'table-caption'}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Agency</th>
            {withReview && <th scope="col">Review</th>}
            <th scope="col">Asked for</th>
            <th scope="col">Sent</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            {(onRecord || onPack) && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <tr key={request.id}>
              <th scope="row">
                {request.agency}
                {request.contact && <div className="hint">{request.contact}</div>}
              </th>
              {withReview && <td>{'review' in request && <ReviewCell review={request.review} onOpen={onOpenReview} />}</td>}
              <td>{asksText(request)}</td>
              <td>{request.sent ? formatDayShort(request.sent) : 'Not yet'}</td>
              <td>
                {dueText(request)}
                {request.dueRule && <div className="hint">{request.dueEntered ? 'Entered by hand' : request.dueRule.split('. ')[0]}</div>}
              </td>
              <td>
                <strong className={statusTagClass[request.shownStatus]}>{statusLabels[request.shownStatus]}</strong>
                {statusDetail(request) && <div>{statusDetail(request)}</div>}
                {chasesText(request) && <div className="hint">{chasesText(request)}</div>}
              </td>
              {(onRecord || onPack) && (
                <td>
                  {onRecord && (
                    <button id={recordButtonId(request)} type="button" className="link-button" onClick={() => onRecord(request)}>
                      Record<span className="visually-hidden"> a chase or return for {request.agency}</span>
                    </button>
                  )}
                  {onImport && isOpen(request.status) && request.asks.includes('chronology') && (
                    <>
                      {' '}
                      <button type="button" className="link-button" onClick={() => onImport(request)}>
                        Import the return<span className="visually-hidden"> from {request.agency}</span>
                      </button>
                    </>
                  )}
                  {onPack && (
                    <>
                      {' '}
                      <button type="button" className="link-button" onClick={() => onPack(request)}>
                        Request pack<span className="visually-hidden"> for {request.agency}</span>
                      </button>
                    </>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReviewCell({ review, onOpen }: { review: RequestInReview['review']; onOpen?: ((reviewId: string) => void) | undefined }) {
  const title = reviewName(review);
  if (!onOpen) return <>{title}</>;
  return (
    <button type="button" className="link-button" onClick={() => onOpen(review.id)}>
      {title}
    </button>
  );
}
