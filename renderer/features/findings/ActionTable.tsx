import type { Action } from '../../../shared/findings/model';
import { useFindings } from './store';
import { dayText, overdueText, statusText } from './words';

/** A recommendation's actions: each opens its detail; status and RAG always in words. */
export function ActionTable({ actions, caption }: { actions: readonly Action[]; caption: string }) {
  const show = useFindings((state) => state.show);
  if (actions.length === 0) return <p>No actions yet.</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">What will be done</th>
            <th scope="col">Lead agency</th>
            <th scope="col">Target date</th>
            <th scope="col">Status</th>
            <th scope="col">Overdue</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => show({ name: 'action', id: action.id })}>
                  {action.text}
                </button>
              </th>
              <td>{action.agency}</td>
              <td>{dayText(action.due)}</td>
              <td>
                <span className={action.rag ? `fd-rag fd-rag-${action.rag}` : undefined}>{statusText(action)}</span>
              </td>
              <td>{overdueText(action.daysOverdue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
