/** Settings → Audit log: the entries, newest first, with their filters and pages. */
import type { Locator, Page } from '@playwright/test';

export class AuditLogPage {
  readonly section: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly person: Locator;
  readonly kind: Locator;
  readonly showEntries: Locator;
  readonly clearFilters: Locator;
  readonly summary: Locator;
  readonly newer: Locator;
  readonly older: Locator;
  /** Saving the entries the filters show. */
  readonly saveCsv: Locator;
  readonly savePdf: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('main').getByRole('region', { name: 'Audit log' });
    this.table = this.section.getByRole('table', { name: 'Audit log entries, newest first' });
    this.rows = this.table.locator('tbody').getByRole('row');
    this.from = this.section.getByLabel('From', { exact: true });
    this.to = this.section.getByLabel('To', { exact: true });
    this.person = this.section.getByLabel('Person', { exact: true });
    this.kind = this.section.getByLabel('Kind of action', { exact: true });
    this.showEntries = this.section.getByRole('button', { name: 'Show entries' });
    this.clearFilters = this.section.getByRole('button', { name: 'Clear filters' });
    this.summary = this.section.getByRole('status').filter({ hasText: /^(Showing|No entries|The audit log has no entries)/ });
    this.newer = this.section.getByRole('button', { name: 'Newer entries' });
    this.older = this.section.getByRole('button', { name: 'Older entries' });
    const saving = this.section.getByRole('group', { name: 'Save these entries' });
    this.saveCsv = saving.getByRole('button', { name: 'Save as a spreadsheet (CSV)' });
    this.savePdf = saving.getByRole('button', { name: 'Save as a PDF' });
    this.saved = saving.getByRole('status');
  }

  /** The rows whose "What" reads `what`. */
  rowsWhere(what: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: what, exact: true }) });
  }

  /** Each row's cells as text: [when, who, what, about]. */
  async cells(): Promise<string[][]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => (cell.textContent ?? '').trim())));
  }
}
