/**
 * The Quality and Impact Group's report on the action plan: the day it is counted to, how many
 * actions are at each status and with each agency, then the overdue actions (most overdue first)
 * and the actions at risk or off track — what the group needs to challenge.
 */
import { shortDay } from '../../../shared/chronology/date-words';
import { defaultMarking, type DocNode } from '../../../shared/documents/model';
import { actionStatuses, actionStatusWords, ragWords, type Register, type RegisterRow } from '../../../shared/findings/model';
import type { RenderTarget } from '../exports';
import { renderPdf, type PdfTable } from '../pdf';
import { fontsDir } from '../resources';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

const actionColumns = [
  { header: 'Review or activity', width: 2 },
  { header: 'Action', width: 3.2 },
  { header: 'Lead agency (role)', width: 2 },
  { header: 'Target date', width: 1.2 },
  { header: 'Status', width: 1.3 },
  { header: 'Last update', width: 1.2 },
];

function actionRow(row: RegisterRow, overdue: boolean): string[] {
  const status = `${actionStatusWords[row.status]}${row.rag ? ` (${ragWords[row.rag]})` : ''}${overdue ? `\n${plural(row.daysOverdue, 'day')} overdue` : ''}`;
  return [`${row.sourceLabel}\nRecommendation ${row.recommendationNumber}`, row.text, `${row.agency}\n${row.leadRole}`, shortDay(row.due), status, row.statusOn ? shortDay(row.statusOn) : 'None yet'];
}

export function registerPdfTables(register: Register): PdfTable[] {
  const { counts, rows } = register;
  const overdue = rows.filter((row) => row.daysOverdue > 0).sort((a, b) => b.daysOverdue - a.daysOverdue);
  const atRisk = rows.filter((row) => row.status === 'at-risk' || row.status === 'off-track');
  return [
    { title: 'Actions by status', columns: [{ header: 'Status', width: 3 }, { header: 'Actions', width: 1 }], rows: actionStatuses.map((status) => [actionStatusWords[status], String(counts.byStatus[status])]), newPage: false },
    {
      title: 'Actions by agency',
      columns: ['Agency', 'Actions', 'Overdue', 'At risk or off track', 'Complete'].map((header, index) => ({ header, width: index === 0 ? 3 : 1 })),
      rows: counts.byAgency.map((line) => [line.agency, String(line.total), String(line.overdue), String(line.atRisk), String(line.complete)]),
      newPage: false,
    },
    { title: `Overdue actions (${overdue.length})`, columns: actionColumns, rows: overdue.length > 0 ? overdue.map((row) => actionRow(row, true)) : [['No action is overdue.', '', '', '', '', '']] },
    { title: `Actions at risk or off track (${atRisk.length})`, columns: actionColumns, rows: atRisk.length > 0 ? atRisk.map((row) => actionRow(row, row.daysOverdue > 0)) : [['No action is at risk or off track.', '', '', '', '', '']] },
  ];
}

export async function registerPdf(register: Register, options: { anonymised: boolean; filtered: boolean }, target: RenderTarget): Promise<void> {
  const { counts } = register;
  const summary = `${plural(counts.total, 'action')} as at ${shortDay(register.asOf)}: ${counts.overdue.toLocaleString('en-GB')} overdue, ${(counts.byStatus['at-risk'] + counts.byStatus['off-track']).toLocaleString('en-GB')} at risk or off track, ${counts.byStatus.complete.toLocaleString('en-GB')} complete.`;
  await renderPdf({
    title: 'Action plan: report to the Quality and Impact Group',
    reviewTitle: 'The partnership’s action plan',
    coverLine: `Actions from every review and activity, as at ${shortDay(register.asOf)}`,
    marking: defaultMarking,
    versionLabel: options.anonymised ? 'Anonymised' : 'Contains real names',
    date: register.asOf,
    draft: false,
    orientation: 'landscape',
    content: {
      type: 'doc',
      content: [paragraph(summary), ...(options.filtered ? [paragraph('Only the actions that match the register’s filters are counted.')] : [])],
    },
    tables: registerPdfTables(register),
    language: 'en-GB',
    subject: options.anonymised ? 'Anonymised' : 'Contains real names',
    referenceText: (attrs) => attrs.label,
    fontsDir,
    ...target,
  });
}
