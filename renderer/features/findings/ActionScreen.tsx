import { ActionFiles } from './ActionFiles';
import { ImpactForm } from './ImpactForm';
import { ProgressForm } from './ProgressForm';
import { ScreenFrame } from './ScreenFrame';
import { selectOpen, useFindings } from './store';
import { answeredText, dayText, historyLine, overdueText, statusText } from './words';

/** One action: where it stands, its progress form, its evidence, its impact and its history. */
export function ActionScreen({ id, title }: { id: string; title: string }) {
  const open = useFindings(selectOpen);
  const show = useFindings((state) => state.show);
  if (open?.id !== id) return <ScreenFrame title={title} heading="Action"><p role="status">Loading the action…</p></ScreenFrame>;

  return (
    <ScreenFrame title={title} heading={open.text}>
      <dl className="fd-facts">
        <dt>Recommendation</dt>
        <dd>{open.recommendation}</dd>
        <dt>Findings it answers</dt>
        <dd>
          <ul className="fd-plain-list">
            {open.findings.map((finding, index) => (
              <li key={finding.findingId ?? `removed-${index}`}>{answeredText(finding)}</li>
            ))}
          </ul>
        </dd>
        <dt>Lead agency</dt>
        <dd>{open.agency}</dd>
        <dt>Lead officer’s role</dt>
        <dd>{open.leadRole}</dd>
        <dt>Target date</dt>
        <dd>{dayText(open.due)}</dd>
        <dt>Success measure</dt>
        <dd>{open.measure ?? 'Not given'}</dd>
        <dt>Status</dt>
        <dd>
          <span className={open.rag ? `fd-rag fd-rag-${open.rag}` : undefined}>{statusText(open)}</span>
          {open.statusOn ? ` as of ${dayText(open.statusOn)}` : ''}
        </dd>
        <dt>Overdue</dt>
        <dd>{overdueText(open.daysOverdue)}</dd>
        {open.completedOn ? (
          <>
            <dt>Completed on</dt>
            <dd>{dayText(open.completedOn)}</dd>
          </>
        ) : null}
        {open.reason ? (
          <>
            <dt>Why it was not implemented</dt>
            <dd>{open.reason}</dd>
          </>
        ) : null}
      </dl>
      <button type="button" className="button button-secondary button-small" onClick={() => show({ name: 'action-form', recommendationId: open.recommendationId, id: open.id })}>
        Edit the action
      </button>
      {open.impactReviewDue ? (
        <div className="warning-panel" role="region" aria-labelledby="fd-impact-due-heading">
          <h2 id="fd-impact-due-heading">Review the impact</h2>
          <p>
            This action was completed on {dayText(open.completedOn)}, a year or more ago, and no evidence of its impact is recorded. Ask the lead agency what difference it made and record it below.
          </p>
        </div>
      ) : null}
      <ProgressForm key={`progress-${open.updatedAt}`} action={open} />
      <ActionFiles action={open} />
      <ImpactForm key={`impact-${open.updatedAt}`} action={open} />
      <section aria-labelledby="fd-history-heading">
        <h2 id="fd-history-heading">History</h2>
        <ol className="fd-timeline">
          {open.history.map((event, index) => (
            <li key={`${event.at}-${index}`}>{historyLine(event)}</li>
          ))}
        </ol>
      </section>
    </ScreenFrame>
  );
}
