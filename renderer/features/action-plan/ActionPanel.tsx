import { useEffect, useRef } from 'react';
import type { ActionDetail } from '../../../shared/findings/model';
import { useFindings } from '../findings/store';
import { useShell } from '../shell/store';
import { rowButtonId } from './RegisterTable';
import { selectDetail, selectDetailId, usePlan } from './store';
import { dayText, findingText, overdueText, ragText, statusText } from './words';

/** The action chosen in the register, read-only: its recommendation, findings, progress and history, and where to go to change it. */
export function ActionPanel() {
  const detailId = usePlan(selectDetailId);
  const detail = usePlan(selectDetail);
  if (!detail || detail.id !== detailId) {
    return (
      <aside className="ap-panel" aria-label="The chosen action">
        <p role="status">Loading the action…</p>
      </aside>
    );
  }
  return <LoadedAction key={detail.id} detail={detail} />;
}

function LoadedAction({ detail }: { detail: ActionDetail }) {
  const closeAction = usePlan((state) => state.closeAction);
  // Overdue days as the register counts them (to the day chosen there); the core's detail counts to today.
  const row = usePlan((state) => state.register?.rows.find((each) => each.id === detail.id));
  const daysOverdue = row ? row.daysOverdue : detail.daysOverdue;

  function close() {
    closeAction();
    document.getElementById(rowButtonId(detail.id))?.focus();
  }

  const heading = useRef<HTMLHeadingElement>(null);

  // A new action chosen: its heading takes focus, so the panel is read from the top.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <aside className="ap-panel" aria-labelledby="ap-panel-heading">
      <h2 id="ap-panel-heading" ref={heading} tabIndex={-1}>
        {detail.text}
      </h2>
      <ChangeWhere detail={detail} />
      <dl className="summary-list ap-summary">
        <dt>From</dt>
        <dd>{detail.sourceLabel}</dd>
        <dt>Lead agency</dt>
        <dd>{detail.agency}</dd>
        <dt>Lead officer</dt>
        <dd>{detail.leadRole}</dd>
        <dt>Target date</dt>
        <dd>{dayText(detail.due)}</dd>
        <dt>Success measure</dt>
        <dd>{detail.measure ?? 'Not given'}</dd>
        <dt>Status</dt>
        <dd>
          {statusText(detail.status, null)}
          {detail.statusOn ? `, reported ${dayText(detail.statusOn)}` : ''}
        </dd>
        <dt>RAG rating</dt>
        <dd>{ragText(detail.rag)}</dd>
        <dt>Overdue</dt>
        <dd>{overdueText(daysOverdue)}</dd>
        {detail.completedOn ? (
          <>
            <dt>Completed</dt>
            <dd>{dayText(detail.completedOn)}</dd>
          </>
        ) : null}
        {detail.reason ? (
          <>
            <dt>Why not implemented</dt>
            <dd className="preserve-lines">{detail.reason}</dd>
          </>
        ) : null}
        <dt>Evidence of impact</dt>
        <dd className="preserve-lines">{detail.impact ? `${detail.impact}${detail.impactOn ? ` (${dayText(detail.impactOn)})` : ''}` : detail.impactReviewDue ? 'Review impact: complete for 12 months with no evidence of impact recorded' : 'None recorded'}</dd>
      </dl>
      <h3>Recommendation</h3>
      <p className="preserve-lines">{detail.recommendation}</p>
      <h3>Findings it answers</h3>
      <ul className="plain-list">
        {detail.findings.map((finding, index) => (
          <li key={finding.findingId ?? `removed-${index}`}>{findingText(finding)}</li>
        ))}
      </ul>
      <h3>Progress</h3>
      {detail.progress.length === 0 ? (
        <p>No progress reported yet.</p>
      ) : (
        <ol className="plain-list ap-timeline">
          {detail.progress.map((update) => (
            <li key={update.id}>
              <span className="ap-when">{dayText(update.on)}</span> {statusText(update.status, update.rag)}
              {update.note ? `: ${update.note}` : ''}
              {update.reason ? ` Reason: ${update.reason}` : ''}
            </li>
          ))}
        </ol>
      )}
      {detail.files.length > 0 ? (
        <>
          <h3>Evidence files</h3>
          <ul className="plain-list">
            {detail.files.map((file) => (
              <li key={file.id}>
                {file.purpose === 'completion' ? 'Evidence of completion' : 'Evidence of impact'}: {file.fileName}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>History</h3>
      <ol className="plain-list ap-timeline">
        {detail.history.map((event, index) => (
          <li key={`${event.at}-${index}`}>
            <span className="ap-when">{dayText(event.on)}</span> {event.words}
          </li>
        ))}
      </ol>
      <button type="button" className="button button-secondary" onClick={close}>
        Close the action
      </button>
    </aside>
  );
}

/** The register only shows: changes are made where the action belongs. */
function ChangeWhere({ detail }: { detail: ActionDetail }) {
  const showArea = useShell((state) => state.show);
  const show = usePlan((state) => state.show);
  const chooseReview = useFindings((state) => state.chooseReview);
  const { source } = detail;

  // The Findings area shows the review it has chosen: this one, from now on.
  function openReview(reviewId: string) {
    chooseReview(reviewId);
    showArea('findings');
  }
  if (source.kind === 'activity') {
    return (
      <div className="inset-text">
        <p>The register only shows this action. To change it or report progress, open {detail.sourceLabel} in Activities.</p>
        <button type="button" className="button button-secondary" onClick={() => show({ name: 'activity', id: source.activityId })}>
          Open the activity<span className="visually-hidden"> {detail.sourceLabel}</span>
        </button>
      </div>
    );
  }
  return (
    <div className="inset-text">
      <p>The register only shows this action. To change it or report progress, go to the Findings area of {detail.sourceLabel}.</p>
      <button type="button" className="button button-secondary" onClick={() => openReview(source.reviewId)}>
        Go to the Findings area<span className="visually-hidden"> of {detail.sourceLabel}</span>
      </button>
    </div>
  );
}
