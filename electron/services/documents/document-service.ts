/**
 * Documents: create, load, autosave, versions and their comparison. A save names the revision the
 * editor started from, so two windows cannot silently overwrite each other; a version is an
 * immutable snapshot whose SHA-256 is taken of the canonical serialisation (the same content
 * always hashes the same, whatever order the editor wrote its keys in).
 */
import { createHash } from 'node:crypto';
import { canonicalJson, defaultMarking, documentSchemaVersion, emptyDoc, type DocJson } from '../../../shared/documents/model';
import { compareBlocks } from '../../../shared/documents/diff';
import { blocksOf, wordCount } from '../../../shared/documents/text';
import type { DocumentComparison, DocumentDetail, DocumentKind, DocumentSummary, DocumentVersion, SavedDocument } from '../../../shared/documents/types';
import { AppError } from '../../../shared/errors';
import { type Kernel, read, requireReview, timestamp, write } from '../kernel';
import type { Db } from '../sqlite';
import {
  getDocument,
  getVersion,
  insertDocument,
  insertVersion,
  listDocuments,
  listVersions,
  nextVersionNumber,
  saveContent,
  updateDocumentColumns,
  type StoredVersion,
} from './document-repository';

export function contentHash(content: DocJson): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

export function requireDocument(db: Db, id: string): DocumentDetail {
  const document = getDocument(db, id);
  if (!document) throw new AppError('not-found', 'That document is not in this workspace any more: it may have been removed. Look at the list of documents again.');
  return document;
}

/** A document that can be changed: not archived (bring it back first). */
export function requireEditable(db: Db, id: string): DocumentDetail {
  const document = requireDocument(db, id);
  if (document.archived) throw new AppError('validation', 'This document is archived. Restore it from the archived documents to change it.');
  return document;
}

export function requireVersion(db: Db, documentId: string, number: number): StoredVersion {
  const version = getVersion(db, documentId, number);
  if (!version) throw new AppError('not-found', `This document has no version ${number}. Look at its list of versions again.`);
  return version;
}

export function documents(context: Kernel, reviewId: string): DocumentSummary[] {
  return read(context, (db) => {
    requireReview(db, reviewId);
    // A conversation's notes are opened from its conversation, in the Interviews area.
    return listDocuments(db, reviewId).filter((document) => document.kind !== 'interview-notes');
  });
}

export function createDocument(context: Kernel, input: { reviewId: string; title: string; kind: DocumentKind; content?: DocJson; marking?: string }): DocumentDetail {
  return write(context, (db) => {
    requireReview(db, input.reviewId);
    const content = input.content ?? emptyDoc();
    const at = timestamp(context);
    const id = context.newId();
    insertDocument(db, {
      id,
      reviewId: input.reviewId,
      title: input.title,
      kind: input.kind,
      marking: input.marking ?? defaultMarking,
      schemaVersion: documentSchemaVersion,
      content,
      wordCount: wordCount(content),
      revision: 0,
      createdAt: at,
      updatedAt: at,
    });
    context.session.audit('document.created', 'document', id);
    return requireDocument(db, id);
  });
}

export function loadDocument(context: Kernel, id: string): DocumentDetail {
  return read(context, (db) => requireDocument(db, id));
}

/**
 * Autosave. Not audited: it runs every couple of seconds while someone types, and the audit log
 * records events people act on (creation, versions, exports), not keystrokes.
 */
export function saveDocument(context: Kernel, input: { id: string; content: DocJson; revision: number }): SavedDocument {
  return write(context, (db) => {
    const current = requireEditable(db, input.id);
    const updatedAt = timestamp(context);
    const words = wordCount(input.content);
    if (!saveContent(db, input.id, input.revision, { content: input.content, wordCount: words, schemaVersion: documentSchemaVersion, updatedAt })) {
      throw new AppError(
        'locked',
        `This document was saved from another window since you opened it (it is at revision ${current.revision}, yours started at ${input.revision}). Copy anything you need, then reload the document.`,
      );
    }
    for (const saved of context.hooks.documentSaved) saved(db, { documentId: input.id, content: input.content });
    return { id: input.id, revision: input.revision + 1, wordCount: words, updatedAt };
  });
}

export function updateDocument(context: Kernel, patch: { id: string; title?: string; marking?: string }): DocumentSummary {
  return write(context, (db) => {
    requireEditable(db, patch.id);
    updateDocumentColumns(db, patch.id, patch, timestamp(context));
    context.session.audit('document.edited', 'document', patch.id);
    return requireDocument(db, patch.id);
  });
}

function publicVersion({ content: _content, schemaVersion: _schemaVersion, ...version }: StoredVersion): DocumentVersion {
  return version;
}

export function snapshot(context: Kernel, input: { id: string; label: string }): DocumentVersion {
  return write(context, (db) => {
    const document = requireEditable(db, input.id);
    const version: StoredVersion = {
      id: context.newId(),
      documentId: document.id,
      number: nextVersionNumber(db, document.id),
      label: input.label,
      sha256: contentHash(document.content),
      wordCount: document.wordCount,
      createdAt: timestamp(context),
      schemaVersion: document.schemaVersion,
      content: document.content,
    };
    insertVersion(db, version);
    context.session.audit('document.version-taken', 'document-version', version.id);
    return publicVersion(version);
  });
}

/**
 * Puts a version's text back as the current text. Nothing is lost: the text it replaces is kept
 * as a version first, unless the newest version already holds exactly that text.
 */
export function restoreVersion(context: Kernel, input: { id: string; number: number; revision: number }): DocumentDetail {
  return write(context, (db) => {
    const document = requireEditable(db, input.id);
    const version = requireVersion(db, document.id, input.number);
    const at = timestamp(context);
    const currentHash = contentHash(document.content);
    const newest = listVersions(db, document.id).at(-1);
    if (currentHash !== version.sha256 && newest?.sha256 !== currentHash) {
      insertVersion(db, {
        id: context.newId(),
        documentId: document.id,
        number: nextVersionNumber(db, document.id),
        label: `Before restoring version ${version.number}`,
        sha256: currentHash,
        wordCount: document.wordCount,
        createdAt: at,
        schemaVersion: document.schemaVersion,
        content: document.content,
      });
    }
    if (!saveContent(db, document.id, input.revision, { content: version.content, wordCount: version.wordCount, schemaVersion: version.schemaVersion, updatedAt: at })) {
      throw new AppError(
        'locked',
        `This document was saved from another window since you opened it (it is at revision ${document.revision}, yours started at ${input.revision}). Reload the document, then restore the version again.`,
      );
    }
    for (const saved of context.hooks.documentSaved) saved(db, { documentId: document.id, content: version.content });
    context.session.audit('document.version-restored', 'document-version', version.id);
    return requireDocument(db, document.id);
  });
}

export function versions(context: Kernel, id: string): DocumentVersion[] {
  return read(context, (db) => {
    requireDocument(db, id);
    return listVersions(db, id).map(publicVersion);
  });
}

type Side = number | 'current';

function sideOf(db: Db, document: DocumentDetail, side: Side): { label: string; number: number | null; content: DocJson } {
  if (side === 'current') return { label: 'Current text', number: null, content: document.content };
  const version = requireVersion(db, document.id, side);
  return { label: `Version ${version.number}: ${version.label}`, number: version.number, content: version.content };
}

export function compare(context: Kernel, input: { id: string; from: Side; to: Side }): DocumentComparison {
  return read(context, (db) => {
    const document = requireDocument(db, input.id);
    const from = sideOf(db, document, input.from);
    const to = sideOf(db, document, input.to);
    const lines = compareBlocks(blocksOf(from.content), blocksOf(to.content));
    const count = (kind: string) => lines.filter((line) => line.kind === kind).length;
    return {
      from: { label: from.label, number: from.number },
      to: { label: to.label, number: to.number },
      lines,
      added: count('added'),
      removed: count('removed'),
      changed: count('changed'),
    };
  });
}
