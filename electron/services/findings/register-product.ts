/**
 * The register as a file, through the one export path: a spreadsheet of every action (one row
 * each) or the Quality and Impact Group's PDF. Anonymised by default: each row's words go through
 * its own review's anonymiser (an activity's rows through every review's: sourceAnonymisers),
 * and the names check reads the rows as written.
 */
import type { RegisterRow } from '../../../shared/findings/model';
import type { RegisterFilter } from '../../../shared/findings/schemas';
import { type ExportProduct, type SourceText } from '../exports';
import { read, type Kernel } from '../kernel';
import { localToday } from '../terms';
import { registerOf } from './register';
import { registerPdf } from './register-pdf';
import { registerXlsx } from './register-xlsx';
import { sourceAnonymisers } from './sources';

export interface RegisterExportRequest {
  format: 'xlsx' | 'pdf';
  filter: RegisterFilter;
  anonymised: boolean;
}

/** The texts of a row a reader sees, all of which the anonymiser passes over. */
const wordsOf = (row: RegisterRow) => [row.sourceLabel, row.recommendation, row.finding, row.text, row.agency, row.leadRole, row.measure ?? ''];

/** Each row through its source's anonymiser (sourceAnonymisers). */
function anonymisedRows(kernel: Kernel, rows: RegisterRow[]): RegisterRow[] {
  return read(kernel, (db) => {
    const anonymiserOf = sourceAnonymisers(db);
    return rows.map((row) => {
      const shown = anonymiserOf(row.source);
      return {
        ...row,
        sourceLabel: shown(row.sourceLabel),
        recommendation: shown(row.recommendation),
        finding: shown(row.finding),
        text: shown(row.text),
        agency: shown(row.agency),
        leadRole: shown(row.leadRole),
        measure: row.measure === null ? null : shown(row.measure),
      };
    });
  });
}

/** Each text once, where it first appears: the names check reports a name once however often it repeats. */
function textsOnce(rows: RegisterRow[]): SourceText[] {
  const seen = new Set<string>();
  return rows.flatMap((row) =>
    wordsOf(row)
      .filter((text) => text && !seen.has(text) && seen.add(text))
      .map((text) => ({ text, where: `${row.sourceLabel}, recommendation ${row.recommendationNumber}` })),
  );
}

export function registerProduct(kernel: Kernel, request: RegisterExportRequest): ExportProduct {
  const asOf = request.filter.asOf ?? localToday(kernel.now());
  const register = read(kernel, (db) => registerOf(db, request.filter, asOf));
  const shown = request.anonymised ? { ...register, rows: anonymisedRows(kernel, register.rows) } : register;
  const filtered = Object.entries(request.filter).some(([key, value]) => key !== 'asOf' && value !== undefined);
  const count = register.rows.length;
  const what = request.format === 'xlsx' ? 'action plan' : 'action plan report';
  return {
    kind: 'action-register',
    format: request.format,
    reviewId: null,
    subjectId: null,
    version: null,
    anonymised: request.anonymised,
    filtered,
    fileName: `action-plan-${asOf}${request.anonymised ? '' : '-named'}.${request.format}`,
    dialogTitle: request.anonymised ? `Save the anonymised ${what}` : `Save the ${what} (with real names)`,
    describes: `${count.toLocaleString('en-GB')} ${count === 1 ? 'action' : 'actions'}${filtered ? ' (the filtered register)' : ''}`,
    sourceTexts: () => textsOnce(register.rows),
    renderTo: (target) => (request.format === 'xlsx' ? registerXlsx(shown, target) : registerPdf(shown, { anonymised: request.anonymised, filtered }, target)),
  };
}
