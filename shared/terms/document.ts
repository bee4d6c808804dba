/**
 * A terms-of-reference version as one document: the structured fields as headed sections, then
 * the rich-text sections. The PDF is drawn from it, and "what changed since the signed version"
 * compares two of them block by block, so both show the same words in the same order.
 */
import type { DocJson, DocNode } from '../documents/model';
import { methodologyLabels, termsFieldLabels, type PanelEntry, type TermsFields } from './model';

const text = (value: string): DocNode => ({ type: 'text', text: value });
const heading = (value: string, level = 2): DocNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });

/** One paragraph per line of the text (blank lines dropped): a field is plain text with line ends. */
function paragraphs(value: string): DocNode[] {
  return value
    .split(/\n+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ type: 'paragraph', content: [text(part)] }));
}

function list(items: readonly string[], ordered = false): DocNode {
  return { type: ordered ? 'orderedList' : 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [text(item)] }] })) };
}

const cell = (type: 'tableHeader' | 'tableCell', value: string): DocNode => ({ type, content: [{ type: 'paragraph', content: value ? [text(value)] : [] }] });

/**
 * The panel as a table of name, role and agency. A version whose members are all single lines
 * (written before members had parts) keeps its list, so its PDF and "what changed" read as before.
 */
function panelNodes(panel: readonly PanelEntry[]): DocNode[] {
  if (panel.length === 0) return [];
  if (panel.every((entry) => typeof entry === 'string')) return [list(panel)];
  const rows = panel.map((entry) => (typeof entry === 'string' ? [entry, '', ''] : [entry.name, entry.role, entry.agency]));
  const header: DocNode = { type: 'tableRow', content: ['Name', 'Role', 'Agency'].map((label) => cell('tableHeader', label)) };
  return [{ type: 'table', content: [header, ...rows.map((row): DocNode => ({ type: 'tableRow', content: row.map((value) => cell('tableCell', value)) }))] }];
}

const longDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
};

function period(fields: TermsFields): string {
  if (fields.periodFrom && fields.periodTo) return `${longDate(fields.periodFrom)} to ${longDate(fields.periodTo)}`;
  if (fields.periodFrom) return `From ${longDate(fields.periodFrom)}`;
  if (fields.periodTo) return `Until ${longDate(fields.periodTo)}`;
  return '';
}

export function termsToDoc(fields: TermsFields, sections: DocJson): DocJson {
  const content: DocNode[] = [];
  const section = (label: string, nodes: DocNode[]) => {
    if (nodes.length > 0) content.push(heading(label), ...nodes);
  };
  section('Subject', paragraphs(fields.subject));
  section(termsFieldLabels.scope, [...paragraphs(period(fields) ? `Period under review: ${period(fields)}` : ''), ...paragraphs(fields.scope)]);
  section(termsFieldLabels.agencies, fields.agencies.length ? [list(fields.agencies)] : []);
  section(termsFieldLabels.linesOfEnquiry, fields.linesOfEnquiry.length ? [list(fields.linesOfEnquiry, true)] : []);
  const methodology = fields.methodology === 'other' ? fields.methodologyOther || methodologyLabels.other : methodologyLabels[fields.methodology];
  section(termsFieldLabels.methodology, paragraphs(methodology));
  section(termsFieldLabels.familyInvolvement, paragraphs(fields.familyInvolvement));
  section('Reviewer and panel', [...paragraphs(fields.reviewer ? `Reviewer: ${fields.reviewer}` : ''), ...panelNodes(fields.panel)]);
  section(termsFieldLabels.milestones, fields.milestones.length ? [list(fields.milestones.map((milestone) => (milestone.due ? `${milestone.label}: ${longDate(milestone.due)}` : milestone.label)))] : []);
  section(termsFieldLabels.publication, paragraphs(fields.publication));
  section(termsFieldLabels.parallelProcesses, paragraphs(fields.parallelProcesses));
  const extra = (sections.content ?? []).filter((node) => !(node.type === 'paragraph' && !node.content?.length));
  return { type: 'doc', content: [...content, ...extra] };
}
