/** Agency requests, their chases and linked submissions: plain functions from the database to typed rows. */
import type { AgencyRequest, RequestAsk, RequestChase, RequestStatus } from '../../../shared/agency-returns/model';
import { fromJson, toJson, updateColumns, type Db, type SqlValue } from '../kernel';

/** A request as stored: without what is worked out on reading (shown status, days late). */
export type StoredRequest = Omit<AgencyRequest, 'shownStatus' | 'daysLate'>;

interface RequestRow {
  id: string;
  review_id: string;
  agency: string;
  asks: string;
  sent_on: string | null;
  contact: string | null;
  due_on: string | null;
  due_rule: string | null;
  due_entered: number;
  status: string;
  closed_on: string | null;
  confirmed_by: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

const fields = {
  reviewId: 'review_id',
  agency: 'agency',
  asks: 'asks',
  sent: 'sent_on',
  contact: 'contact',
  due: 'due_on',
  dueRule: 'due_rule',
  dueEntered: 'due_entered',
  status: 'status',
  closedOn: 'closed_on',
  confirmedBy: 'confirmed_by',
  note: 'note',
} as const satisfies Partial<Record<keyof StoredRequest, keyof RequestRow>>;

export type RequestField = keyof typeof fields;

function columnValue(field: RequestField, value: StoredRequest[RequestField]): SqlValue {
  if (field === 'asks') return toJson(value as RequestAsk[]);
  if (field === 'dueEntered') return value ? 1 : 0;
  return value as SqlValue;
}

function toRequest(row: RequestRow, chases: RequestChase[], submissionIds: string[]): StoredRequest {
  return {
    id: row.id,
    reviewId: row.review_id,
    agency: row.agency,
    asks: fromJson<RequestAsk>(row.asks),
    sent: row.sent_on,
    contact: row.contact,
    due: row.due_on,
    dueRule: row.due_rule,
    dueEntered: row.due_entered === 1,
    status: row.status as RequestStatus,
    chases,
    closedOn: row.closed_on,
    confirmedBy: row.confirmed_by,
    note: row.note,
    submissionIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function insertRequest(db: Db, request: StoredRequest): void {
  const row: Record<string, SqlValue> = { id: request.id, created_at: request.createdAt, updated_at: request.updatedAt };
  for (const [field, column] of Object.entries(fields) as Array<[RequestField, string]>) row[column] = columnValue(field, request[field]);
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO agency_requests (${columns.join(', ')}) VALUES (${columns.map((column) => '@' + column).join(', ')})`).run(row);
}

export function updateRequestFields(db: Db, id: string, changes: Partial<Pick<StoredRequest, RequestField>>, updatedAt: string): void {
  const values: Record<string, SqlValue> = {};
  for (const [field, value] of Object.entries(changes) as Array<[RequestField, StoredRequest[RequestField]]>) {
    if (value !== undefined) values[fields[field]] = columnValue(field, value);
  }
  updateColumns(db, 'agency_requests', id, values, updatedAt);
}

export function insertChase(db: Db, requestId: string, chase: RequestChase): void {
  db.prepare('INSERT INTO agency_request_chases (request_id, chased_on, note) VALUES (?, ?, ?)').run(requestId, chase.on, chase.note);
}

export function linkSubmission(db: Db, requestId: string, submissionId: string): void {
  db.prepare('INSERT OR IGNORE INTO agency_request_submissions (request_id, submission_id) VALUES (?, ?)').run(requestId, submissionId);
}

export function getRequest(db: Db, id: string): StoredRequest | null {
  return selectRequests(db, 'WHERE id = ?', [id])[0] ?? null;
}

/** A review's requests (or every review's), by agency then when they were made. */
export function listRequests(db: Db, reviewId?: string): StoredRequest[] {
  return reviewId === undefined ? selectRequests(db, '', []) : selectRequests(db, 'WHERE review_id = ?', [reviewId]);
}

function selectRequests(db: Db, where: string, values: string[]): StoredRequest[] {
  const rows = db.prepare<string[], RequestRow>(`SELECT * FROM agency_requests ${where} ORDER BY agency COLLATE NOCASE, created_at, rowid`).all(...values);
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const marks = ids.map(() => '?').join(', ');
  const chases = new Map<string, RequestChase[]>();
  for (const chase of db
    .prepare<string[], { request_id: string; chased_on: string; note: string | null }>(`SELECT request_id, chased_on, note FROM agency_request_chases WHERE request_id IN (${marks}) ORDER BY seq`)
    .all(...ids)) {
    chases.set(chase.request_id, [...(chases.get(chase.request_id) ?? []), { on: chase.chased_on, note: chase.note }]);
  }
  const links = new Map<string, string[]>();
  for (const link of db
    .prepare<string[], { request_id: string; submission_id: string }>(`SELECT request_id, submission_id FROM agency_request_submissions WHERE request_id IN (${marks}) ORDER BY rowid`)
    .all(...ids)) {
    links.set(link.request_id, [...(links.get(link.request_id) ?? []), link.submission_id]);
  }
  return rows.map((row) => toRequest(row, chases.get(row.id) ?? [], links.get(row.id) ?? []));
}
