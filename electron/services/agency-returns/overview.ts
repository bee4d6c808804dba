/**
 * The Practice Review Group's view across every review: each request with its review, and today
 * as the core counts it, so "due this week", "received today" and "late" all agree. Also the same
 * list as an Excel workbook for the group's papers, through the workspace export path (checked
 * against every review's people register before it is put in place).
 */
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { addDays, dayOfWeek, formatLocalDate, parseLocalDate } from '../../../shared/deadlines';
import { requestAskLabels, reviewName, statusLabels, type RequestInReview, type ReturnsOverview } from '../../../shared/agency-returns/model';
import { reviewTypeLabels, type ReviewType } from '../../../shared/reviews/catalogue';
import { anonymiserFor, listReviews, read, type Kernel } from '../kernel';
import type { WorkspaceExportProduct } from '../exports';
import { listRequests } from './request-repository';
import { shown } from './request-service';

export function returnsOverview(kernel: Kernel): ReturnsOverview {
  return read(kernel, (db) => {
    const reviews = new Map(listReviews(db).map(({ id, title, subject, type }) => [id, { id, title, subject, type }]));
    const requests: RequestInReview[] = listRequests(db).flatMap((request) => {
      const review = reviews.get(request.reviewId);
      return review ? [{ ...shown(kernel, request), review }] : [];
    });
    const today = kernel.deadlines.today();
    return { today, weekEnd: fridayOf(today), requests };
  });
}

function anonymisedReviews(kernel: Kernel, overview: ReturnsOverview): ReturnsOverview {
  return read(kernel, (db) => {
    const anonymisers = new Map<string, (text: string) => string>();
    const anonymise = (reviewId: string, text: string) => {
      if (!anonymisers.has(reviewId)) anonymisers.set(reviewId, anonymiserFor(db, reviewId).anonymise);
      return anonymisers.get(reviewId)!(text);
    };
    return {
      ...overview,
      requests: overview.requests.map((request) => ({
        ...request,
        review: { ...request.review, title: anonymise(request.review.id, request.review.title), subject: request.review.subject && anonymise(request.review.id, request.review.subject) },
      })),
    };
  });
}

/** The Friday of this working week (next week's from a Saturday or Sunday). */
function fridayOf(today: string): string {
  const date = parseLocalDate(today);
  return addDays(date, (5 - dayOfWeek(date) + 7) % 7);
}

const day = (value: string | null) => (value ? formatLocalDate(parseLocalDate(value), 'short') : '');

const columns: Array<[string, number, (request: RequestInReview) => string | number]> = [
  ['Review', 34, (request) => reviewName(request.review)],
  ['Type of review', 26, (request) => reviewTypeLabels[request.review.type as ReviewType] ?? request.review.type],
  ['Agency', 26, (request) => request.agency],
  ['Asked for', 30, (request) => request.asks.map((ask) => requestAskLabels[ask]).join('; ')],
  ['Sent', 16, (request) => day(request.sent)],
  ['Due', 16, (request) => day(request.due)],
  ['Status', 14, (request) => statusLabels[request.shownStatus]],
  ['Working days late', 12, (request) => request.daysLate],
  ['Chased', 24, (request) => request.chases.map((chase) => day(chase.on)).join('; ')],
  ['Received or closed', 16, (request) => day(request.closedOn)],
  ['Nil return confirmed by', 26, (request) => request.confirmedBy ?? ''],
  ['Contact', 30, (request) => request.contact ?? ''],
];

/**
 * The file leaves the workspace, so each review is named as it would be published: its title and
 * pseudonym with every registered name replaced (the read-back check would refuse it otherwise).
 */
export function overviewExport(kernel: Kernel): WorkspaceExportProduct {
  const overview = anonymisedReviews(kernel, returnsOverview(kernel));
  const late = overview.requests.filter((request) => request.daysLate > 0).length;
  const count = overview.requests.length;
  return {
    format: 'xlsx',
    fileName: `agency-returns-${overview.today}.xlsx`,
    dialogTitle: 'Save the agency returns as an Excel workbook',
    describes: `${count} ${count === 1 ? 'request' : 'requests'}, ${late} late, as at ${formatLocalDate(parseLocalDate(overview.today))}`,
    auditAction: 'export.agency-returns',
    renderTo: ({ output }) => writeOverview(overview, output),
  };
}

async function writeOverview(overview: ReturnsOverview, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: true, useStyles: true });
  workbook.creator = 'Practice Review Workspace';
  const sheet = workbook.addWorksheet('Agency returns', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map(([, width]) => ({ width, style: { alignment: { wrapText: true, vertical: 'top' } } }));
  sheet.addRow([`Agency returns as at ${formatLocalDate(parseLocalDate(overview.today))}`]).commit();
  const header = sheet.addRow(columns.map(([name]) => name));
  header.font = { bold: true };
  header.commit();
  // Most late first, then by due date: what the group chases first is at the top.
  const ordered = [...overview.requests].sort((a, b) => b.daysLate - a.daysLate || (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  for (const request of ordered) sheet.addRow(columns.map(([, , value]) => value(request))).commit();
  sheet.commit();
  await workbook.commit();
}
