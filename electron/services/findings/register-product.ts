/**
 * The register as a file, through the one export path: a spreadsheet of every action (one row
 * each) or the Quality and Impact Group's PDF. Anonymised by default: each row's words go through
 * its own review's anonymiser (an activity's rows through every review's: see anonymisedRows),
 * and the names check reads the rows as written.
 */
import type { RegisterRow } from '../../../shared/findings/model';
import type { RegisterFilter } from '../../../shared/findings/schemas';
import { type ExportProduct, type SourceText } from '../exports';
import { createAnonymiser } from '../../../shared/people';
import { anonymiserFor, peopleToCheck, read, type Kernel } from '../kernel';
import { localToday } from '../terms';
import { registerOf } from './register';
import { registerPdf } from './register-pdf';
import { registerXlsx } from './register-xlsx';

export interface RegisterExportRequest {
  format: 'xlsx' | 'pdf';
  filter: RegisterFilter;
  anonymised: boolean;
}

/** The texts of a row a reader sees, all of which the anonymiser passes over. */
const wordsOf = (row: RegisterRow) => [row.sourceLabel, row.recommendation, row.finding, row.text, row.agency, row.leadRole, row.measure ?? ''];

/**
 * A review's rows through that review's anonymiser. An activity has no people register of its
 * own, but its words may still name a child from a review; the leak check looks for every
 * review's people in this file, so an activity's rows go through all of them.
 */
function anonymisedRows(kernel: Kernel, rows: RegisterRow[]): RegisterRow[] {
  return read(kernel, (db) => {
    const anonymisers = new Map<string, (text: string) => string>();
    // A recommendation's and a finding's words repeat on each of their actions' rows: each text is
    // anonymised once per anonymiser.
    const anonymiserOf = (key: string, make: () => (text: string) => string) => {
      const found = anonymisers.get(key) ?? remembering(make());
      anonymisers.set(key, found);
      return found;
    };
    return rows.map((row) => {
      const { source } = row;
      const shown =
        source.kind === 'review' ? anonymiserOf(source.reviewId, () => anonymiserFor(db, source.reviewId).anonymise) : anonymiserOf('', () => createAnonymiser(peopleToCheck(db, null)));
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

function remembering(anonymise: (text: string) => string): (text: string) => string {
  const done = new Map<string, string>();
  return (text) => {
    let shown = done.get(text);
    if (shown === undefined) done.set(text, (shown = anonymise(text)));
    return shown;
  };
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
