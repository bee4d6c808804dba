/**
 * Archiving and deleting documents (issue #15). Archiving takes a document out of the review's
 * list and keeps it; only an archived document can be deleted for good, so deleting always takes
 * two deliberate steps. The audit log records each by the document's id, never its title (a
 * title such as "Notes on Kerry's visit" could name a person, and the log outlives the document).
 */
import type { DocumentSummary } from '../../../shared/documents/types';
import { AppError } from '../../../shared/errors';
import { type Kernel, read, requireReview, timestamp, write } from '../kernel';
import { deleteDocumentRow, listArchivedDocuments, setArchived } from './document-repository';
import { requireDocument } from './document-service';

export function archivedDocuments(context: Kernel, reviewId: string): DocumentSummary[] {
  return read(context, (db) => {
    requireReview(db, reviewId);
    return listArchivedDocuments(db, reviewId);
  });
}

export function archiveDocument(context: Kernel, id: string): DocumentSummary {
  return write(context, (db) => {
    const document = requireDocument(db, id);
    if (document.kind === 'interview-notes') throw new AppError('validation', 'These are a conversation’s notes: they are kept with the conversation, and its coded excerpts point into them.');
    if (document.archived) return document;
    setArchived(db, id, { at: timestamp(context), by: context.session.actor() });
    context.session.audit('document.archived', 'document', id);
    return requireDocument(db, id);
  });
}

/** Brings an archived document back into the review's list. */
export function unarchiveDocument(context: Kernel, id: string): DocumentSummary {
  return write(context, (db) => {
    const document = requireDocument(db, id);
    if (!document.archived) return document;
    setArchived(db, id, null);
    context.session.audit('document.unarchived', 'document', id);
    return requireDocument(db, id);
  });
}

/** Deletes an archived document and all its versions for good. */
export function deleteDocument(context: Kernel, id: string): { id: string } {
  return write(context, (db) => {
    const document = requireDocument(db, id);
    if (!document.archived) throw new AppError('validation', 'Only an archived document can be deleted. Archive it first; it can be deleted from the archived documents.');
    deleteDocumentRow(db, id);
    context.session.audit('document.deleted', 'document', id);
    return { id };
  });
}
