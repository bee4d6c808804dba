/**
 * The panel as rows of inputs. A member has a name, role and agency; a member written before
 * members had parts is one line of text and stays one, so an unchanged version saves nothing.
 */
import type { PanelEntry, TermsFields } from '../../../shared/terms/model';
import type { KnownPerson } from './known';

export type PanelRow = { kind: 'line'; text: string } | { kind: 'member'; name: string; role: string; agency: string };

export function panelRows(panel: TermsFields['panel']): PanelRow[] {
  return panel.map((entry) => (typeof entry === 'string' ? { kind: 'line', text: entry } : { kind: 'member', ...entry }));
}

/** As saved: each part trimmed, rows left empty dropped (a member with no name is sent, for the form to refuse). */
export function cleanPanel(rows: readonly PanelRow[]): PanelEntry[] {
  const entries: PanelEntry[] = [];
  for (const row of rows) {
    if (row.kind === 'line') {
      if (row.text.trim()) entries.push(row.text.trim());
    } else {
      const member = { name: row.name.trim(), role: row.role.trim(), agency: row.agency.trim() };
      if (member.name || member.role || member.agency) entries.push(member);
    }
  }
  return entries;
}

/** The first member with a role or agency but no name, as "panel member 2", or null. */
export function unnamedMember(rows: readonly PanelRow[]): number | null {
  const index = rows.findIndex((row) => row.kind === 'member' && !row.name.trim() && (row.role.trim() || row.agency.trim()));
  return index === -1 ? null : index;
}

/** The register's professionals not yet on the panel (by name), to pick from. */
export function notOnPanel(people: readonly KnownPerson[], rows: readonly PanelRow[]): KnownPerson[] {
  const names = new Set(rows.map((row) => (row.kind === 'line' ? row.text : row.name).trim().toLowerCase()));
  return people.filter((person) => !names.has(person.name.trim().toLowerCase()) && ![...names].some((line) => line.startsWith(`${person.name.trim().toLowerCase()},`)));
}

/** "Pat Example — Safeguarding lead, Police": a person as the picker lists them. */
export function personChoice(person: KnownPerson): string {
  const what = [person.role, person.agency].filter(Boolean).join(', ');
  return what ? `${person.name} — ${what}` : person.name;
}
