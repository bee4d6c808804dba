/**
 * The annual report tables as files: a PDF through the app's PDF engine (a table per review or
 * activity, marking and page numbers on every page, fonts embedded) and an XLSX workbook (one row
 * per action, the completion day a real date). Published, so anonymised unless asked otherwise:
 * each review's texts through its own anonymiser, an activity's through every review's register.
 */
import ExcelJS from 'exceljs';
import { dayForInput } from '../../../shared/dates/day-input';
import { defaultMarking } from '../../../shared/documents/model';
import { actionStatusWords } from '../../../shared/findings/model';
import { withBytes, writeBytes, type InMemoryProduct, type SourceText } from '../exports';
import { read, type Kernel } from '../kernel';
import { renderPdf, type PdfTable } from '../pdf';
import { fontsDir } from '../resources';
import { annualTables, yearWords, type AnnualSource, type AnnualTables } from './annual';
import { sourceAnonymisers } from './sources';

export function annualProduct(kernel: Kernel, options: { year: number; format: 'pdf' | 'xlsx'; anonymised: boolean }): InMemoryProduct {
  const { year, format, anonymised } = options;
  const { tables, shown } = read(kernel, (db) => {
    const tables = annualTables(db, year);
    const anonymiserOf = sourceAnonymisers(db);
    const shown: AnnualTables = !anonymised
      ? tables
      : {
          ...tables,
          sources: tables.sources.map((source) => anonymisedSource(source, anonymiserOf(source.source))),
        };
    return { tables, shown };
  });
  const findings = tables.sources.reduce((n, source) => n + source.findings.length, 0);
  const named = anonymised ? '-anonymised' : '';
  return withBytes({
    kind: 'annual-report',
    format,
    reviewId: null,
    subjectId: null,
    version: null,
    anonymised,
    filtered: false,
    fileName: `annual-report-${year}-${year + 1}${named}.${format}`,
    dialogTitle: anonymised ? `Save the anonymised annual report tables, ${yearWords(year)}` : `Save the annual report tables, ${yearWords(year)} (with real names)`,
    describes: `the annual report tables for ${yearWords(year)}: ${tables.sources.length} ${tables.sources.length === 1 ? 'review or activity' : 'reviews and activities'}, ${findings} ${findings === 1 ? 'finding' : 'findings'}`,
    sourceTexts: () => sourceTexts(tables),
    renderTo: async (target) => {
      if (format === 'xlsx') return writeBytes(target.output, await workbook(shown));
      await renderPdf({
        title: `Annual report tables, ${yearWords(year)}`,
        reviewTitle: 'Every review and activity in the workspace',
        coverLine: `Findings and what was done about each, 1 April ${year} to 31 March ${year + 1}`,
        marking: defaultMarking,
        versionLabel: anonymised ? 'Anonymised' : 'Contains real names',
        date: kernel.now().toISOString().slice(0, 10),
        draft: false,
        orientation: 'landscape',
        content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: introduction(shown) }] }] },
        tables: shown.sources.map(pdfTable),
        language: 'en-GB',
        subject: anonymised ? 'Anonymised' : 'Contains real names',
        referenceText: (attrs) => attrs.label,
        fontsDir,
        ...target,
      });
    },
  });
}

function anonymisedSource(source: AnnualSource, anonymise: (text: string) => string): AnnualSource {
  const maybe = (text: string | null) => (text === null ? null : anonymise(text));
  return {
    ...source,
    label: anonymise(source.label),
    findings: source.findings.map((finding) => ({
      ...finding,
      statement: anonymise(finding.statement),
      pattern: maybe(finding.pattern),
      outcome: anonymise(finding.outcome),
      actions: finding.actions.map((action) => ({ ...action, text: anonymise(action.text), recommendation: anonymise(action.recommendation), reason: maybe(action.reason) })),
    })),
  };
}

function sourceTexts(tables: AnnualTables): SourceText[] {
  return tables.sources.flatMap((source) =>
    source.findings.flatMap((finding) => {
      const where = `${source.label}, finding ${finding.number}`;
      return [
        { text: finding.statement, where },
        ...(finding.pattern ? [{ text: finding.pattern, where }] : []),
        ...finding.actions.flatMap((action) => [
          { text: action.recommendation, where: `${where}, recommendation` },
          { text: action.text, where: `${where}, action` },
          ...(action.reason ? [{ text: action.reason, where: `${where}, reason not implemented` }] : []),
        ]),
      ];
    }),
  );
}

function introduction(tables: AnnualTables): string {
  if (tables.sources.length === 0) return `No findings had recommendations open or updated between 1 April ${tables.year} and 31 March ${tables.year + 1}.`;
  return `Each review's and activity's findings with recommendations open or updated between 1 April ${tables.year} and 31 March ${tables.year + 1}, and what was done about each. Each action's status is as at 31 March ${tables.year + 1}.`;
}

function pdfTable(source: AnnualSource): PdfTable {
  return {
    title: source.label,
    newPage: false,
    columns: [
      { header: 'Finding', width: 4 },
      { header: 'Actions (lead agency: status at year end)', width: 5 },
      { header: 'What was done', width: 3 },
    ],
    rows: source.findings.map((finding) => [
      `${finding.number}. ${finding.statement}${finding.category ? `\n(${finding.category})` : ''}`,
      finding.actions
        .map((action) => `${action.text} — ${action.agency}: ${actionStatusWords[action.status]}${action.completedOn ? ` ${dayForInput(action.completedOn)}` : ''}`)
        .join('\n') || '—',
      finding.outcome,
    ]),
  };
}

const headers = ['Review or activity', 'Finding', 'Recommendation', 'Action', 'Lead agency', 'Status at year end', 'Completed', 'Reason not implemented', 'Outcome for the finding'];

async function workbook(tables: AnnualTables): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Practice Review Workspace';
  const sheet = book.addWorksheet(`Annual report ${tables.year}-${String(tables.year + 1).slice(2)}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [30, 50, 40, 40, 24, 18, 12, 30, 40].map((width, position) => ({ width, ...(position === 6 ? { style: { numFmt: 'dd/mm/yyyy' } } : {}) }));
  sheet.addRow(headers).font = { bold: true };
  for (const source of tables.sources) {
    for (const finding of source.findings) {
      const findingCell = `${finding.number}. ${finding.statement}`;
      if (finding.actions.length === 0) sheet.addRow([source.label, findingCell, null, null, null, null, null, null, finding.outcome]);
      for (const action of finding.actions) {
        // Plain strings and a Date: exceljs writes them as string and date cells, never formulas.
        sheet.addRow([
          source.label,
          findingCell,
          action.recommendation,
          action.text,
          action.agency,
          actionStatusWords[action.status],
          action.completedOn ? new Date(`${action.completedOn}T00:00:00Z`) : null,
          action.reason,
          finding.outcome,
        ]);
      }
    }
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
