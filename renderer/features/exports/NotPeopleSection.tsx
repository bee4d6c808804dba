import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../lib/format';
import { notifyError } from '../../lib/notify';
import { selectNotPeople, useExports } from './store';
import './exports.css';

/**
 * Settings: the words marked "not a person" in this workspace, which the names check before an
 * anonymised export skips. A wrong mark is taken off here, and the check finds the name again.
 */
export function NotPeopleSection() {
  const notPeople = useExports(selectNotPeople);
  const load = useExports((state) => state.loadNotPeople);
  const unmark = useExports((state) => state.unmarkNotPerson);
  const [removed, setRemoved] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void load();
  }, [load]);

  async function remove(key: string, name: string) {
    setRemoved(null);
    const outcome = await unmark(key);
    if (!outcome.ok) return notifyError(outcome.error);
    setRemoved(name);
    // The row and its button are gone: keep the keyboard user in this section.
    heading.current?.focus();
  }

  return (
    <section aria-labelledby="not-people-heading" className="section">
      <h2 id="not-people-heading" ref={heading} tabIndex={-1}>
        Names marked not a person
      </h2>
      <p>
        Before an anonymised export, the app looks for names the review’s people register does not know. Words marked “Not a person” there (a place, a
        team, a service) are skipped in every review of this workspace. Take a word off this list if it was marked by mistake.
      </p>
      {notPeople === null ? (
        <p role="status">Loading…</p>
      ) : notPeople.length === 0 ? (
        <p>No words are marked not a person.</p>
      ) : (
        <table className="table not-people-table">
          <caption className="visually-hidden">Words marked not a person</caption>
          <thead>
            <tr>
              <th scope="col">Word</th>
              <th scope="col">Marked</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {notPeople.map((entry) => (
              <tr key={entry.key}>
                <th scope="row">{entry.name}</th>
                <td>{formatDateTime(entry.markedAt)}</td>
                <td>
                  <button type="button" className="link-button" aria-label={`Take off the list: ${entry.name}`} onClick={() => void remove(entry.key, entry.name)}>
                    Take off the list
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status" className="confirmation-text">
        {removed ? `${removed} is no longer marked: the check before an anonymised export will find it again.` : ''}
      </p>
    </section>
  );
}
