/** The rapid-review decision (one per review) and the log of copies sent to partnership members. */
import type { CopyDocument, DecisionOutcome } from '../../../shared/reviews/catalogue';
import type { CopySent, RapidReviewDecision } from '../../../shared/reviews/types';
import type { Db } from '../sqlite';

interface DecisionRow {
  review_id: string;
  outcome: string;
  rationale: string;
  agreed_by_name: string;
  agreed_by_role: string;
  agreed_on: string;
  methodology: string | null;
  indicative_tor: string | null;
  recorded_at: string;
}

interface CopyRow {
  id: string;
  review_id: string;
  document: string;
  sent_to: string;
  sent_on: string;
  note: string | null;
  logged_at: string;
}

/** Records the decision, replacing an earlier one for the same review. */
export function saveDecision(db: Db, decision: RapidReviewDecision): void {
  const row: DecisionRow = {
    review_id: decision.reviewId,
    outcome: decision.outcome,
    rationale: decision.rationale,
    agreed_by_name: decision.agreedBy.name,
    agreed_by_role: decision.agreedBy.role,
    agreed_on: decision.agreedOn,
    methodology: decision.methodology,
    indicative_tor: decision.indicativeTermsOfReference,
    recorded_at: decision.recordedAt,
  };
  db.prepare(
    `INSERT OR REPLACE INTO rapid_review_decisions
       (review_id, outcome, rationale, agreed_by_name, agreed_by_role, agreed_on, methodology, indicative_tor, recorded_at)
     VALUES (@review_id, @outcome, @rationale, @agreed_by_name, @agreed_by_role, @agreed_on, @methodology, @indicative_tor, @recorded_at)`,
  ).run(row);
}

export function getDecision(db: Db, reviewId: string): RapidReviewDecision | null {
  const row = db.prepare<[string], DecisionRow>('SELECT * FROM rapid_review_decisions WHERE review_id = ?').get(reviewId);
  if (!row) return null;
  return {
    reviewId: row.review_id,
    outcome: row.outcome as DecisionOutcome,
    rationale: row.rationale,
    agreedBy: { name: row.agreed_by_name, role: row.agreed_by_role },
    agreedOn: row.agreed_on,
    methodology: row.methodology,
    indicativeTermsOfReference: row.indicative_tor,
    recordedAt: row.recorded_at,
  };
}

export function insertCopy(db: Db, copy: CopySent): void {
  const row: CopyRow = {
    id: copy.id,
    review_id: copy.reviewId,
    document: copy.document,
    sent_to: copy.sentTo,
    sent_on: copy.sentOn,
    note: copy.note,
    logged_at: copy.loggedAt,
  };
  db.prepare('INSERT INTO review_copies (id, review_id, document, sent_to, sent_on, note, logged_at) VALUES (@id, @review_id, @document, @sent_to, @sent_on, @note, @logged_at)').run(row);
}

/** In the order they were sent (then logged). */
export function listCopies(db: Db, reviewId: string): CopySent[] {
  return db
    .prepare<[string], CopyRow>('SELECT * FROM review_copies WHERE review_id = ? ORDER BY sent_on, rowid')
    .all(reviewId)
    .map((row) => ({
      id: row.id,
      reviewId: row.review_id,
      document: row.document as CopyDocument,
      sentTo: row.sent_to,
      sentOn: row.sent_on,
      note: row.note,
      loggedAt: row.logged_at,
    }));
}
