/**
 * Excerpts and memos as CSV, for a spreadsheet: one row per excerpt (its themes, who said it by
 * role and agency, its memo and flags), then one row per theme memo. Anonymised by default.
 */
import { stringify } from 'csv-stringify/sync';
import { withBytes, writeBytes, type InMemoryProduct } from '../exports';
import type { Kernel } from '../kernel';
import { assertQuotesConsented, codedProject, projectSourceTexts, themePath } from './project';

const header = ['Type', 'Themes', 'Text', 'Memo', 'Conversation', 'Roles', 'Agencies', 'Possible quote', 'Flags'];

export function excerptsCsv(kernel: Kernel, reviewId: string, options: { anonymised: boolean }): InMemoryProduct {
  const project = codedProject(kernel, reviewId, options.anonymised);
  assertQuotesConsented(project);
  const { shown } = project;
  const label = new Map(project.conversations.map((c) => [c.id, c.label]));
  // Themes in the tree's order, so a sub-theme reads after its parent.
  const rank = new Map(project.themes.map((theme, index) => [theme.id, index]));
  const order = (ids: string[]) => [...ids].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  const rows = [
    header,
    ...project.excerpts.map((excerpt) => [
      'Excerpt',
      shown(order(excerpt.themeIds).map((id) => themePath(project.themes, id)).join('; ')) || 'Uncoded',
      shown(excerpt.anchor.exact),
      excerpt.memo ? shown(excerpt.memo) : '',
      label.get(excerpt.conversationId) ?? '',
      shown(excerpt.roles.join('; ')),
      shown(excerpt.agencies.join('; ')),
      excerpt.possibleQuote ? 'Yes' : 'No',
      [excerpt.orphaned ? 'Orphaned: its text is no longer in the notes' : '', excerpt.consentWithdrawn ? 'Consent withdrawn' : ''].filter(Boolean).join('; '),
    ]),
    ...project.themes.filter((theme) => theme.memo).map((theme) => ['Theme memo', shown(themePath(project.themes, theme.id)), '', shown(theme.memo ?? ''), '', '', '', '', '']),
  ];
  const bytes = new TextEncoder().encode(stringify(rows, { bom: true, record_delimiter: 'windows' }));
  return withBytes({
    kind: 'interviews',
    format: 'csv',
    reviewId,
    subjectId: null,
    version: null,
    anonymised: options.anonymised,
    filtered: false,
    fileName: options.anonymised ? 'excerpts-and-memos-anonymised.csv' : 'excerpts-and-memos.csv',
    dialogTitle: options.anonymised ? 'Save the anonymised excerpts and memos' : 'Save the excerpts and memos (with real names)',
    describes: `${project.excerpts.length.toLocaleString('en-GB')} excerpts and their memos`,
    sourceTexts: () => projectSourceTexts(project),
    renderTo: ({ output }) => writeBytes(output, bytes),
  });
}
