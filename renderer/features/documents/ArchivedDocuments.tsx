import { useEffect, useRef } from 'react';
import type { DocumentSummary } from '../../../shared/documents/types';
import { formatDateTime } from '../../lib/format';
import { selectArchived, selectConfirming, useArchive } from './archive-store';
import { versionsInWords } from './words';

/**
 * The review's archived documents: out of the list, kept, and restorable. Deleting for good is
 * offered only here, and asks first.
 */
export function ArchivedDocuments({ reviewId }: { reviewId: string }) {
  const archived = useArchive(selectArchived);
  const confirming = useArchive(selectConfirming);
  const load = useArchive((state) => state.load);
  const unarchive = useArchive((state) => state.unarchive);
  const askToDelete = useArchive((state) => state.askToDelete);
  const clearNotice = useArchive((state) => state.clearNotice);

  useEffect(() => {
    void load(reviewId);
  }, [load, reviewId]);
  // What was done is news only while the user is here: coming back, the list says it.
  useEffect(() => clearNotice, [clearNotice]);

  if (!archived || archived.length === 0) return null;
  const toDelete = archived.find((document) => document.id === confirming) ?? null;
  return (
    <section aria-labelledby="archived-heading" className="doc-archived">
      <h2 id="archived-heading">Archived documents</h2>
      <p>Archived documents are kept, with their versions, but are not in the list above. Restore one to work on it again.</p>
      <table className="table table-wide doc-list">
        <caption className="visually-hidden">Archived documents in this review</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Versions</th>
            <th scope="col">Archived</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {archived.map((document) => (
            <tr key={document.id}>
              <th scope="row">{document.title}</th>
              <td>{versionsInWords(document.versionCount)}</td>
              <td>{document.archived ? `${formatDateTime(document.archived.at)} by ${document.archived.by}` : ''}</td>
              <td className="doc-actions">
                <button type="button" className="button button-secondary button-small" onClick={() => void unarchive(document)}>
                  Restore<span className="visually-hidden"> {document.title}</span>
                </button>
                <button type="button" className="button button-warning button-small" onClick={() => askToDelete(document.id)}>
                  Delete for good<span className="visually-hidden"> {document.title}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {toDelete ? <ConfirmDelete document={toDelete} /> : null}
    </section>
  );
}

/** Asks before anything is deleted; the question takes focus so a screen reader reads it. */
function ConfirmDelete({ document }: { document: DocumentSummary }) {
  const question = useRef<HTMLHeadingElement>(null);
  const remove = useArchive((state) => state.remove);
  const askToDelete = useArchive((state) => state.askToDelete);

  useEffect(() => question.current?.focus(), [document.id]);

  return (
    <div role="group" aria-labelledby="delete-question" className="warning-panel doc-confirm">
      <h3 id="delete-question" ref={question} tabIndex={-1} className="heading-small">
        Delete “{document.title}” for good?
      </h3>
      <p>
        Its text and {savedVersions(document.versionCount)} are removed from the workspace. This cannot be undone. The audit log records that a document was deleted, but not its title.
      </p>
      <div className="doc-actions">
        <button type="button" className="button button-warning" onClick={() => void remove(document)}>
          Yes, delete it for good
        </button>
        <button type="button" className="button button-secondary" onClick={() => askToDelete(null)}>
          No, keep it
        </button>
      </div>
    </div>
  );
}

const savedVersions = (n: number) => (n === 0 ? 'its history' : n === 1 ? 'its saved version' : `its ${n.toLocaleString('en-GB')} saved versions`);

/** What the last archive, restore or delete did; it takes focus, as the row the user acted on is gone. */
export function ArchiveNotice() {
  const notice = useArchive((state) => state.notice);
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) line.current?.focus();
  }, [notice]);
  if (!notice) return null;
  return (
    <p ref={line} role="status" tabIndex={-1} className="panel-confirmation doc-notice">
      {notice}
    </p>
  );
}
