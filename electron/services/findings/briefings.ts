/**
 * 7-minute briefings: a document made from a review's findings (kind 'general', so it is edited,
 * versioned and exported — anonymised, through the names and leak checks — as any document is),
 * and its dissemination log: one line per agency, saying when it was received and how it was used.
 */
import { AppError } from '../../../shared/errors';
import type { Briefing, BriefingDelivery } from '../../../shared/findings/model';
import type { DeliveryAdd } from '../../../shared/findings/schemas';
import { reviewName } from '../../../shared/reviews/text';
import { episodes } from '../chronology';
import { createDocument } from '../documents';
import { anonymiserFor, audit, read, requireReview, timestamp, updateColumns, write, type Db, type Kernel } from '../kernel';
import { briefingContent } from './briefing-content';
import { reviewFindings } from './plan-read';

interface BriefingRow {
  document_id: string;
  review_id: string;
  title: string;
  created_at: string;
}

interface DeliveryRow {
  id: string;
  document_id: string;
  agency: string;
  received_on: string;
  used: string | null;
  created_at: string;
}

const briefingSelect = 'SELECT b.document_id, b.review_id, d.title, b.created_at FROM briefings b JOIN documents d ON d.id = b.document_id';

export function listBriefings(kernel: Kernel, reviewId: string): Briefing[] {
  return read(kernel, (db) => {
    requireReview(db, reviewId);
    return db
      .prepare<[string], BriefingRow>(`${briefingSelect} WHERE b.review_id = ? ORDER BY b.created_at, d.title`)
      .all(reviewId)
      .map((row) => shown(db, row));
  });
}

export function createBriefing(kernel: Kernel, reviewId: string): Briefing {
  const review = read(kernel, (db) => requireReview(db, reviewId));
  const keyEpisodes = episodes(kernel, reviewId);
  return write(kernel, (db) => {
    const findings = reviewFindings(db, reviewId);
    if (findings.length === 0) throw new AppError('validation', 'This review has no findings yet. Record its findings first, then make the briefing from them.');
    const { anonymise } = anonymiserFor(db, reviewId);
    const name = anonymise(reviewName(review));
    const document = createDocument(kernel, {
      reviewId,
      title: `7-minute briefing: ${name}`,
      kind: 'general',
      content: briefingContent({ review, name, episodes: keyEpisodes, findings, anonymise }),
    });
    db.prepare('INSERT INTO briefings (document_id, review_id, created_at) VALUES (?, ?, ?)').run(document.id, reviewId, timestamp(kernel));
    audit(kernel, 'briefing.created', 'briefing', document.id);
    return shown(db, requireBriefing(db, document.id));
  });
}

/** Records that an agency received the briefing; the same agency again replaces its line. */
export function logDelivery(kernel: Kernel, input: DeliveryAdd): Briefing {
  if (input.receivedOn > kernel.deadlines.today()) throw new AppError('validation', 'The date it was received is in the future. Give the day the agency received the briefing.');
  return write(kernel, (db) => {
    const briefing = requireBriefing(db, input.documentId);
    const at = timestamp(kernel);
    const used = input.used ?? null;
    const existing = db.prepare<[string, string], { id: string }>('SELECT id FROM briefing_deliveries WHERE document_id = ? AND agency = ? COLLATE NOCASE').get(briefing.document_id, input.agency);
    if (existing) {
      updateColumns(db, 'briefing_deliveries', existing.id, { agency: input.agency, received_on: input.receivedOn, used }, at);
    } else {
      db.prepare('INSERT INTO briefing_deliveries (id, document_id, agency, received_on, used, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        kernel.newId(),
        briefing.document_id,
        input.agency,
        input.receivedOn,
        used,
        at,
        at,
      );
    }
    audit(kernel, 'briefing.delivery-logged', 'briefing', briefing.document_id);
    return shown(db, briefing);
  });
}

/** Takes a line (its id) off the dissemination log. */
export function unlogDelivery(kernel: Kernel, id: string): Briefing {
  return write(kernel, (db) => {
    const line = db.prepare<[string], { document_id: string }>('SELECT document_id FROM briefing_deliveries WHERE id = ?').get(id);
    if (!line) throw new AppError('not-found', 'That line is not on the dissemination log any more: it may have been removed already. Look at the log again.');
    db.prepare('DELETE FROM briefing_deliveries WHERE id = ?').run(id);
    audit(kernel, 'briefing.delivery-removed', 'briefing', line.document_id);
    return shown(db, requireBriefing(db, line.document_id));
  });
}

function requireBriefing(db: Db, documentId: string): BriefingRow {
  const row = db.prepare<[string], BriefingRow>(`${briefingSelect} WHERE b.document_id = ?`).get(documentId);
  if (!row) throw new AppError('not-found', 'No 7-minute briefing with that id is in this workspace: it may have been deleted. Look at the review’s briefings again.');
  return row;
}

function shown(db: Db, row: BriefingRow): Briefing {
  const deliveries: BriefingDelivery[] = db
    .prepare<[string], DeliveryRow>('SELECT * FROM briefing_deliveries WHERE document_id = ? ORDER BY agency COLLATE NOCASE')
    .all(row.document_id)
    .map((line) => ({ id: line.id, agency: line.agency, receivedOn: line.received_on, used: line.used, createdAt: line.created_at }));
  return {
    documentId: row.document_id,
    reviewId: row.review_id,
    title: row.title,
    createdAt: row.created_at,
    deliveries,
    notConfirmed: deliveries.filter((line) => line.used === null).map((line) => line.agency),
  };
}
