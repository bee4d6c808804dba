/** Agency requests and returns: a review's requests, the Practice Review Group's view across reviews, the request pack. */
import { channel, noInput } from '../ipc/channel';
import type { AgencyRequest, ReturnsOverview } from './model';
import type { ExportResult } from '../exports/types';
import { requestAddInput, requestEditInput, requestIdInput, requestListInput, requestPackInput, requestRecordInput, returnsExportInput } from './schemas';

export interface RequestPackResult {
  folder: string;
  /** The template and the letter, each recorded in the register of exports. */
  files: ExportResult[];
}

export interface ReturnsExportResult {
  path: string;
  summary: string;
}

export const agencyReturnChannels = {
  /** A review's requests, or every review's; each with its shown status and working days late. */
  'agency:list': channel<typeof requestListInput, AgencyRequest[]>(requestListInput),
  /** Every request in the workspace with its review, and today as the core counts it. */
  'agency:overview': channel<typeof noInput, ReturnsOverview>(noInput),
  /** The due date comes from the review's rules or terms of reference unless one is typed. */
  'agency:add': channel<typeof requestAddInput, AgencyRequest>(requestAddInput),
  'agency:edit': channel<typeof requestEditInput, AgencyRequest>(requestEditInput),
  /** A chase, or what came back (received, nil return with who confirmed it, withdrawn). */
  'agency:record': channel<typeof requestRecordInput, AgencyRequest>(requestRecordInput),
  'agency:reopen': channel<typeof requestIdInput, AgencyRequest>(requestIdInput),
  /** Asks for a folder, then writes the chronology template and the covering letter into it; null if cancelled. */
  'agency:pack': channel<typeof requestPackInput, RequestPackResult | null>(requestPackInput),
  /** The overview as an Excel workbook; asks where to save it; null if cancelled. */
  'agency:export-overview': channel<typeof returnsExportInput, ReturnsExportResult | null>(returnsExportInput),
};
