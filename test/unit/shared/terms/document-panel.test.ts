/** The panel in the terms' document (the PDF and "what changed"): a table of name, role and agency; an older version's one-line members keep their list. */
import { describe, expect, it } from 'vitest';
import { termsToDoc } from '../../../../shared/terms/document';
import { emptyTermsFields, panelMemberLine, type TermsFields } from '../../../../shared/terms/model';
import type { DocNode } from '../../../../shared/documents/model';

const empty = { type: 'doc' as const, content: [] };
const textOf = (node: DocNode): string => (node.text ?? '') + (node.content ?? []).map(textOf).join('|');

function panelBlocks(panel: TermsFields['panel']): DocNode[] {
  const content = termsToDoc({ ...emptyTermsFields(), panel }, empty).content ?? [];
  const at = content.findIndex((node) => node.type === 'heading' && textOf(node) === 'Reviewer and panel');
  return content.slice(at + 1);
}

describe('the panel in the terms document', () => {
  it('draws members with parts as a table with a header row', () => {
    const [table] = panelBlocks([{ name: 'Alex Example', role: 'Designated Nurse', agency: 'ICB' }, 'Pat Example, Chair, Police']);
    expect(table?.type).toBe('table');
    const rows = (table?.content ?? []).map((row) => (row.content ?? []).map((cell) => `${cell.type}:${textOf(cell).replace(/^\|+|\|+$/g, '')}`));
    expect(rows).toEqual([
      ['tableHeader:Name', 'tableHeader:Role', 'tableHeader:Agency'],
      ['tableCell:Alex Example', 'tableCell:Designated Nurse', 'tableCell:ICB'],
      ['tableCell:Pat Example, Chair, Police', 'tableCell:', 'tableCell:'],
    ]);
  });

  it('keeps the list a version written with one line per member always had', () => {
    const [list] = panelBlocks(['Pat Example, Chair, Police']);
    expect(list?.type).toBe('bulletList');
  });

  it('says a member in one line either way', () => {
    expect(panelMemberLine({ name: 'Alex Example', role: '', agency: 'ICB' })).toBe('Alex Example, ICB');
    expect(panelMemberLine('Pat Example, Chair')).toBe('Pat Example, Chair');
  });
});
