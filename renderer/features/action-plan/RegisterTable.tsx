import type { Register } from '../../../shared/findings/model';
import { filterText } from './register-filter';
import { selectDetailId, selectFilter, usePlan } from './store';
import { dayText, overdueText, statusText } from './words';

/** The row's button, for focus to return to when its action closes. */
export const rowButtonId = (id: string) => `ap-row-${id}`;

/** The register's rows in the core's order (overdue first, most days first, then by target date); an action opens beside it. */
export function RegisterTable({ register }: { register: Register }) {
  const filter = usePlan(selectFilter);
  const detailId = usePlan(selectDetailId);
  const openAction = usePlan((state) => state.openAction);
  const caption = filterText(filter, register);
  if (register.rows.length === 0) {
    return (
      <div>
        <h2>Actions</h2>
        <p>{caption}</p>
        <p>{register.counts.total === 0 && Object.keys(filter).length === 0 ? 'No actions yet. Actions are added to a recommendation in a review’s Findings area, or in an activity here.' : 'No actions match these filters.'}</p>
      </div>
    );
  }
  // The caption sits above the scrolling box, so a narrow window never cuts it off.
  return (
    <>
      <h2 id="ap-register-caption">Actions</h2>
      <p id="ap-register-filter">{caption}</p>
      <div className="ap-scroll" role="region" aria-labelledby="ap-register-caption" tabIndex={0}>
      <table className="table table-wide" aria-labelledby="ap-register-caption" aria-describedby="ap-register-filter">
        <thead>
          <tr>
            <th scope="col">Review or activity</th>
            <th scope="col">Recommendation</th>
            <th scope="col">Action</th>
            <th scope="col">Lead agency</th>
            <th scope="col">Lead officer</th>
            <th scope="col">Target date</th>
            <th scope="col">Status</th>
            <th scope="col">Overdue</th>
          </tr>
        </thead>
        <tbody>
          {register.rows.map((row) => (
            <tr key={row.id} className={row.id === detailId ? 'ap-row-open' : undefined}>
              <td>{row.sourceLabel}</td>
              <td>
                <span className="ap-number">Recommendation {row.recommendationNumber}:</span> {row.recommendation}
              </td>
              <th scope="row">
                <button id={rowButtonId(row.id)} type="button" className="link-button ap-row-button" aria-expanded={row.id === detailId} onClick={() => void openAction(row.id)}>
                  {row.text}
                  <span className="visually-hidden"> (show its progress and history)</span>
                </button>
              </th>
              <td>{row.agency}</td>
              <td>{row.leadRole}</td>
              <td className="ap-nowrap">{dayText(row.due)}</td>
              <td>
                {statusText(row.status, row.rag)}
                {row.impactReviewDue ? <span className="tag ap-tag">Review impact</span> : null}
              </td>
              <td>{row.daysOverdue > 0 ? <span className="ap-overdue">{overdueText(row.daysOverdue)}</span> : overdueText(0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </>
  );
}
