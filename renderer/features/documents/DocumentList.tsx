import { formatDateTime } from '../../lib/format';
import { useArchive } from './archive-store';
import { selectDocuments, useDocuments } from './store';
import { kindLabels, versionsInWords, wordsInWords } from './words';

/** The review's documents, most recently changed first (the core's order); a title opens one, Archive takes it out of the list. */
export function DocumentList() {
  const documents = useDocuments(selectDocuments);
  const openDocument = useDocuments((state) => state.openDocument);
  const archive = useArchive((state) => state.archive);
  if (documents === null) return <p role="status">Loading documents…</p>;
  if (documents.length === 0) return <p>There are no documents in this review yet. Create the first one below.</p>;
  return (
    <table className="table table-wide doc-list">
      <caption className="visually-hidden">Documents in this review</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Kind</th>
          <th scope="col">Words</th>
          <th scope="col">Versions</th>
          <th scope="col">Last changed</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr key={document.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => void openDocument(document.id)}>
                {document.title}
              </button>
            </th>
            <td>{kindLabels[document.kind]}</td>
            <td>{wordsInWords(document.wordCount)}</td>
            <td>{versionsInWords(document.versionCount)}</td>
            <td>{formatDateTime(document.updatedAt)}</td>
            <td>
              <button type="button" className="button button-secondary button-small" onClick={() => void archive(document)}>
                Archive<span className="visually-hidden"> {document.title}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
